/**
 * verification: what only the holder knows, asked in a trade's own words — a passphrase agreed with us, the tail of
 * the card the account is paid with or bound to, the tail of a company's tax number — is the check; the card the
 * call is about, asked by its number's tail, and a whole tax number only find the record.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { verification: true } });
const askThenDisclose = (ask: string) =>
  chat([
    ['agent', '您好，工号5120为您服务', 500],
    ['customer', '我想查一下上个月那次维修', 1000],
    ['agent', ask, 2000],
    ['customer', '好的，是这个', 3000],
    ['agent', '查到了，您这台设备上个月12号换过一次主板', 4000],
  ]);

describe('asks for data the holder keeps', () => {
  it('a passphrase, a bound or paying card\'s tail, a tax number\'s tail check the holder', () => {
    for (const ask of ['请报一下贵公司预留的查询口令', '麻烦说一下您账户绑定的银行卡尾号', '下单时付款的那张卡后四位是多少', '请说一下开票单位的税号后六位']) {
      expect(only(verification(askThenDisclose(ask), S, rubric)).pass, ask).toBe(true);
    }
  });
  it('the card the call is about, or a whole tax number, only finds the record', () => {
    for (const ask of ['报修的那张会员卡，卡号后四位报一下', '请报一下贵公司的税号']) {
      expect(only(verification(askThenDisclose(ask), S, rubric)).pass, ask).toBe(false);
    }
  });
});
