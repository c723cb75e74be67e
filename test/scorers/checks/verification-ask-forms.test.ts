/** verification: the contact phone left on the account, a name filled in when booking, a key the agent says it checks. */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { verification: true } });
const askThenDisclose = (ask: string, reply = '好的') =>
  chat([
    ['agent', '您好，工号5120为您服务', 500],
    ['customer', '我想查一下我的账户', 1000],
    ['agent', ask, 2000],
    ['customer', reply, 3000],
    ['agent', '您这个月的账单是236元', 4000],
  ]);

describe('asks in other words', () => {
  it('the registered contact phone with the check said (核对下身份) verifies', () => {
    for (const ask of ['请问开户时登记的联系电话是多少，核对下身份', '麻烦验证下您的身份，说一下注册的联系电话']) {
      expect(only(verification(askThenDisclose(ask, '13912345678'), S, rubric)).pass, ask).toBe(true);
    }
  });
  it('a key the agent names as what it checks (核对一下…姓名) verifies', () => {
    for (const ask of ['核对一下订票人姓名是哪位', '我要核实下下单人的名字']) {
      expect(only(verification(askThenDisclose(ask, '刘洋'), S, rubric)).pass, ask).toBe(true);
    }
  });
  it('the name filled in when registering, asked back, verifies', () => {
    expect(only(verification(askThenDisclose('请问您注册时填写的姓名是什么', '刘洋'), S, rubric)).pass).toBe(true);
  });
  it('a booking name asked plainly only locates the booking; a look-up with 核实 is no check of identity', () => {
    for (const ask of ['请问下单时留的名字是什么', '我帮您核实一下订单状态', '请问您登记的联系地址是哪里']) {
      expect(only(verification(askThenDisclose(ask, '刘洋'), S, rubric)).pass, ask).toBe(false);
    }
  });
});

describe('the payment method asked as a choice', () => {
  it('U盾还是短信验证 asks which method, not for the code; a code asked after it still verifies', () => {
    expect(only(verification(askThenDisclose('您付款是用U盾还是短信验证'), S, rubric)).pass).toBe(false);
    expect(only(verification(askThenDisclose('您是用U盾还是短信验证码的，麻烦报一下验证码', '6620'), S, rubric)).pass).toBe(true);
  });
});
