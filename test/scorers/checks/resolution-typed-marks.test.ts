/**
 * Round 22 (chat typing styles): the customer's and the agent's lines read the same whether a sentence ends in 。 or a
 * typed half-width `.`, a question closes with ？ or ？？, clauses part at ， or an ellipsis (……). Readings fixed:
 * non-answer-forms.ts QUESTION / FINAL_PARTICLE (a final 吗 before `.`), WRAP_UP_TAIL (the wrap-up question with
 * repeated ？), referral-non-answer.ts lastClause and silence-turns.ts lastClause (…… parts clauses), side-question.ts
 * (还有…… opens a side question). Our own wordings (a luggage-storage desk).
 */
import { describe, expect, it } from 'vitest';
import { asksQuestion, withoutFinalParticle, WRAP_UP_TAIL } from '../../../scorers/checks/non-answer-forms.js';
import { opensSideQuestion } from '../../../scorers/checks/side-question.js';
import { handsOver } from '../../../scorers/checks/silence-turns.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { prepare } from '../../../scorers/context.js';
import { chat, only, rubric, scenario } from '../helpers.js';

describe('a question typed with a half-width full stop', () => {
  it.each(['晚上十点以后还能取行李吗.', '寄存能过夜吗. ', '能放婴儿车不.'])('%j asks, as with 。', (typed) => {
    expect(asksQuestion(typed)).toBe(true);
    expect(asksQuestion(typed.replace('.', '。'))).toBe(true);
  });
  it('a final 吧 before `.` is set aside as before 。', () => {
    expect(withoutFinalParticle('那我明早再来取吧.')).toBe(withoutFinalParticle('那我明早再来取吧。'));
  });
  it('look-alikes: a statement with a decimal point or a 吗 inside the sentence asks nothing', () => {
    expect(asksQuestion('柜子宽度是0.5米.')).toBe(false);
    expect(asksQuestion('吗啡类药品不能寄存.')).toBe(false);
  });
});

describe('the wrap-up question with repeated question marks', () => {
  it('is cut off a receipt like the single-mark one', () => {
    const one = '明白了。还有别的需要帮您的吗？';
    expect('明白了。还有别的需要帮您的吗？？'.replace(WRAP_UP_TAIL, '')).toBe(one.replace(WRAP_UP_TAIL, ''));
  });
  it('the same resolution verdict with ？ and ？？', () => {
    const v = (q: string) =>
      only(resolution(chat([['customer', '行李箱能寄存几天？', 1000], ['agent', `最多寄存七天，超时按天收费。${q}`, 2000]]), scenario(), rubric)).pass;
    expect(v('还有其他问题吗？？')).toBe(v('还有其他问题吗？'));
  });
});

describe('an ellipsis parts clauses as a comma does', () => {
  const turn = (text: string) => prepare(chat([['customer', '我想问下寄存', 500], ['agent', text, 1000]])).turns[1]!;
  it('an ask followed by the agent\'s own look-up does not hand the word over, with ， or ……', () => {
    expect(handsOver(turn('麻烦报一下取件码……我查一下柜子'))).toBe(handsOver(turn('麻烦报一下取件码，我查一下柜子')));
    expect(handsOver(turn('麻烦报一下取件码……我查一下柜子'))).toBe(false);
  });
  it('look-alike: a final ask after the ellipsis still hands over', () => {
    expect(handsOver(turn('我查一下……麻烦报一下取件码'))).toBe(true);
  });
  it('还有 before an ellipsis opens a side question like 还有，', () => {
    expect(opensSideQuestion('哦还有……柜子里能放充电宝吗？')).toBe(true);
    expect(opensSideQuestion('哦还有...柜子里能放充电宝吗？')).toBe(true);
    expect(opensSideQuestion('还有多久能开柜？')).toBe(false);
  });
  it('a referral as the last clause reads the same after …… as after ，', () => {
    const v = (reply: string) => only(resolution(chat([['customer', '停车费能帮我退吗？', 1000], ['agent', reply, 2000]]), scenario(), rubric)).pass;
    expect(v('停车场是商场的……这个我们退不了……您去商场服务台问问')).toBe(v('停车场是商场的，这个我们退不了，您去商场服务台问问'));
  });
});
