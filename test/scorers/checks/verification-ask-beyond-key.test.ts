/**
 * verification asks: a phone's tail asked as a bare question (手机尾号多少？), an ask that names a lookup key and
 * also what only the holder knows (the name beside a registered phone, a tail beside a booking name), the purpose
 * said for the customer's data (为了保护您的订单信息), the check verb governing the key across a few words (核对下
 * 开户时登记的手机号), a passport's tail, the check's outcome (核对一致). Look-alikes: a card's tail alone (a key),
 * the key alone. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const askedThenRead = (ask: string) =>
  chat([
    ['agent', '您好，租车服务热线', 1000],
    ['customer', '我的押金退了没有', 2000],
    ['agent', ask, 3000],
    ['customer', '好的，给你', 4000],
    ['agent', '系统显示您这单押金两千还在退回途中', 5000],
  ]);
const verdict = (ask: string) => only(verification(askedThenRead(ask), needs, rubric)).pass;

describe('verification: asks that check the holder', () => {
  it('pass when asked before the read-off', () => {
    for (const ask of [
      '先核对一下，租车人是哪位，手机尾号多少？',
      '您方便提供一下注册的手机号和账户姓名吗',
      '为了保护您的订单信息，请说一下预订人姓名和手机尾号',
      '先核对下 开户时登记的手机号是多少',
      '请提供一下订单号和护照号后四位',
      '核对一致，我查一下',
    ]) {
      expect(verdict(ask), ask).toBe(true);
    }
  });

  it('a card\'s tail or a key alone locates the record: fail', () => {
    for (const ask of ['报一下卡号后四位', '请问您注册的手机号是多少', '麻烦报一下订单号']) {
      expect(verdict(ask), ask).toBe(false);
    }
  });
});
