/**
 * Round 21 (a reading bug): 喂喂 with a check that the customer is still on the line after a wait (喂喂，还在吧 / 喂喂您还在吗)
 * tests the connection as the hearing check (喂喂，听得到吗) and the single 喂，还在吗 do; it calls no one "喂". 喂喂 alone or
 * before anything else stays rude. Wordings are our own (a ticket office on the phone).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好 东站票务 请问有什么可以帮您', '我想查一下退票手续费');

describe('round 21: 喂喂 checking the customer is still there', () => {
  it('is no rude address', () => {
    for (const said of ['喂喂 还在吧 手续费查到了 是票价的百分之五', '喂喂您还在吗 查到了 退票要收五块', '喂喂 你还在不在 我这边查好了']) {
      expect(rude(said), said).toBe(false);
      expect(forbidden(said), said).toBe(false);
    }
  });

  it('喂喂 calling the customer stays rude', () => {
    for (const said of ['喂喂', '喂喂 在干嘛呢 说话啊']) {
      expect(rude(said), said).toBe(true);
    }
  });
});
