/**
 * resolution (round 18): "I cannot call up that information" (调不出这方面的资料) is the not-knowing of 查不到相关信息 in a
 * desk system's verb; calling up the customer's record (我把您的记录调出来) and 调不出 + a time are not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { saysNonAnswer } from '../../../scorers/checks/non-answer-forms.js';
import { viewOf } from '../../../scorers/text/view.js';

const says = (s: string) => saysNonAnswer(viewOf(s).norm);

describe('resolution: the information cannot be called up', () => {
  it('is a non-answer', () => {
    for (const s of ['保养套餐我这边调不出相关资料', '系统里调不出来这方面的记录']) expect(says(s), s).toBe(true);
  });
  it('calling up the record is not', () => {
    for (const s of ['我把您的缴费记录调出来看看', '调不出时间的话我们改天再约']) expect(says(s), s).toBe(false);
  });
});
