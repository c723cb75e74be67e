/**
 * resolution (round 12b): "I still want to know" with the topic named first (这事我还是想知道准确的) presses, as 我就想知道个
 * 具体的 does; 到底是怎么回事 after 那 asks where that leaves the customer; and two presses said back to back (那到底是
 * 怎么回事呢？你帮我问问呗) are one press, where a press followed by a question of its own is not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { pressesForAnswer } from '../../../scorers/checks/non-answer-repairs.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'hours', label: '营业时间', expected: '九点到六点', wrong: ['八点到五点'], cues: ['营业', '几点'] }] });
const verdict = (press: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号6630为您服务', 500],
        ['customer', '你们几点营业？', 1000],
        ['agent', '营业时间是九点到六点。', 2000],
        ['customer', '停车场收费吗？', 3000],
        ['agent', '这个我答不上来。', 4000],
        ['customer', press, 5000],
        ['agent', '停车场前两小时免费，之后每小时五元。', 6000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('resolution: still wanting to know, and two presses in one turn', () => {
  it('recognises the presses', () => {
    for (const s of ['这事我还是想知道准确的', '那到底是怎么回事', '那到底是什么情况呢你帮我问问呗', '那到底是怎么回事呢您再帮我核实下'])
      expect(pressesForAnswer(s), s).toBe(true);
  });
  it('a press followed by a question of its own is none', () => {
    for (const s of ['那到底是怎么回事呢你们洗车一次多少钱', '我还是想知道退货运费谁出']) expect(pressesForAnswer(s), s).toBe(false);
  });
  it('made good by the next turn', () => {
    expect(verdict('那到底是怎么回事呢？你帮我问问呗。')).toBe(true);
    expect(verdict('这事我还是想知道准确的。')).toBe(true);
  });
});
