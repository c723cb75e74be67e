/**
 * verification (round 20): a count of times before its verb (给您一次弄好 / 帮您一次处理完 / 分两次付清) is the manner of
 * the agent's doing — in one go — not a count read off the customer's record, so it discloses nothing before the identity
 * check. A count on the record follows its verb (您这个订单已经重印过两次) and still discloses; so does what was
 * scheduled for the customer (给您排在周五下午三点). And 会籍 (membership) is a noun, not the modal 会: the membership's
 * expiry read off the record discloses. Our own wordings (a print shop, a swimming club).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });

const contact = (turn: string) =>
  chat([
    ['agent', '您好，彩印社客服，请问有什么可以帮您？', 1000],
    ['customer', '我上周印的宣传册颜色不对，要重印', 2000],
    ['agent', turn, 5000],
    ['customer', '订单号PX7781，张敏，尾号5521', 6000],
    ['agent', '核对无误，已为您安排重印', 9000],
  ]);

describe('verification: 给您一次办好 is a promise, not a count on the record', () => {
  for (const promise of ['实在抱歉，这回我给您一次弄好，麻烦报一下订单号和下单人姓名', '抱歉让您着急了，我帮您一次处理完，请提供订单号和下单人姓名'])
    it(`${promise}: nothing disclosed before the check (pass)`, () => {
      expect(only(verification(contact(promise), needs, rubric)).pass).toBe(true);
    });
  for (const record of ['您这个订单已经重印过两次了，麻烦报一下订单号和下单人姓名', '重印给您排在周五下午三点，麻烦报一下订单号和下单人姓名', '您的会籍还有两个月到期，麻烦报一下订单号和下单人姓名'])
    it(`${record}: read off the record before the check (fail)`, () => {
      expect(only(verification(contact(record), needs, rubric)).pass).toBe(false);
    });
});
