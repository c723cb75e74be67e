/**
 * closing (round 17): 耽误您时间了 owns the customer's time as taken (an apology for the wait), no leave-taking, even though
 * 不耽误您时间了 — one character more — takes leave. Our own wordings (a pet clinic).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const endsWith = (last: string) =>
  only(closing(chat([['agent', '您好，宠物医院', 500], ['customer', '猫粮能退吗', 1500], ['agent', '未开封七天内可以退', 2500], ['customer', '没了，谢谢', 3500], ['agent', last, 4500]]), scenario(), rubric)).pass;

describe('closing: 耽误您时间了 is no leave-taking', () => {
  it('does not close', () => expect(endsWith('耽误您时间了，退货单我这边记上了')).toBe(false));
  it('closes', () => {
    expect(endsWith('那就不耽误您时间了')).toBe(true);
    expect(endsWith('好的，不再耽误您的时间了')).toBe(true);
  });
});
