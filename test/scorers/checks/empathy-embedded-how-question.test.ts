/**
 * empathy (round 26, reading): a how / why form under a verb of asking earlier in its clause — 我想问一下这笔退款是怎么算的
 * / 请问押金是怎么退的 — is the question the customer asks about the rule, not the rhetorical 你们怎么送的 put to the firm;
 * said bare to the firm it is still a grievance. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const verdict = (said: string) => empathyAfter(said, '好的，请问您的订单号是多少', '我这边登记一下');

describe('empathy: a how-question embedded under a verb of asking', () => {
  it('is asked, not a grievance', () => {
    for (const said of ['你好，我想问一下这个押金是怎么退的', '请问积分是怎么算的', '想了解一下快递是怎么发的']) {
      expect(verdict(said), said).toBe('na');
    }
  });
  it('put to the firm bare, it is still one', () => {
    for (const said of ['你们这快递是怎么送的？箱子都压扁了！', '你们到底怎么送的货，箱子都扁了']) {
      expect(verdict(said), said).toBe(false);
    }
  });
});
