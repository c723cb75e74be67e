/**
 * resolution (round 12b): "I have nothing on it to hand" (我手头没有这方面的资料) and "the system can't find this
 * information" (查不到这个信息) are the not-knowing of 没有相关信息 / 查不到相关 in other words. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { saysNonAnswer } from '../../../scorers/checks/non-answer-forms.js';
import { viewOf } from '../../../scorers/text/view.js';

const says = (s: string) => saysNonAnswer(viewOf(s).norm);

describe('resolution: nothing to hand', () => {
  it('is a non-answer', () => {
    for (const s of ['停车的事我手头没有这方面的资料', '我手里也没相关信息', '电脑上看不到这个信息']) expect(says(s), s).toBe(true);
  });
  it('a record not found, or data in hand, is not', () => {
    for (const s of ['手上有资料的话发我一下', '查不到您的订单记录，麻烦再报一下单号']) expect(says(s), s).toBe(false);
  });
});
