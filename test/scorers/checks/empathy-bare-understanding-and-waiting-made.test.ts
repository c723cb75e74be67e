/**
 * empathy (round 16): 理解您 said bare, closing its clause, acknowledges (理解您，周末白等一天确实窝心) — not 我不理解您; the customer's own part insisted right (我明明没填错) and the firm keeping the customer waiting (你们还让我一直等)
 * are complaints. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

describe('empathy: bare understanding; insisted right; kept waiting', () => {
  const said = '师傅说好周六上门，结果人影都没见着';
  it('理解您 closing its clause acknowledges', () => {
    for (const reply of ['理解您，周末白等一天。', '我非常理解您。']) expect(empathyAfter(said, reply, '我先登记一下'), reply).toBe(true);
  });
  it('not understanding the customer does not', () => {
    expect(empathyAfter(said, '我不理解您，请再说一遍订单号', '我先登记一下')).toBe(false);
  });
  it('insisted right and kept waiting are complaints', () => {
    for (const c of ['快递员说我门牌号写错了，我明明没填错', '老人等着吃药，你们还让我一直等！']) {
      expect(empathyAfter(c, '请问订单号是多少？', '好的，我登记一下'), c).toBe(false);
      expect(empathyAfter(c, '真是对不起，给您添麻烦了', '好的，我登记一下'), c).toBe(true);
    }
  });
});
