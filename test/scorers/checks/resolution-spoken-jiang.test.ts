/**
 * resolution: 讲 is the spoken 说 — 这个我不好讲 / 讲不准 is the 不好说 / 说不准 non-answer; 不好讲话 (hard to talk to)
 * is not. Wordings are our own, in trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const contact = (reply: string) =>
  chat([
    ['customer', '搬家那天电梯能用吗？', 1000],
    ['agent', reply, 2000],
  ]);

describe('resolution: 讲 for 说', () => {
  it('fails 不好讲 / 讲不准 as the reply', () => {
    for (const reply of ['具体的我也不好讲。', '这个讲不准哈']) expect(only(resolution(contact(reply), scenario(), rubric)).pass, reply).toBe(false);
  });

  it('passes an answer that mentions someone hard to talk to', () => {
    expect(only(resolution(contact('能用的，物业那边的师傅不好讲话，您提前一天登记就行'), scenario(), rubric)).pass).toBe(true);
  });
});
