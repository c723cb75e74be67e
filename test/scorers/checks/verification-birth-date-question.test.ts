/**
 * round 26: the holder's birth date asked as a question of when (您是哪年哪月出生的 / 持卡人出生在哪一年), not by its noun
 * (出生日期): the same datum only the holder knows — the check. Other years asked (哪年入学的 / 哪天办的卡) ask no birth date.
 * Wordings are our own (a library card desk).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (ask: string) =>
  chat([
    ['agent', '您好，市图书馆读者服务，请讲', 1000],
    ['customer', '我借的书逾期了吗，想查一下', 2000],
    ['agent', ask, 3000],
    ['customer', '一九八六年四月', 4000],
    ['agent', '好的。您的借阅记录显示有两本书已经逾期三天', 5000],
  ]);
const pass = (ask: string) => only(verification(contact(ask), needs, rubric)).pass;

describe('verification: the birth date asked as a question of when', () => {
  it('is the check', () => {
    expect(pass('请问持证人是哪年哪月出生的？')).toBe(true);
    expect(pass('麻烦说下您出生在哪一年，我核对一下')).toBe(true);
  });
  it('another date asked is not', () => {
    expect(pass('请问您是哪年办的读者证？')).toBe(false);
    expect(pass('请问您是哪天借的书？')).toBe(false);
  });
});
