/**
 * resolution: in a speech transcript a space marks the pause that ends a clause, so a not-knowing before it closes its
 * clause (我也说不准 … / 这个不太确定 您再问问别人) as at punctuation; the indirect question (不知道 您方便吗) stays no
 * non-answer. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { call, only, rubric, scenario } from '../helpers.js';

const pass = (said: string) =>
  only(resolution(call([['agent', '您好 工号3516为您服务', 500, 2000], ['customer', '你们的冻品能寄到拉萨吗', 2500, 4000], ['agent', said, 4500, 7000]]), scenario(), rubric)).pass;

describe('a not-knowing before a pause', () => {
  it('is a non-answer', () => {
    expect(pass('呃 这个我也不太确定 您再问问别人')).toBe(false);
  });
  it('the indirect question is not', () => {
    expect(pass('能寄 不知道 您方便留个地址吗')).toBe(true);
  });
});
