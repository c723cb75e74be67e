/**
 * Round 20, politeness: in a recognised call the speaker's pauses are spaces and punctuation is often missing, so a bare order
 * said as its own breath (讲 / 接着说 / 哪张) runs on into the next words; each stretch between pauses is read as a clause. A
 * stretch naming a datum with its value next (受理号 KD3301) gives it, and a turn that also says the courteous form (您说 / 请问)
 * restates it. Wordings are our own (a gym's membership line), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { call, only, rubric, scenario } from '../helpers.js';

const verdict = (a1: string, a2: string, a3: string) =>
  only(
    politeness(
      call([
        ['agent', '您好 铁壶健身会员中心 我是小林', 1000, 3000],
        ['customer', '我的年卡想暂停两个月', 4000, 6000],
        ['agent', a1, 7000, 9000],
        ['customer', '尾号八八二一', 10000, 12000],
        ['agent', a2, 13000, 15000],
        ['customer', '下个月一号开始', 16000, 18000],
        ['agent', a3, 19000, 21000],
        ['customer', '好的', 22000, 23000],
        ['agent', '感谢您的来电 再见', 24000, 26000],
      ]),
      scenario(),
      rubric,
    ),
  ).pass;

describe('curt orders said between pauses', () => {
  it('count towards a curt register', () => {
    expect(verdict('讲 哪张卡要停', '嗯 接着说 从哪天开始停', '呃 下一个 停卡已经登记了 到期顺延两个月')).toBe(false);
  });

  it('a datum named with its value, or the courteous form in the turn, is not curt', () => {
    expect(verdict('您说 哪张卡要停 请问卡号尾号多少', '好的 您请讲 从哪天开始停', '受理号 KD三三零一 停卡已经登记了 到期顺延两个月')).toBe(true);
  });
});
