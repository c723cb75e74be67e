/**
 * resolution (round 18): more presses for a withheld answer — the customer insists on the very thing (我就想知道这个 /
 * 我就想要个明确答复), asks for someone who knows to settle it (找个懂行的同事确认一下), or leads the press with the topic or
 * with "this is all I ask" (这个 您能帮我问问后台吗 / 就这一个问题，您再查查？); a lead before a question of its own is
 * none. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { pressesForAnswer } from '../../../scorers/checks/non-answer-repairs.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'deposit', label: '押金', expected: '两百元', wrong: ['三百元'], cues: ['押金'] }] });
const verdict = (press: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号4417为您服务', 500],
        ['customer', '租帐篷押金多少？', 1000],
        ['agent', '帐篷押金是两百元。', 2000],
        ['customer', '营地晚上有热水吗？', 3000],
        ['agent', '这个我手上没有资料。', 4000],
        ['customer', press, 5000],
        ['agent', '营地热水供应到晚上十点。', 6000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('resolution: insisting, asking for someone who knows, a lead before the press', () => {
  it('recognises the presses', () => {
    for (const s of ['我就想知道这个', '我只想要个明确的答复', '能不能找个懂行的同事确认一下', '这个您能帮我问问后台吗', '就这1个问题您再查查'])
      expect(pressesForAnswer(s), s).toBe(true);
  });
  it('a lead before a question of its own is none', () => {
    for (const s of ['这个营地能带狗吗', '就这1个问题停车收费吗']) expect(pressesForAnswer(s), s).toBe(false);
  });
  it('made good by the next turn', () => {
    expect(verdict('就这一个问题，您再查查？')).toBe(true);
    expect(verdict('我就想要个明确答复。')).toBe(true);
    expect(verdict('能不能找个懂行的同事确认一下？')).toBe(true);
  });
});
