/**
 * resolution, round 21: a press for the withheld answer written by a speech recogniser with 麻烦 by sound, 马烦
 * (能不能马烦您问问 / 马烦再帮我确认下), is the press 麻烦 makes — the non-answer made good by the answer after it
 * (checks/non-answer-repairs.ts). A request naming something new stays none, however written. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import type { Speaker } from '../../../harness/interaction/types.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (...rest: [Speaker, string][]) =>
  only(
    resolution(
      call([
        ['agent', '您好 工号4402为您服务', 500, 2000],
        ['customer', '那个 游泳馆的年卡能不能转给家里人用', 3000, 6000],
        ['agent', '这个我不清楚', 7000, 8000],
        ...rest.map(([who, said], i) => [who, said, 9000 + 3000 * i, 11_000 + 3000 * i] as [Speaker, string, number, number]),
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('a press with 麻烦 heard as 马烦', () => {
  it('makes the non-answer good', () => {
    for (const ask of ['能不能马烦您问一下再告诉我', '马烦再帮我确认下']) {
      expect(pass(['customer', ask], ['agent', '年卡可以转一次 带上双方身份证到前台办理']), ask).toBe(true);
    }
  });
  it('a request naming something new does not', () => {
    expect(pass(['customer', '马烦帮我查一下年卡还剩几天'], ['agent', '年卡还剩一百二十天 到期前会短信提醒'])).toBe(false);
  });
});
