/**
 * dead-air (round 19): a gap too short to be a hold right after the customer said something of their own since the
 * agent's announcement (我帮您查一下 — 这台空调我才用了一个月) waits on the agent's word about it: unannounced; after the
 * customer only took the wait (好的 / 行 我等一下) it stays announced. The birth date asked in its other forms
 * (出生年月日 / 生日) with 我核实一下 is the identity check's purpose, no announced wait. Wordings are our own (an
 * air-conditioner repair line).
 */
import { describe, expect, it } from 'vitest';
import { accountSilences } from '../../../scorers/checks/silence.js';
import { call, rubric } from '../helpers.js';

const kinds = (announce: string, said: string) =>
  accountSilences(
    call([
      ['agent', '您好，空调维修热线，请讲', 1000, 3000],
      ['customer', '我家空调不制冷了', 4000, 6000],
      ['agent', announce, 7000, 9000],
      ['customer', said, 10000, 12000],
      ['agent', '好的，师傅明天上午上门', 22500, 25000],
    ]),
    rubric,
  ).silences.map((s) => s.kind);

describe('silence accounting: the customer’s own words after an announcement', () => {
  it('a short gap after them is unannounced', () => {
    expect(kinds('我帮您查一下', '这台空调我才用了一个月')).toEqual(['unannounced']);
  });
  it('after the wait only taken it stays announced', () => {
    expect(kinds('我帮您查一下', '好的')).toEqual(['announced-hold']);
    expect(kinds('我帮您查一下', '行 我等一下')).toEqual(['announced-hold']);
  });
  it('the birth date asked with 我核实一下 is the check’s purpose, not a wait', () => {
    expect(kinds('麻烦说一下您的出生年月日 我这边核实一下', '一九八八年三月九号')).toEqual(['unannounced']);
    expect(kinds('您的生日是哪天，我核实一下', '三月九号')).toEqual(['unannounced']);
  });
});
