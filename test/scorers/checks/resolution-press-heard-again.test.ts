/**
 * resolution, round 26 (reading; checks/non-answer-repairs.ts pressesAtPauses): 再 "again" as a recogniser writes it by
 * sound, 在, in the customer's press after a non-answer (麻烦在看看 / 你在帮我查查): before a doubled verb or a verb with 一下
 * 在 cannot be the progressive, so the press is read as 再看看 and the answer after it makes the non-answer good. The
 * progressive 在 (我在看说明书) is no press. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (press: string) =>
  only(
    resolution(
      call([
        ['agent', '您好 鲜果配送 工号2815为您服务', 500, 2500],
        ['customer', '榴莲到了要放冰箱吗', 3000, 6000],
        ['agent', '这个我不清楚', 7000, 8500],
        ['customer', press, 10_000, 13_000] as [Speaker, string, number, number],
        ['agent', '榴莲开了口要放冰箱冷藏 没开口的常温放两天就行', 15_000, 19_000],
        ['customer', '好的', 21_000, 22_000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('在 for 再 in a press', () => {
  it('before a doubled verb or a verb with 一下 it is the press 再', () => {
    expect(pass('麻烦再看看')).toBe(true);
    expect(pass('麻烦在看看')).toBe(true);
    expect(pass('你在帮我查查呗')).toBe(true);
    expect(pass('麻烦您在问一下')).toBe(true);
  });

  it('the progressive 在 is no press', () => {
    expect(pass('我在看说明书')).toBe(false);
  });
});
