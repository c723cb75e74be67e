/**
 * resolution (round 19): "I have never come across it" as the whole clause — 没碰到过。/ 嗯，我们也从来没接触过 / 这个我们也没底 —
 * said instead of the answer is a not-knowing; a clause saying more (…也没遇到过出问题的) states a thing. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'price', label: '门票价格', expected: '六十元', wrong: ['八十元'], cues: ['门票'] }] });
const verdict = (reply: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号7781为您服务', 500],
        ['customer', '门票多少钱？', 1000],
        ['agent', '门票六十元一张。', 2000],
        ['customer', '园区里能放风筝吗？', 3000],
        ['agent', reply, 4000],
        ['customer', '好的。', 5000],
        ['agent', '感谢来电，再见。', 6000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('resolution: never come across it, as the whole reply', () => {
  it('is a non-answer', () => {
    expect(verdict('没碰到过。')).toBe(false);
    expect(verdict('嗯，我们也从来没接触过。')).toBe(false);
    expect(verdict('这个我们也没底')).toBe(false);
  });
  it('a clause saying more, or the answer, is not', () => {
    expect(verdict('风筝可以放，草坪区就行，我们这边也没遇到过出问题的。')).toBe(true);
    expect(verdict('可以放，西草坪那边最合适。')).toBe(true);
  });
});
