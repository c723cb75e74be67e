/**
 * facts, round 11: a value said in the agent's reply to the customer's latest question that asks for a value (how
 * long, how much, when, where), with no cue word on either side, answers that question — it is tied to the fact whose
 * value it is (修一次要几天？— 大概二十天). A yes-no question or a press asks for no value: one said in reply is left
 * alone, and so is a value two facts share. Wordings are our own (a bicycle shop).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'repair-days', label: '维修周期', expected: '5个工作日', variants: ['五个工作日'], wrong: ['二十天', '当天'], cues: ['维修', '工作日'] }],
});

const ask = (question: string, reply: string) =>
  chat([
    ['agent', '您好，车行售后，请问有什么可以帮您？', 1000],
    ['customer', question, 3000],
    ['agent', reply, 5000],
    ['customer', '好的', 7000],
  ]);

describe('facts: the reply to a question asking for a value', () => {
  it('a wrong value in reply to 要几天 is misinformation, with no cue anywhere', () => {
    const i = ask('变速器坏了，修好要几天？', '大概二十天吧，师傅比较忙');
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });
  it('the correct value in reply to 多久能好 states the fact', () => {
    const i = ask('送过去多久能好？', '五个工作日能弄好');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
  });
  it('a yes-no question or a press asks for no value', () => {
    for (const q of ['能帮我把铃铛也换了吗？', '那总得想个办法吧']) {
      expect(only(noMisinformation(ask(q, '可以，二十天后有活动再来'), S, rubric)).pass, q).toBe(true);
    }
  });
});
