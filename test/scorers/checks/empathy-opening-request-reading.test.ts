/**
 * empathy (round 21), how the opening request's clauses read: 怎么 inside a question embedded under 想了解一下 / 想问下
 * (…想了解一下超时怎么赔) is asked, not thrown at the firm, so it does not stress a promise-due opening.
 * Wordings are our own (a home-cleaning firm).
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

describe('empathy: 怎么 in an embedded question is asked (round 21)', () => {
  const reply = '请问您的订单号是多少';
  const next = '好的我记下了';
  it('a promise-due opening with the question under 想了解一下 is the matter', () => {
    expect(empathyAfter('约好的保洁阿姨还没上门，想了解一下超时怎么赔？', reply, next)).toBe('na');
  });
  it('怎么 put to the firm outside such a frame still stresses it', () => {
    expect(empathyAfter('约好的保洁阿姨还没上门，你们怎么安排的？', reply, next)).toBe(false);
    expect(empathyAfter('约好的保洁阿姨还没上门，怎么回事？', reply, next)).toBe(false);
  });
});
