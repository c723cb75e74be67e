/**
 * resolution: a non-answer is remedied by a look-up announced after it, but 稍后 ("later") heard as 稍候 ("please
 * wait") is no look-up when its clause goes on — 稍后请给本次服务打分 names the survey after the contact. A 请稍后
 * that ends its clause is still the wait. Wordings are our own, in trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '洗车费', expected: '35元', cues: ['洗车'] }] });
const contact = (next: string) =>
  chat([
    ['customer', '洗车多少钱？', 1000],
    ['agent', '普通洗车35元', 2000],
    ['customer', '打蜡要多久？', 3000],
    ['agent', '打蜡的时间我这边回答不了。', 4000],
    ['agent', next, 5000],
  ]);

describe('resolution: 稍后 that goes on is no look-up', () => {
  it('fails when the next turn only says what comes later (the survey)', () => {
    for (const next of ['稍后请您给本次服务打个分', '您先别走，稍后为我的服务做个评价']) {
      expect(only(resolution(contact(next), S, rubric)).pass, next).toBe(false);
    }
  });

  it('passes when the next turn asks the customer to wait', () => {
    for (const next of ['请稍后，我问一下店长', '请您稍候']) {
      expect(only(resolution(contact(next), S, rubric)).pass, next).toBe(true);
    }
  });
});
