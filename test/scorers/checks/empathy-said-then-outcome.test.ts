/**
 * empathy (round 26): what a party said or wrote set against the outcome in the next clause opened by the conjunction
 * 结果 (…说包邮，结果到货又让补运费) is a broken promise — a complaint and an escalation — whatever the outcome. Not 结果
 * the noun (结果出来了吗 / 结果是… / 结果正常), not a question about the outcome, not the customer's own word (我说…).
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const verdict = (said: string) => empathyAfter(said, '好的，请提供一下您的订单号', '我这边登记一下');

describe('empathy: a statement set against its outcome with 结果', () => {
  it('is a complaint owed an acknowledgement', () => {
    for (const said of ['前台说三天内寄到，结果寄到别人家去了', '你们讲好换新机，结果来了台翻新的', '说明书上写着能防水，结果一沾水就黑屏', '师傅答应下午过来，结果天黑了人都没影']) {
      expect(verdict(said), said).toBe(false);
    }
  });
  it('an apology answers it', () => {
    expect(empathyAfter('门店说包邮，结果到货又让补运费', '非常抱歉给您带来不便，运费我们退给您', '请问订单号多少')).toBe(true);
  });
  it('the noun 结果, a question about it, or the customer’s own word is not', () => {
    for (const said of ['医生说要复查，结果出来了吗？', '上次说帮我鉴定，结果是什么？', '之前说要抽检，结果正常吗', '我说想换个颜色，结果怎么样都行']) {
      expect(verdict(said), said).toBe('na');
    }
  });
});
