/**
 * Round 23: the wait-and-see as the whole reply after the resigned 那就 / 那只能 (那就随缘吧 / 那只能看情况了), as 那就等着吧 —
 * a 敷衍答复 shrug, forbidden-words only (politeness leaves the mild shrug alone). Look-alikes: the same words with the answer
 * run on after them, and a condition the customer can meet. Wordings are our own (a hair salon).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，发艺沙龙，请问有什么可以帮您', '周六下午还能约到首席吗');

describe('round 23: 那就 + the wait-and-see as the whole reply', () => {
  it('is a 忌语, not rude', () => {
    for (const said of ['那就随缘吧。', '那只能看情况了', '嗯 那也只能看运气了']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });

  it('with the answer after it, or a condition, it answers', () => {
    for (const said of ['那就看情况吧，一般周六下午三点以后有空位。', '那就看您几点能到，四点前都可以。']) {
      expect(forbidden(said), said).toBe(false);
    }
  });
});
