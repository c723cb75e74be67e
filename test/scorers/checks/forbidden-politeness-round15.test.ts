/**
 * Round 15 constructions, rude as well as a 忌语: a matter made small by 小/破 before 值得 (any noun, not only 事/问题),
 * the customer's own skill blamed (你们自己不会用), and the customer's means made the reason not to be choosy with the
 * noun named (这预算还嫌…); second pass: the choice called the customer's own (是你自己定的), the omission set against now
 * (你自己不V…现在…来找谁), a numbered loss and 怎么了, the question called a layman's. Wordings are our own (a piano-tuning line), not corpus lines; the look-alikes — "will not",
 * the condition, praise of a point — stay clean.
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，琴行调音服务台，请问有什么可以帮您', '我家钢琴调完音还是有杂音');

describe('round 15: rude constructions (both checks)', () => {
  it('fail both', () => {
    for (const said of [
      '这点小杂音也值得投诉？',
      '那是你们自己不会用踏板，琴没问题',
      '就这预算还嫌调音师不够资深',
      // second pass: the choice called the customer's own, the omission set against now, the loss made small, the layman
      '调几次是你自己定的，跟师傅没关系',
      '你自己不按时保养，现在音不准了来找谁？',
      '多等20分钟怎么了，师傅也要吃饭',
      '你这话问得，太外行了吧',
    ]) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of [
      '这点也值得您留意：湿度太高会影响音准。',
      '调音后你自己不会被额外收费的，放心。',
      '你自己不会弄的话，可以约师傅上门。',
      '又不是您自己选的型号，我们会负责到底。',
      '这个时间是您自己选的吗？我核对一下。',
      '请问您的琴怎么了？',
    ]) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });
});
