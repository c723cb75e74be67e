/**
 * resolution, round 25 (reading, side-question.ts PASSING_WORDS): the casual aside with its verb as a measure of asking —
 * 随口一问 / 随便一问 / 顺口一问, "a casual question" — opens a side question as 随口问一句 does: a polite shrug to it after the
 * matter was answered, taken without a re-ask, is no non-answer. 一问 without the adverb (我一问才知道) opens nothing.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { opensSideQuestion } from '../../../scorers/checks/side-question.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '托管费', expected: '每月800元', wrong: ['每月1000元'], cues: ['托管', '费'] }] });
const pass = (side: string, shrug: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号3308为您服务', 500],
        ['customer', '午托一个月多少钱？', 1000],
        ['agent', '午托是每月800元。', 3000],
        ['customer', side, 5000],
        ['agent', shrug, 7000],
        ['customer', '好的，没别的了。', 9000],
        ['agent', '感谢来电，再见。', 11_000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('随口一问 as a side opener', () => {
  it('opens a side question', () => {
    expect(opensSideQuestion('随口一问，你们老师都是本地的吗？')).toBe(true);
    expect(opensSideQuestion('嗯 顺口一问 楼下能停电动车吗')).toBe(true);
  });

  it('a polite shrug to it after the answer leaves the question answered', () => {
    expect(pass('随便一问，你们食堂是自己做饭吗？', '这个我还真不清楚。')).toBe(true);
  });

  it('一问 without the adverb opens nothing', () => {
    expect(opensSideQuestion('我一问才知道要排队，是吗？')).toBe(false);
  });
});
