/**
 * "麻烦说一下手机后四位，我核实下身份": the identity check is the purpose of a request for the customer's data,
 * not a look-up announced for a wait — the silence after the customer's answer is the agent's. With a
 * request to wait in the turn (我核实一下您的身份，请稍等) it is announced; a look-up of something else
 * (我核实下订单) still announces one. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { accountSilences } from '../../../scorers/checks/silence.js';
import { call, rubric } from '../helpers.js';

const kindsAfter = (ask: string) =>
  accountSilences(
    call([
      ['agent', '您好，洗衣服务热线，请讲', 1000, 3000],
      ['customer', '我的羽绒服洗坏了', 4000, 6000],
      ['agent', ask, 7000, 10000],
      ['customer', '尾号是3388', 11000, 12000],
      ['agent', '好的，您这件羽绒服我们会安排复检', 24000, 27000],
    ]),
    rubric,
  ).silences.map((s) => s.kind);

describe('silence accounting: an identity check is no announced wait', () => {
  it('the silence after the customer answered a check of identity is unannounced', () => {
    for (const ask of ['麻烦说一下预留手机的后四位，我核实下身份', '请报一下手机尾号，我核对一下您的身份信息', '请报一下姓名和手机后四位，我核实一下']) {
      expect(kindsAfter(ask), ask).toEqual(['unannounced']);
    }
  });

  it('with a request to wait, or a look-up of something else, it is announced', () => {
    for (const ask of ['说一下手机后四位，我核实一下您的身份，请稍等', '麻烦说一下手机后四位，我核实下订单', '请报一下姓名，我查一下']) {
      expect(kindsAfter(ask), ask).toEqual(['announced-hold']);
    }
  });
});
