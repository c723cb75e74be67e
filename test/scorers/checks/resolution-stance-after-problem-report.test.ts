/**
 * resolution: a reply that only sends the customer elsewhere or shrugs stands for the answer to a problem reported
 * without a question form (我家门禁卡刷不开了 — 那是物业的事，你找物业去); not after a remark (我就是说一声，我换号了 — 应该没事吧),
 * and abuse after a mere statement is the 忌语 alone. Wordings are our own, in trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const pass = (asked: string, said: string) =>
  only(resolution(chat([['agent', '您好，工号6120为您服务', 500], ['customer', asked, 1000], ['agent', said, 3000]]), scenario(), rubric)).pass;

describe('a stance reply to a problem report', () => {
  it('is a non-answer after a reported problem', () => {
    expect(pass('我家门禁卡这两天一直刷不开', '那是物业的事，你找物业去吧')).toBe(false);
    expect(pass('我订的蛋糕送到的时候已经压坏了', '估计是路上颠的吧')).toBe(false);
  });

  it('is no non-answer after a remark, nor is abuse after a mere statement', () => {
    expect(pass('我就是跟你们说一声，我换号了', '应该没事吧')).toBe(true);
    expect(pass('你们家的蛋糕就是难吃', '你神经病吧')).toBe(true);
  });
});
