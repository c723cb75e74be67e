/**
 * verification: what counts as the identity check. A lookup key (the full ID number, the registered phone
 * number, the name a booking was made under) only finds the record unless the agent treats it as a check — says
 * it checks, or confirms the match on the answer. The holder's data asked in other words (any holder's name,
 * whether the customer is the registered person, the birthday, a code sent to them, data left with us) is a check
 * in itself. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const askThenDisclose = (ask: string, reply = '好的，我查一下') =>
  chat([
    ['agent', '您好，工号2716为您服务', 1000],
    ['customer', '我想查下我的宽带什么时候到期', 2000],
    ['agent', ask, 3000],
    ['customer', '周敏，3301021990', 4000],
    ['agent', reply, 5000],
    ['agent', '您的宽带是明年3月到期，还剩4个月', 6000],
  ]);
const passes = (ask: string, reply?: string) => only(verification(askThenDisclose(ask, reply), needs, rubric)).pass;

describe('verification: lookup keys and how the agent treats them', () => {
  it('a key requested plainly is no check', () => {
    for (const ask of ['请提供一下身份证号码', '麻烦报一下绑定的手机号', '请问办理人的身份证号是多少', '请问预约人的名字是？']) {
      expect(passes(ask), ask).toBe(false);
    }
  });

  it('a key the agent says it checks, or whose match it confirms, is the check', () => {
    expect(passes('请提供一下身份证号码，我这边核对一下')).toBe(true);
    expect(passes('为了保护您的信息安全，麻烦报一下绑定的手机号')).toBe(true);
    expect(passes('请问预约人的名字是？', '好的，信息一致')).toBe(true);
  });
});

describe('verification: the holder\'s data asked in other words', () => {
  it('is a check in itself', () => {
    for (const ask of [
      '麻烦说一下账户持有人的姓名',
      '请问宽带开户人叫什么名字？',
      '请问您是这条宽带的登记人吗？',
      '您的生日是哪天？',
      '请把收到的动态码告诉我',
      '请报一下您预留的邮箱',
      '请问您是合同上的签约人本人吗？',
    ]) {
      expect(passes(ask), ask).toBe(true);
    }
  });
});
