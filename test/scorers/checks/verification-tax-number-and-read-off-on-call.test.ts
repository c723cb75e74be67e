/**
 * verification (round 8): a company's taxpayer number (纳税人识别号 / 税号) finds the record as an order number does — it is
 * printed on every invoice — so asking for it checks no one unless the agent says it checks with it; and a look-up's
 * result on a call, a filler before it and the pause after 看到了 unmarked (呃 看到了 它…), reported about the pet or
 * person on the record, is a disclosure. Our own wordings (an office-supplies shop, a riding school).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });

describe('verification: the taxpayer number is a lookup key', () => {
  const contact = (ask: string) =>
    chat([
      ['agent', '您好，办公用品商城客服，请问有什么可以帮您', 1000],
      ['customer', '上个月的发票还没开', 2000],
      ['agent', ask, 3000],
      ['customer', '91330100MA2B7761', 4000],
      ['agent', '您上个月有两笔订单，共三千二百元，都还没开票', 5000],
    ]);
  it('asked bare, then the record read out: never checked (fail)', () => {
    expect(only(verification(contact('贵公司的纳税人识别号是多少？'), needs, rubric)).pass).toBe(false);
  });
  it('asked as the check it is said to be (为了您的账户安全…核对一下): checked before the record (pass)', () => {
    expect(only(verification(contact('为了您的账户安全，我核对一下身份，请提供开户人姓名和手机号后四位'), needs, rubric)).pass).toBe(true);
  });
});

describe('verification: a look-up result on a call, the pause unmarked', () => {
  const contact = (said: string) =>
    call([
      ['agent', '您好 马术学校 请问有什么可以帮您', 1000, 3000],
      ['customer', '我家孩子的课想往后排', 4000, 6000],
      ['agent', '孩子的名字方便说一下吗', 7000, 9000],
      ['customer', '叫乐乐', 10000, 11000],
      ['agent', said, 12000, 16000],
      ['customer', '好', 17000, 18000],
      ['agent', '为了核实身份 麻烦报一下家长姓名和手机后四位', 19000, 22000],
    ]);
  it('呃 看到了 她上周六上的第五节课 — reported before the check: fail', () => {
    expect(only(verification(contact('呃 看到了 她上周六上的第五节课 还剩三节'), needs, rubric)).pass).toBe(false);
  });
  it('呃 看到了 您稍等 — nothing read out yet: the check is in time', () => {
    expect(only(verification(contact('呃 看到了 您稍等 我再看一下排课'), needs, rubric)).pass).toBe(true);
  });
});
