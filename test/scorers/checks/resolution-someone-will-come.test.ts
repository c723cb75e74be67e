/**
 * resolution: "someone will come / be in touch" with no who and no when, as the whole reply (反正会有人来的), is the 敷衍
 * put-off; with a time it answers (明天上午会有人来的). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const pass = (asked: string, said: string) =>
  only(resolution(chat([['agent', '您好，工号6604为您服务', 500], ['customer', asked, 1000], ['agent', said, 3000]]), scenario(), rubric)).pass;

describe('someone will come', () => {
  it('with no when is a non-answer', () => {
    expect(pass('单元门的锁坏了好几天了，什么时候来修？', '知道了，反正会有人来的')).toBe(false);
    expect(pass('我的理赔到底谁在跟？', '总会有人联系您的')).toBe(false);
  });
  it('with a time it answers', () => {
    expect(pass('单元门的锁坏了好几天了，什么时候来修？', '明天上午会有人来的')).toBe(true);
  });
});
