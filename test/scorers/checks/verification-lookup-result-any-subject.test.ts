/**
 * verification (round 20): the look-up's result reported with 查到 opening it and a subject other than the customer — the
 * child, the pet, the order, the item on the record (查到小狗的疫苗已经打了两针 / 刚刚查到车子确实是昨天还的): whatever the
 * report's subject, a state (已经 / 确实 / 还剩) or a count read after 查到 is read off the customer's record, and it came before
 * the identity check [S22 5.3.3.2]. Not a look-up that found nothing (没查到 / 还没查到), a question (查到了吗), a condition (查到…
 * 的话), nor a report after the check. Our own wordings (a pet clinic and a car rental).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });

const contact = (report: string, check = '为了核实身份，麻烦报一下主人姓名和预留手机后四位。') =>
  chat([
    ['agent', '您好，安心宠物医院前台，请问有什么可以帮您？', 1000],
    ['customer', '我家小狗的疫苗打到第几针了？', 2000],
    ['agent', report, 5000],
    ['agent', check, 7000],
    ['customer', '周晓，手机后四位5521', 9000],
    ['agent', '好的，信息一致。', 11000],
  ]);

describe('verification: a look-up result whose subject is not the customer', () => {
  it('查到 + the pet + 已经 before the check: disclosed first (fail)', () => {
    const f = only(verification(contact('查到小狗的疫苗已经打了两针，第三针下个月打。'), needs, rubric));
    expect(f.pass).toBe(false);
  });
  it('查到了 + the rented car + 确实, unpunctuated speech: disclosed first (fail)', () => {
    const f = only(verification(contact('嗯 好了 刚刚查到车子确实是昨天下午还的'), needs, rubric));
    expect(f.pass).toBe(false);
  });
  it('查到 + a count on the record: disclosed first (fail)', () => {
    expect(only(verification(contact('好嘞，刚刚查到小狗名下洗护卡还剩3次。'), needs, rubric)).pass).toBe(false);
  });
  it('a look-up that found nothing reads nothing off the record (pass)', () => {
    expect(only(verification(contact('还没查到疫苗的记录，我再看一下。'), needs, rubric)).pass).toBe(true);
    expect(only(verification(contact('没有查到已经登记的接种信息，稍后再看。'), needs, rubric)).pass).toBe(true);
  });
  it('a question or a condition about the look-up is no report (pass)', () => {
    expect(only(verification(contact('查到已经打过的针次的话，我再告诉您。'), needs, rubric)).pass).toBe(true);
  });
  it('the check first, then the report: in order (pass)', () => {
    const c = chat([
      ['agent', '您好，安心宠物医院前台，请问有什么可以帮您？', 1000],
      ['customer', '我家小狗的疫苗打到第几针了？', 2000],
      ['agent', '为了核实身份，麻烦报一下主人姓名和预留手机后四位。', 4000],
      ['customer', '周晓，手机后四位5521', 6000],
      ['agent', '查到小狗的疫苗已经打了两针。', 9000],
    ]);
    expect(only(verification(c, needs, rubric)).pass).toBe(true);
  });
});
