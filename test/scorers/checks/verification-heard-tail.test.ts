/**
 * round 26 (reading, checks/verification-point.ts): an ask for a phone number's tail recognised with a homophone for 后
 * (手机号候四位 / 电话号码厚六位) holds the key and the tail: it is read by sound as the tail asked — the check — not as the
 * full number, a lookup key. The full number asked (下单手机号是多少) stays a key. Wordings are our own (a piano-rental desk).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (ask: string) =>
  call([
    ['agent', '您好 琴行租赁 请讲', 1000, 2000],
    ['customer', '我租的那台钢琴下个月到期了吧', 3000, 4000],
    ['agent', ask, 5000, 6000],
    ['customer', '三三九零', 7000, 8000],
    ['agent', '您那台琴的租期是十一月三十号到期', 9000, 11000],
  ]);
const pass = (ask: string) => only(verification(contact(ask), needs, rubric)).pass;

describe('verification: a tail heard with a homophone of 后 is the tail asked', () => {
  it('the misheard tail asked before the record: passes', () => {
    expect(pass('请报一下订琴手机号候四位')).toBe(true);
    expect(pass('麻烦说下租赁手机号厚四位')).toBe(true);
  });
  it('the full number asked is a key: the record read after it fails', () => {
    expect(pass('请报一下租琴时用的手机号')).toBe(false);
  });
});
