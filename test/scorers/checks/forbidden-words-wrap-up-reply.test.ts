/**
 * Round 22 (which turn answers which, checks/rude-lines.ts excusedAtWrapUp): the agent's turn that replies to the customer's
 * "nothing more" (没有了 / 就这些，谢谢 — a line check after it passed over) leaves no question open: a pointer said there
 * passes no matter off (推诿) and a bare 挂了 ends a finished call (不耐烦 — politeness reads it so too). The same words to a
 * customer still asking count, and any other harsh line at the wrap-up is still said. Wordings are our own (a bike-share desk).
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

/** The desk answers, asks the wrap-up question, the customer says `customer` (then `more`, if given), the agent says `said`. */
function wrapUp(customer: string, said: string, more?: string) {
  const lines: [('agent' | 'customer'), string, number][] = [
    ['agent', '您好，青骑单车客服，请问有什么可以帮您', 1000],
    ['customer', '押金什么时候退回来', 2000],
    ['agent', '押金在三个工作日内原路退回，请您留意。', 3000],
    ['agent', '请问还有其他问题吗？', 4000],
    ['customer', customer, 5000],
  ];
  if (more) lines.push(['customer', more, 6000]);
  lines.push(['agent', said, 7000]);
  const c = chat(lines);
  return {
    forbidden: only(forbiddenWords(c, scenario(), rubric)).pass === false,
    rude: only(politeness(c, scenario(), rubric)).pass === false,
  };
}

describe('round 22: the reply to the customer\'s "nothing more"', () => {
  it('a pointer or a bare hang-up there is no 忌语', () => {
    expect(wrapUp('没有了，谢谢。', '你自己在小程序里看吧。').forbidden).toBe(false);
    expect(wrapUp('暂时没有了。', '你自己看用户协议吧。').forbidden).toBe(false);
    expect(wrapUp('就这些。', '那你自己去运营点问吧。', '喂，在吗？').forbidden).toBe(false);
    const hangUp = wrapUp('没了没了。', '好，挂了。');
    expect(hangUp.forbidden).toBe(false);
    expect(hangUp.rude).toBe(false);
  });

  it('the same words to a customer still asking count', () => {
    expect(wrapUp('押金能退到别的卡上吗？', '你自己在小程序里看吧。').forbidden).toBe(true);
    expect(wrapUp('押金能退到别的卡上吗？', '你自己看用户协议吧。').forbidden).toBe(true);
    const hangUp = wrapUp('那你再给我说一遍怎么退', '好，挂了。');
    expect(hangUp.forbidden).toBe(true);
    expect(hangUp.rude).toBe(true);
  });

  it('another harsh line at the wrap-up is still said', () => {
    expect(wrapUp('没有了，谢谢。', '爱骑不骑，随你。').forbidden).toBe(true);
  });
});
