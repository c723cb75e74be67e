/**
 * resolution (issue 10, round 10): a polite shrug to a side question, followed by the customer opening yet another
 * side question (哦对了，顺便问下…), was taken — the new question moves on, it re-asks nothing; a plain re-ask still
 * leaves the shrug a non-answer. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '寄存费', expected: '每天5元', wrong: ['每天10元'], cues: ['寄存', '费'] }] });
const pass = (then: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号3318为您服务', 500],
        ['customer', '行李寄存怎么收费？', 1000],
        ['agent', '行李寄存是每天5元。', 3000],
        ['customer', '对了，附近有没有药店？', 5000],
        ['agent', '药店这个我还真不清楚。', 7000],
        ['customer', then, 9000],
        ['agent', '有的，二楼就有自动售货机。', 11_000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('a shrug to a side question, then another side question', () => {
  it('the shrug was taken', () => {
    expect(pass('哦对了，顺便问下你们有自动售货机吗？')).toBe(true);
  });
  it('a plain re-ask is not', () => {
    expect(pass('附近有药店吗？我有点头疼。')).toBe(false);
  });
  it('a press that re-asks is not made good by a reply on another topic (round 11)', () => {
    expect(pass('那你能帮我看看附近有没有药店吗？')).toBe(false);
  });
});
