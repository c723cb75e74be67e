/**
 * Round 23: the customer's matter made small (这种 / 这么点 / 这点 + a short noun), then 还 + their asking or fuss over it — a
 * bare 问 closing the clause, 这么/那么多 + 事 / 要求 / 问题, or 教 — belittles the asking (politeness, and so a 服务忌语 too).
 * Look-alikes: the agent's own step (这种情况还要问一下厂家, an object or 一下 after 问), a fee stated. Wordings are our own
 * (a bicycle shop).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，骑行工坊，请问有什么可以帮您', '我想问下补胎的事');

describe('round 23: the matter made small, then 还 + the asking', () => {
  it('fails politeness and forbidden-words', () => {
    for (const said of ['这种小毛病还专门跑来问', '补这么点气还那么多要求。', '这点常识也还要我教？', '这么个小洞 还得打电话问啊']) {
      expect(rude(said), said).toBe(true);
      expect(forbidden(said), said).toBe(true);
    }
  });

  it('the agent\'s own step and a fee stay courteous', () => {
    for (const said of ['这种情况还要问一下厂家，我问好回复您。', '这种型号还要问问师傅有没有配件。', '这点小洞还要收十块钱工时费，您看可以吗？']) {
      expect(rude(said), said).toBe(false);
      expect(forbidden(said), said).toBe(false);
    }
  });
});
