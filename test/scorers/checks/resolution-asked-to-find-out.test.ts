/**
 * resolution (issue 10, round 10): pressed for the withheld answer by a bare request that the agent find it out
 * (能不能帮我核实一下 / 你帮我问问值班的师傅呗 / 再帮我催一下) or by 总得给个时间吧, then answered — the non-answer made
 * good (checks/non-answer-repairs.ts). A request that names something new is none. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import type { Speaker } from '../../../harness/interaction/types.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (...rest: [Speaker, string][]) =>
  only(resolution(chat([['agent', '您好，工号3310为您服务', 500], ['customer', '我的会员卡丢了，补一张要几天？', 1000], ['agent', '这个我不清楚。', 3000], ...rest.map(([who, said], i) => [who, said, 5000 + 2000 * i] as [Speaker, string, number])]), S, rubric)).pass;

describe('asked to find the answer out, then answering', () => {
  it('makes the non-answer good', () => {
    for (const ask of ['能不能帮我核实一下？', '你帮我问问值班的师傅呗', '麻烦再帮我催一下', '那总得给个时间吧']) {
      expect(pass(['customer', ask], ['agent', '补卡三个工作日内寄到您登记的地址。']), ask).toBe(true);
    }
  });
  it('a request naming something new does not', () => {
    for (const ask of ['能不能帮我查一下积分余额？', '帮我改一下收货地址吧', '物业那边你能不能帮我催一下']) {
      expect(pass(['customer', ask], ['agent', '好的，积分余额是三百二十分，地址已改好。']), ask).toBe(false);
    }
  });
});

describe('pressed after the customer took the reply and answered an ask', () => {
  it('makes the non-answer good', () => {
    expect(pass(['customer', '行。'], ['agent', '麻烦报一下手机尾号。'], ['customer', '尾号3321。'], ['customer', '那您问问店长呢？'], ['agent', '补卡三个工作日内寄到您登记的地址。'])).toBe(true);
  });
  it("a question of the customer's own in between ends the search", () => {
    expect(pass(['customer', '那补卡要带什么？'], ['agent', '带身份证就行。'], ['customer', '那总得给个时间吧'], ['agent', '补卡三个工作日内寄到您登记的地址。'])).toBe(false);
  });
});
