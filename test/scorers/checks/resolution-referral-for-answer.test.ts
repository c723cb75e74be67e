/**
 * resolution: a bare referral (checks/bare-referral.ts) given in reply to the customer's follow-up question on their own
 * matter is a non-answer (checks/referral-non-answer.ts); the no said before the pointer, a grievance said as a
 * question, or a pointer with the way there are not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import type { Speaker } from '../../../harness/interaction/types.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (...rest: [Speaker, string][]) =>
  only(resolution(chat([['agent', '您好，工号5521为您服务', 500], ['customer', '我订的健身课上周取消了，钱退了吗？', 1000], ['agent', '已经原路退回了，三天内到账。', 3000], ...rest.map(([who, said], i) => [who, said, 5000 + 2000 * i] as [Speaker, string, number])]), S, rubric)).pass;

describe('a bare referral for the answer to a follow-up question', () => {
  it('is a non-answer', () => {
    expect(pass(['customer', '那会员卡剩下的次数怎么算？'], ['agent', '次数的事您问前台。'])).toBe(false);
  });
  it('the no before the pointer answers the yes/no question', () => {
    expect(pass(['customer', '那储物柜押金能退吗？'], ['agent', '储物柜是物业的，押金我们退不了，您可以找物业前台。'])).toBe(true);
  });
  it('a grievance said as a question, or the way there given, is no question left unanswered', () => {
    expect(pass(['customer', '你们这不是糊弄人吗？'], ['agent', '您要是有疑问可以看会员协议。'])).toBe(true);
    expect(pass(['customer', '那会员卡剩下的次数怎么算？'], ['agent', '次数的事您问前台，前台电话是65432100。'])).toBe(true);
  });
});
