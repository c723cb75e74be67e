/**
 * resolution, round 26 (reading; checks/asked-before.ts): the agent's backchannel turn (对 / 好的 / 嗯嗯
 * alone) said between the customer's question and the non-answer answers nothing — the question the non-answer withholds
 * is still the customer's turn before the backchannel, so a reaction and the answer after it make the non-answer good
 * (answer-after-reaction.ts) as they do with no backchannel between. An agent turn with content between (its own question
 * back, a stated value) still ends the withheld question. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (between: string[], rest: [Speaker, string][]) =>
  only(
    resolution(
      call([
        ['agent', '您好 滨海游泳馆 工号6620为您服务', 500, 2500],
        ['customer', '小孩满五岁能报名学游泳吗', 3000, 6000],
        ...between.map((said, n): [Speaker, string, number, number] => ['agent', said, 7000 + n * 2000, 8000 + n * 2000]),
        ['agent', '这个我们这边说不好', 12_000, 14_000],
        ...rest.map(([who, said], n): [Speaker, string, number, number] => [who, said, 16_000 + n * 4000, 19_000 + n * 4000]),
      ]),
      S,
      rubric,
    ),
  ).pass;

const REACTED: [Speaker, string][] = [
  ['customer', '你们不是游泳馆吗'],
  ['agent', '满五岁的小孩报名学游泳没问题 身高要过一米一'],
];

describe('a backchannel between the question and the non-answer', () => {
  it('is skipped: the reaction and the answer after it make the non-answer good', () => {
    expect(pass([], REACTED)).toBe(true);
    expect(pass(['对'], REACTED)).toBe(true);
    expect(pass(['好的'], REACTED)).toBe(true);
    expect(pass(['嗯嗯', '是的'], REACTED)).toBe(true);
  });

  it('the non-answer left standing still fails, backchannel or not', () => {
    expect(pass(['对'], [['customer', '好吧']])).toBe(false);
    expect(pass(['对'], [['customer', '你们不是游泳馆吗'], ['agent', '我们周一闭馆 其他时间都开放']])).toBe(false);
  });

  it('an agent turn with content between is no backchannel: the question it follows is not the withheld one', () => {
    expect(pass(['请问孩子现在多大了'], REACTED)).toBe(false);
  });
});
