/**
 * resolution (round 19): a bare guess that is the whole short reply (估计不会吧 / 大概可以吧) is a non-answer even when a
 * scenario fact was stated earlier in the contact; 不可能 (the flat no) and a bare wait (等着吧, the 忌语 checks') are not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'rent', label: '自行车租金', expected: '二十元', wrong: ['三十元'], cues: ['租金'] }] });
const verdict = (reply: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号6093为您服务', 500],
        ['customer', '自行车租金多少？', 1000],
        ['agent', '租金二十元一天。', 2000],
        ['customer', '下雨天能骑出园区吗？', 3000],
        ['agent', reply, 4000],
        ['customer', '好。', 5000],
        ['agent', '感谢来电，再见。', 6000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('resolution: a whole short guess after a fact was stated', () => {
  it('is a non-answer', () => {
    for (const r of ['估计不会吧。', '大概可以吧', '应该能骑吧', '也许要看天吧']) expect(verdict(r), r).toBe(false);
  });
  it('the flat no is an answer; a bare wait stays the 忌语 checks’ business', () => {
    expect(verdict('不可能，别想了吧')).toBe(true);
    expect(verdict('那您就等着吧')).toBe(true);
  });
});
