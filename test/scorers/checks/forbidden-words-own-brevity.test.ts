/**
 * Round 22 (a reading bug in 不耐烦: who is to be brief): 长话短说 with the agent as its subject (好，我尽量长话短说) promises the
 * agent's own brevity, often granted to a customer in a hurry — not the order to the customer to cut it short, which still
 * counts in forbidden-words and politeness (你长话短说 / 长话短说，后面还排着人). Wordings are our own (a moving company).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { forbidden, rude } = replyAtDesk('您好，安居搬家，请问有什么可以帮您', '我赶时间，搬一个两居室大概多少钱');

describe('round 22: 长话短说 said of the agent itself', () => {
  it('is no hurry-up', () => {
    for (const said of ['明白，我长话短说，两居室一车一千二。', '好，我们尽量长话短说：两居室一千二，楼层另算。']) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });

  it('the order to the customer still counts', () => {
    for (const said of ['你长话短说，要搬哪天？', '长话短说，后面还排着人呢。']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });
});
