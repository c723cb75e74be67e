/**
 * empathy, round 22 (rubric acknowledgement patterns): the fault owned as the cleft 是我们 + (the failing function) + the
 * shortfall said as 不到位 / 没到位 / 不周 (确实是我们不到位 / 是我们这边通知不到位) acknowledges, as 是我们衔接没做好 does; the fault
 * denied (不是我们不到位) or a shortfall of someone else's (是物业那边不到位) does not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (reply: string) =>
  only(
    empathy(
      chat([
        ['agent', '您好，工号2209为您服务', 500],
        ['customer', '说好昨天上门修空调，等了一天也没人来，太过分了！', 1000],
        ['agent', reply, 3000],
        ['customer', '那你们赶紧安排。', 5000],
        ['agent', '好的，今天下午两点前师傅会联系您。', 7000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('the fault owned as 是我们…不到位', () => {
  it('acknowledges', () => {
    expect(pass('这次确实是我们不到位，我马上给您重新派单。')).toBe(true);
    expect(pass('是我们这边通知不到位，我马上给您重新派单。')).toBe(true);
    expect(pass('这个是我们安排没到位，我马上给您重新派单。')).toBe(true);
  });

  it('denied or put on another party, it does not', () => {
    expect(pass('这不是我们不到位，是师傅临时有事，我给您重新派单。')).toBe(false);
    expect(pass('是物业那边通知不到位，我给您重新派单。')).toBe(false);
  });
});
