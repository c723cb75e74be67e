/**
 * empathy (round 24, reading): a lawsuit counted as the customer's own experience — the first time, the first in a
 * lifetime, never before — is the matter the customer brings to a court's or a lawyer's desk, no threat to sue the firm.
 * The customer's intent to sue stays a threat. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const complaintSeen = (said: string) => empathyAfter(said, '好的，我查一下', '请提供一下您的合同编号') !== 'na';

describe('complaint: a lawsuit as the customer\'s own experience', () => {
  it('is no complaint', () => {
    for (const said of ['我这是头一回打官司，好多地方不明白', '这辈子没打过官司，心里没底', '第一次打官司，材料该怎么准备', '我从来没打官司，立案要带什么']) {
      expect(complaintSeen(said), said).toBe(false);
    }
  });

  it('the intent to sue stays a threat', () => {
    for (const said of ['你们再不赔，我就去打官司', '这是第二次了，我要跟你们打官司', '大不了打官司，我奉陪到底']) {
      expect(complaintSeen(said), said).toBe(true);
    }
  });
});
