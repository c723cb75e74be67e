/**
 * resolution: a short reply that is only a guess is a non-answer also when the hedge comes after the 吧 (speech puts it
 * last: 明天应该能到吧估计) or is pure speculation (没准是 / 说不定是, 吧 or not); a cause stated with 可能是 and a step, or
 * a number, answers. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const pass = (asked: string, said: string) =>
  only(resolution(chat([['agent', '您好，工号2290为您服务', 500], ['customer', asked, 1000], ['agent', said, 3000]]), scenario(), rubric)).pass;

describe('a guess said last, or pure speculation', () => {
  it('is a non-answer', () => {
    expect(pass('我的积分怎么还没到账？', '嗯 晚点就有了吧估计')).toBe(false);
    expect(pass('这笔扣款是哪来的？', '没准是您自己开的自动续费')).toBe(false);
  });
  it('a cause with a step, or a number, answers', () => {
    expect(pass('这笔扣款是哪来的？', '没准是自动续费，您在APP里点我的-订阅看一下')).toBe(true);
    expect(pass('我的积分怎么还没到账？', '积分一般3天到账吧估计')).toBe(true);
  });
});
