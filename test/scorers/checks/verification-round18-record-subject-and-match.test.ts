/**
 * verification (round 18): the record itself as what shows it (订单显示… / 记录显示…), what the system keeps read back
 * (系统里登记的… / 系统里有这辆车的…记录 / 系统里已经有了), a record read after where it is kept (您的会员档案里 积分…),
 * what the customer chose with the thing named (您上次选的套餐是…) and the firm pointed at with 这家 and a date disclose;
 * a card's tail said 最后六位 is a key, the match confirmed with our side named (跟我们登记的相符 / 跟系统里的对得上) or
 * 核对完成 checks, and a code sent to the registered phone (给您登记手机发了个验证码) is the check, not an action on the
 * account. Wordings are our own (a car rental and a broadband line).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const check = '请说一下实名姓名和身份证后四位，我核实一下身份。';
const contact = (said: string) =>
  chat([
    ['agent', '您好，宽带服务中心，请问有什么可以帮您？', 1000],
    ['customer', '我家宽带装好了吗？', 2000],
    ['agent', said, 3000],
    ['customer', '李强，后四位2231。', 4000],
  ]);

describe('verification: round 18 read-offs before the check', () => {
  it('fail', () => {
    for (const said of [
      '订单显示师傅昨天下午已经装好了。' + check,
      '记录显示您的光猫是上周寄出的。' + check,
      '系统里登记的安装地址是东湖路八号。' + check,
      '系统里有这条宽带的报修记录，已经派人了。' + check,
      '您上次选的套餐是三百兆的。' + check,
      '您这家公司上月的宽带费确实扣重了。' + check,
    ]) {
      expect(only(verification(contact(said), needs, rubric)).pass, said).toBe(false);
    }
  });
  it('a record read after a pause where it is kept, on a call', () => {
    const c = call([
      ['agent', '您好 宽带服务中心', 1000, 3000],
      ['customer', '我的积分还有多少', 4000, 6000],
      ['agent', '您的会员档案里 积分还是上个月的 麻烦报一下身份证后四位我核实一下身份', 7000, 13000],
      ['customer', '二二三一', 14000, 15000],
    ]);
    expect(only(verification(c, needs, rubric)).pass).toBe(false);
  });
  it('questions, conditions and the check first still pass', () => {
    for (const said of [check + '订单显示师傅昨天下午已经装好了。', '订单显示已签收的话您可以直接使用。' + check, '您上次选的是哪个套餐？' + check]) {
      expect(only(verification(contact(said), needs, rubric)).pass, said).toBe(true);
    }
  });
});

describe('verification: round 18 checks', () => {
  const rental = (ask: string, confirm: string) =>
    chat([
      ['agent', '您好，租车服务热线，请问有什么可以帮您？', 1000],
      ['customer', '我的押金退了吗？', 2000],
      ['agent', ask, 3000],
      ['customer', '803215。', 4000],
      ['agent', confirm + '押金已经退回到您的卡上了。', 5000],
    ]);
  it('a card tail said 最后六位 confirmed against what we hold, or 核对完成, is the check', () => {
    expect(only(verification(rental('麻烦提供一下会员卡号的最后六位。', '好的，跟我们登记的相符。'), needs, rubric)).pass).toBe(true);
    expect(only(verification(rental('麻烦提供一下会员卡号的最后六位。', '好，跟系统里的对得上，'), needs, rubric)).pass).toBe(true);
    expect(only(verification(rental('麻烦说一下出生日期。', '核对完成，'), needs, rubric)).pass).toBe(true);
    // (the tail taken plainly only names the card: the refund read off after it is disclosed unchecked)
    expect(only(verification(rental('麻烦提供一下会员卡号的最后六位。', '好的，'), needs, rubric)).pass).toBe(false);
  });
  it('a code sent to the registered phone is no action on the account', () => {
    const c = chat([
      ['agent', '您好，租车服务热线，请问有什么可以帮您？', 1000],
      ['customer', '我的押金退了吗？', 2000],
      ['agent', '我这边给您登记手机发了个验证码，请念一下。', 3000],
      ['customer', '验证码是4412。', 4000],
      ['agent', '核验通过，押金已经退回到您的卡上了。', 5000],
    ]);
    expect(only(verification(c, needs, rubric)).pass).toBe(true);
  });
});
