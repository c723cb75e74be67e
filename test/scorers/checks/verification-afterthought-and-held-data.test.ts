/**
 * verification, round 11: the holder's birthday asked (请报一下车主生日 / 生日是几月几号), part of the e-mail the account
 * is bound to (绑定的邮箱前三位), a nickname registered with us, and the phone's tail asked after its name (手机尾号麻烦
 * 说一下) are checks; the outcome against what we hold (和系统登记的一致) confirms a key as the check; a check opened
 * by 对了 with its object left implicit, or said to be made up (补一下核验), after the agent already answered,
 * is late. Wordings are our own (a broadband line).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const askFirst = (ask: string, reply = '好的，我查一下') =>
  chat([
    ['agent', '您好，工号2716为您服务', 1000],
    ['customer', '我想查下我的宽带什么时候到期', 2000],
    ['agent', ask, 3000],
    ['customer', '周敏，1990年5月3号，尾号2231', 4000],
    ['agent', reply, 5000],
    ['agent', '您的宽带是明年3月到期，还剩4个月', 6000],
  ]);
const answerFirst = (ask: string) =>
  chat([
    ['agent', '您好，工号2716为您服务', 1000],
    ['customer', '我想问下宽带怎么续费', 2000],
    ['agent', '续费可以在营业厅或者APP上办理', 3000],
    ['customer', '好的', 4000],
    ['agent', ask, 5000],
    ['customer', '尾号2231', 6000],
    ['agent', '好的，核对无误', 7000],
  ]);

describe('verification: held data asked in more words', () => {
  it('a birthday, an e-mail part, a registered nickname, a tail asked after its name are checks', () => {
    for (const ask of ['请报一下户主生日', '宝宝生日是几月几号？', '麻烦说下您绑定的邮箱前四位', '请说一下注册时的昵称', '登记人的手机尾号麻烦说一下']) {
      expect(only(verification(askFirst(ask), needs, rubric)).pass, ask).toBe(true);
    }
  });
  it('a key confirmed against what we hold is the check', () => {
    expect(only(verification(askFirst('请问报名人的名字是？', '好的，和系统登记的一致'), needs, rubric)).pass).toBe(true);
  });
});

describe('verification: the check as an afterthought', () => {
  it('对了 with the object implicit / 补一下核验, after an answer, is late', () => {
    for (const ask of ['对了，还得跟您核对一下，手机尾号是多少？', '我这边补一下核验，手机尾号是多少？']) {
      expect(only(verification(answerFirst(ask), needs, rubric)).pass, ask).toBe(false);
    }
  });
  it('the same check before any answer is in time', () => {
    expect(only(verification(askFirst('对了，还得跟您核对一下，手机尾号是多少？'), needs, rubric)).pass).toBe(true);
  });
});

describe('verification: the record read back in more forms', () => {
  const before = (reply: string) =>
    chat([
      ['agent', '您好，请讲', 1000],
      ['customer', '我想问下我的报修', 2000],
      ['agent', reply, 3000],
      ['agent', '请报一下户主姓名和手机尾号', 4000],
    ]);
  it('a state still pending, what the customer used, our side keeping it, disclose', () => {
    for (const reply of ['您那笔押金还没退回', '您这次用的是进口滤芯', '您提交的报修单我们这边已经派给师傅了']) {
      expect(only(verification(before(reply), needs, rubric)).pass, reply).toBe(false);
    }
  });
});
