/**
 * round 26 (readings) of the keyed result (checks/keyed-result.ts): the customer's reply sent in several bubbles (the key,
 * then a remark) is one reply; 几 after 好 / 十 / 这 / 前 / 没 in the reply is a vague count (好几趟 / 这几天), not a
 * question; a space in recognised speech ends the value's clause as the comma it replaced (…十月九号 到时候可以取); and a
 * time passed as a threshold (过了晚上九点，…) is a rule's, not the record. Wordings are our own (a tailor's alteration
 * desk, a ski-rental counter).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
type L = ['agent' | 'customer', string];
const chatOf = (middle: L[]) =>
  chat([
    ['agent', '您好，巧针改衣服务台，请讲', 1000],
    ['customer', '我送改的西裤什么时候能拿', 2000],
    ...middle.map(([s, x], n) => [s, x, 3000 + n * 1000] as [L[0], string, number]),
    ['customer', '好的', 20000],
    ['agent', '麻烦报一下登记手机后四位，我核实一下身份', 21000],
    ['customer', '二九四一', 22000],
    ['agent', '好的，还有别的需要吗', 23000],
  ]);
const passChat = (middle: L[]) => only(verification(chatOf(middle), needs, rubric)).pass;

describe('verification: the keyed result read across bubbles, vague counts and pauses', () => {
  it('the key in one bubble and a remark in the next: the value after them discloses', () => {
    expect(passChat([['agent', '取衣条上的编号是多少？'], ['customer', 'QY3308'], ['customer', '裤脚改得太短就麻烦了'], ['agent', '裤子周五下午4点送回门店']])).toBe(false);
    // (a bubble that asks something makes the answer general information)
    expect(passChat([['agent', '取衣条上的编号是多少？'], ['customer', 'QY3308'], ['customer', '你们周末几点关门？'], ['agent', '周六晚上8点关门']])).toBe(true);
  });

  it('好几 / 这几 in the reply is a count, not a question', () => {
    expect(passChat([['agent', '麻烦说一下送来的日期'], ['customer', '上周二，都等了好几天了'], ['agent', '裤子周五下午4点送回门店']])).toBe(false);
    expect(passChat([['agent', '麻烦说一下送来的日期'], ['customer', '这几天都在出差，上周二送的'], ['agent', '裤子周五下午4点送回门店']])).toBe(false);
    // (几 asked is still a question: the answer is general information)
    expect(passChat([['agent', '麻烦说一下送来的日期'], ['customer', '上周二，一般要几天？'], ['agent', '改裤脚要3天，周五下午4点前都能取']])).toBe(true);
  });

  it('in a call, a pause ends the value clause: what follows it is a sentence of its own', () => {
    const c = (value: string) =>
      call([
        ['agent', '您好 雪道租赁柜台 请讲', 1000, 2000],
        ['customer', '我上次租的雪板押金退了没有', 3000, 4000],
        ['agent', '租赁单号您看下是多少', 5000, 6000],
        ['customer', '我找找 XB七七一二', 7000, 8000],
        ['agent', value, 9000, 11000],
        ['customer', '好', 12000, 12500],
        ['agent', '请说一下登记手机号后四位 我核实身份', 13000, 15000],
        ['customer', '六六一三', 16000, 17000],
      ]);
    expect(only(verification(c('那笔钱退回的日期是十月九号 到时候可以查到账'), needs, rubric)).pass).toBe(false);
    // (a time passed as a threshold, then the fee: a rule, whatever the pause)
    expect(only(verification(c('过了晚上九点 还雪板要加收三十元'), needs, rubric)).pass).toBe(true);
    expect(only(verification(c('过了晚上九点，还雪板要加收三十元'), needs, rubric)).pass).toBe(true);
  });
});
