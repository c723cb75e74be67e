/**
 * round 26: a phone's tail asked as a bare question in the which-digits form (联系号码尾号是哪四位 / 手机尾号是哪几位), the
 * contact number called 联系号码 as 联系电话 is: the check, as 手机尾号多少 is. A tail of something else (快递单号是哪几位)
 * is no phone's. Wordings are our own (a driving-school desk).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (ask: string) =>
  chat([
    ['agent', '您好，顺行驾校学员服务，请讲', 1000],
    ['customer', '我科目二约上了没有', 2000],
    ['agent', ask, 3000],
    ['customer', '三八二七', 4000],
    ['agent', '行，对上了。您的科目二约在了11月20号上午', 5000],
  ]);
const pass = (ask: string) => only(verification(contact(ask), needs, rubric)).pass;

describe('verification: a phone tail asked by which digits', () => {
  it('is the check', () => {
    expect(pass('请问学员的联系号码尾号是哪四位？')).toBe(true);
    expect(pass('您手机尾号是哪几位？')).toBe(true);
  });
  it('a tail of anything else is not', () => {
    expect(pass('请问您的报名单号是哪几位？')).toBe(false);
  });
});
