/**
 * A one-word reply that only answers the customer's question (几点关门？— 九点。) states a fact: terse, not a curt
 * command, so it does not count towards a curt register; bare commands (等着。/ 说吧。) and a datum demanded (卡号。)
 * still do, whatever they follow. Wordings are our own (a shopping mall's service desk, a ferry line).
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
/** Agent and customer alternate, agent first. */
const exchange = (...lines: string[]) => chat(lines.map((text, k) => [k % 2 ? 'customer' : 'agent', text, 1000 + k * 1000] as ['agent' | 'customer', string, number]));

describe('politeness: short factual answers are not curt', () => {
  it('passes an agent who answers three questions in a word each', () => {
    const i = exchange('您好，商场服务台，请问有什么可以帮您？', '几点关门？', '九点。', '周末呢？', '十点。', '停车收费吗？', '免费。', '好的谢谢', '不客气，祝您购物愉快。');
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('still fails bare commands and demands that answer nothing', () => {
    const i = exchange('您好，轮渡售票处，请问有什么可以帮您？', '我想改一下船票', '卡号。', '6222', '等着。', '好', '说吧。', '改到明天', '您的船票已改到明天。');
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });

  it('a datum demanded in reply to a question is still curt', () => {
    const i = exchange('您好，轮渡售票处，请问有什么可以帮您？', '能改签吗？', '票号。', 'A123', '等着。', '好', '说吧。', '改到明天', '您的船票已改到明天。');
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });
});
