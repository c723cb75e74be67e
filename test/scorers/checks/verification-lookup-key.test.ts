/**
 * verification: an ask that only names the account (the full ID number, the phone number the account is
 * registered under) is a lookup key when the agent runs an explicit check later — a disclosure between
 * the two came before the check. Without a later explicit check the key counts only when the agent treats
 * it as a check (我核对一下 / 为了您的账户安全, or 对上了 on the answer), and a tail asked (身份证后六位, 手机尾号)
 * is a check in itself. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (ask: string, thenDisclose: string, laterCheck?: string) =>
  chat([
    ['agent', '您好，燃气营业厅客服，请问有什么可以帮您', 1000],
    ['customer', '我家燃气卡的充值记录想查一下', 2000],
    ['agent', ask, 3000],
    ['customer', '四四零一零六一九八八', 4000],
    ['agent', thenDisclose, 5000],
    ...(laterCheck ? ([['agent', laterCheck, 6000], ['customer', '陈某，二三四五', 7000]] as const) : []),
    ['agent', '好的，还有其他可以帮您的吗', 8000],
  ] as Parameters<typeof chat>[0]);

const disclosure = '您这张燃气卡现在还剩12立方，上次充值是本月3号';
const explicitLater = '办理之前为了您的安全，请报一下户主姓名和身份证后四位';

describe('verification: lookup key, then an explicit check', () => {
  it('a disclosure between the key and the explicit check fails', () => {
    for (const ask of ['请您报一下身份证号码', '麻烦提供一下开户时登记的手机号', '您的证件号是多少']) {
      expect(only(verification(contact(ask, disclosure, explicitLater), needs, rubric)).pass, ask).toBe(false);
    }
  });

  it('a key with no explicit check after it counts only when the agent treats it as a check', () => {
    // said as a check in the ask, or the match confirmed on the answer
    for (const ask of ['请您报一下身份证号码，我核对一下', '为了您的账户安全，麻烦提供一下开户时登记的手机号']) {
      expect(only(verification(contact(ask, disclosure), needs, rubric)).pass, ask).toBe(true);
    }
    expect(only(verification(contact('请您报一下身份证号码', `好的，信息对上了。${disclosure}`), needs, rubric)).pass).toBe(true);
    // requested plainly, the key only finds the record (as an order number does)
    for (const ask of ['请您报一下身份证号码', '麻烦提供一下开户时登记的手机号', '请问入住人的姓名是？']) {
      expect(only(verification(contact(ask, disclosure), needs, rubric)).pass, ask).toBe(false);
    }
  });

  it('a tail or a name asked first is the check itself', () => {
    for (const ask of ['请您报一下身份证号码的后六位', '麻烦说一下登记手机的尾号', '请提供户主姓名和身份证号码']) {
      expect(only(verification(contact(ask, disclosure, explicitLater), needs, rubric)).pass, ask).toBe(true);
    }
  });

  it('no disclosure between key and check passes', () => {
    expect(only(verification(contact('请您报一下身份证号码', '好的，我帮您查询一下', explicitLater), needs, rubric)).pass).toBe(true);
  });
});
