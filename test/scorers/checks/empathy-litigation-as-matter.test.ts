/**
 * empathy (issue 10, round 6): a court, a lawyer or a lawsuit as the matter of the call — asked about as a step,
 * someone else's refusal, a lawyer the customer cannot afford or asks for — is no threat to escalate; the customer's
 * own intent to sue or go to the authorities still is. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const complaintSeen = (said: string) => empathyAfter(said, '好的，我查一下', '请提供一下您的合同编号') !== 'na';

describe('complaint: litigation as the matter asked about', () => {
  it('is no complaint', () => {
    for (const said of ['判决书下来了，需要去法院申请执行吗', '能不能直接到法院立案', '房东不肯去法院怎么办', '打官司大概要多少钱', '谁能帮我找律师', '这个赔偿协议要到法院确认一下']) {
      expect(complaintSeen(said), said).toBe(false);
    }
  });

  it("the customer's own intent stays a threat", () => {
    for (const said of ['再不退押金我就去法院告你们', '我已经找律师了，等着吧', '你们不处理，我只能打官司了']) {
      expect(complaintSeen(said), said).toBe(true);
    }
  });
});
