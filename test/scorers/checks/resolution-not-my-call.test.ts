/**
 * resolution: "it is not my call" as the reply (这个我说了不算 / 我做不了主 / 我们这边决定不了) leaves the question
 * with no one who answers it: a non-answer. Said about the customer (您说了算) or followed by the answer
 * after a look-up it is not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const replyTo = (...replies: string[]) =>
  chat([
    ['customer', '装修押金能提前退一半吗？', 1000],
    ...replies.map((r, k) => ['agent', r, 2000 + k * 1000] as ['agent', string, number]),
  ]);

describe('resolution: not my call', () => {
  it('fails "not my call" as the reply', () => {
    for (const reply of ['这个我说了不算', '退不退我做不了主', '我们这边决定不了']) {
      expect(only(resolution(replyTo(reply), scenario(), rubric)).pass, reply).toBe(false);
    }
  });

  it('passes the customer deciding, or a look-up after it', () => {
    expect(only(resolution(replyTo('退一半还是全退，您说了算，手续都一样'), scenario(), rubric)).pass).toBe(true);
    expect(only(resolution(replyTo('这个我做不了主，我帮您问一下主管，请稍等', '主管说可以先退一半'), scenario(), rubric)).pass).toBe(true);
  });
});
