/**
 * resolution (round 19): a press with what the answer is worth beside it (这事对我特别要紧，您再查查 / 您再帮我打听打听呗，
 * 我是真的想知道), asked to look properly or think again (您好好看一下嘛 / 麻烦您再想想); pressed, the agent says it will find
 * out and answers in its next turn (one answer across turns); a short reply on the question's topic answers; a not-knowing
 * that modifies a noun (说不准的地方…) is no non-answer. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { pressesForAnswer } from '../../../scorers/checks/non-answer-repairs.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '报名费', expected: '八十元', wrong: ['一百元'], cues: ['报名费'] }] });
const verdict = (...tail: ['agent' | 'customer', string][]) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号5120为您服务', 500],
        ['customer', '报名费多少钱？', 1000],
        ['agent', '报名费是八十元。', 2000],
        ['customer', '比赛当天能带水壶进场吗？', 3000],
        ...tail.map(([who, text], i) => [who, text, 4000 + i * 1000] as ['agent' | 'customer', string, number]),
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('resolution: the stake beside a press, an answer across turns', () => {
  it('recognises presses with a stake', () => {
    for (const s of ['这事对我特别要紧您再查查', '您再帮我打听打听呗我是真的想知道', '不行呀您再看看', '您好好看一下嘛', '麻烦您再想想'])
      expect(pressesForAnswer(s), s).toBe(true);
  });
  it('a stake alone, or the customer thinking it over, is no press', () => {
    for (const s of ['这事对我特别要紧', '我是真的想知道', '我再想想', '那我再想想要不要报名吧']) expect(pressesForAnswer(s), s).toBe(false);
  });
  it('pressed, the agent goes to find out and answers in its next turn', () => {
    expect(verdict(['agent', '水壶的事我这边不清楚。'], ['customer', '这事对我特别要紧，您再查查。'], ['agent', '好，我找裁判组问一下马上回您。'], ['agent', '水壶可以带，但只能是透明塑料的。'])).toBe(true);
    expect(verdict(['agent', '水壶的事我这边不清楚。'], ['customer', '您再帮我打听打听呗，我是真的想知道。'], ['agent', '嗯嗯。'], ['agent', '水壶可以带，但只能是透明塑料的。'])).toBe(true);
  });
  it('a next turn on another matter does not make it good', () => {
    expect(verdict(['agent', '水壶的事我这边不清楚。'], ['customer', '这事对我特别要紧，您再查查。'], ['agent', '嗯，好的。'], ['agent', '号码布请到服务台领取。'])).toBe(false);
    expect(verdict(['agent', '水壶的事我这边不清楚。'], ['customer', '这事对我特别要紧，您再查查。'], ['agent', '嗯，好的。'], ['agent', '进场能不能带水壶我确实不清楚。'])).toBe(false);
  });
  it('a short reply on the question’s topic answers the press', () => {
    expect(verdict(['agent', '水壶的事我这边不清楚。'], ['customer', '您好好看一下嘛。'], ['agent', '透明水壶能带。'])).toBe(true);
  });
  it('a not-knowing modifying a noun is no non-answer', () => {
    expect(verdict(['agent', '透明的水壶可以带进场。'], ['customer', '好的。'], ['agent', '说不准的地方您随时来电问我。'])).toBe(true);
  });
});
