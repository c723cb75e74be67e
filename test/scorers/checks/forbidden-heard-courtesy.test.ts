/**
 * Round 25 (ASR reading): a bare referral (推诿) is not read into a line whose courtesy a recogniser wrote with a homophone —
 * the opening thanks for getting in touch (感谢您联系X heard as 感写您联系X / 谢写您联系X) or the agent acting for the
 * customer (我帮您问一下X heard as 我邦您问一下X). The referral itself, said to the customer with no help, still counts.
 * Wordings are our own (a swimming-pool front desk).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const desk = replyAtDesk('您好，碧波游泳馆前台', '储物柜钥匙丢了怎么办？');

describe('forbidden-words: a courtesy heard as a homophone is no referral', () => {
  it('the courtesy, as written and as heard, is clean', () => {
    for (const said of ['感谢您联系碧波游泳馆', '感写您联系碧波游泳馆', '谢写您联系碧波游泳馆', '稍等 我帮您问一下保安室', '稍等 我邦您问一下保安室']) {
      expect(desk.forbidden(said), said).toBe(false);
    }
  });

  it('the referral to the customer with no help still counts', () => {
    for (const said of ['您联系保安室吧', '您自己问一下保安室吧', '那您去问问保安室']) {
      expect(desk.forbidden(said), said).toBe(true);
    }
  });
});
