/**
 * Words in quotation marks are reported, not said to the customer: a 忌语 the agent quotes (to apologise for a
 * colleague, or to read a message out) is not the agent's rudeness, and a 你 inside a quoted text message is not
 * the agent's address. Wordings are our own (a gas company, a telecom shop).
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (...lines: string[]) => chat(lines.map((text, k) => ['agent', text, 1000 + k * 1000] as ['agent', string, number]));

describe('politeness: quoted words', () => {
  it('a 忌语 quoted to apologise for it is not the agent\'s rudeness', () => {
    const i = agentSays('您好，燃气公司客服，请问有什么可以帮您？', '您说的“是你自己操作错了”这句话，是哪位同事说的？我们一定核实处理。', '好的，谢谢您的反馈，再见。');
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('the same 忌语 said unquoted is rude', () => {
    const i = agentSays('您好，燃气公司客服，请问有什么可以帮您？', '是你自己操作错了，我们核实一下。', '好的，谢谢您的反馈，再见。');
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });

  it('你 inside a quoted text message is not the agent\'s address', () => {
    const i = agentSays(
      '您好，营业厅客服，请问有什么可以帮您？',
      '短信内容是“你的套餐已变更成功”，请查收。',
      '第二条是“你的话费余额不足十元”，请留意。',
      '第三条写着“你已成功办理流量包”，就是这三条。',
      '号码报一下',
      '好的，谢谢，再见。',
    );
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('the same turns addressing the customer as 你 are a familiar register', () => {
    const i = agentSays(
      '您好，营业厅客服，请问有什么可以帮您？',
      '你的套餐已变更成功，请查收短信。',
      '你的话费余额不足十元，请留意。',
      '你已成功办理流量包，就是这三条。',
      '号码报一下',
      '好的，谢谢，再见。',
    );
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });
});
