/**
 * verification (round 19): what the record says, by construction — a record-bearing document with where it is kept and a
 * verb of entry (租赁协议上写的… / 搬家单里登记的… / 档案记的是…), what the customer registered read back with its value
 * (您预留的收货地址是…), a record's state said with what it is (退款进度是…) and a ticket or fine pointed at by 这张 / 这条
 * with an amount or a date — disclose before the check; the check asked in the same words (…合同上登记的手机号后四位 /
 * 您预留的手机号是？) and the agent's own note to come (我在系统里记录一下) do not. Wordings are our own (a moving
 * company and a parking operator).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const check = '请说一下实名姓名和身份证后四位，我核实一下身份。';
const contact = (said: string) =>
  chat([
    ['agent', '您好，搬家服务热线，请问有什么可以帮您？', 1000],
    ['customer', '我周六的搬家订好了没有？', 2000],
    ['agent', said, 3000],
    ['customer', '周敏，后四位5172。', 4000],
  ]);
const verdict = (said: string) => only(verification(contact(said), needs, rubric)).pass;

describe('verification: round 19 record content before the check', () => {
  it('fail', () => {
    for (const said of [
      '搬家单里登记的车型是四米二厢货。' + check,
      '租赁协议上写的押金是两千。' + check,
      '档案记的是三楼没有电梯。' + check,
      '您预留的收货地址是滨江路十二号。' + check,
      '您这次预约登记的搬运工有三位。' + check,
      '您的退款进度是财务已审核。' + check,
      '这张罚单是上周二开的。' + check,
      '停车系统里这条记录是昨晚十点的。' + check,
    ]) {
      expect(verdict(said), said).toBe(false);
    }
  });
  it('the check asked in the same words, a question, a rule or a note to come still pass', () => {
    for (const said of [
      '麻烦报一下合同上登记的手机号后四位。',
      '您预留的手机号是？' + check,
      '您登记的地址是哪里？' + check,
      '我在系统里记录一下您的问题。' + check,
      '这张罚单可以在线缴。' + check,
      '退款进度是什么时候更新？' + check,
      check + '搬家单里登记的车型是四米二厢货。',
    ]) {
      expect(verdict(said), said).toBe(true);
    }
  });
});
