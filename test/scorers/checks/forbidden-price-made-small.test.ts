/**
 * Round 26: the mere X by its price — free, or a few tens / hundreds of yuan — and still fussy (还挑三拣四 / 还这么挑剔) is
 * contempt (讽刺挖苦), so rude and a 忌语, as 换个X还这么讲究 (round 18) is by count. Advice (…也讲究保养方法), a price stated
 * and a free service offered stay clean. Wordings are our own (a bicycle repair stall's desk).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，轮动单车维修，请问有什么可以帮您', '补胎能不能换个好点的胶片');

describe('round 26: a cheap thing and still fussy', () => {
  it('fails both checks', () => {
    for (const said of [
      '免费的检查还挑来挑去。',
      '几十块的车胎还这么挑剔',
      '三百块钱的二手车 还挑三拣四的',
      '白送的车铃也这么讲究啊？',
    ]) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of [
      '几百块的车也讲究保养，链条每月上一次油就行。', // 也 without a degree word: advice
      '好点的胶片三十块一片，普通的十块，您看选哪种？', // prices stated
      '免费的检查您随时可以来做，我们帮您挑合适的胶片。', // an offer
    ]) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });
});
