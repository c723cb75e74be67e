/**
 * complaint (round 13): what it cost the customer said in their own words — time or effort wasted, money felt thrown
 * away, a fright — a promise kept only late (说好…才来), the firm's craft sneered at (你们这什么手艺), and the head of the
 * place called for with the post named (叫你们值班经理) owe an acknowledgement. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

describe('complaint: consequences and late promises', () => {
  it('owe an acknowledgement', () => {
    for (const said of [
      '跑了三家网点都说办不了，白白浪费我的时间',
      '为了等你们装宽带我请了一天假，全白费了',
      '这个会员卡买得真冤，一次都没用上',
      '电梯突然往下掉，我们几个都吓坏了',
      '说好上午九点上门，结果下午三点才来',
      '墙刷完一个礼拜就起皮，你们这什么手艺',
      '叫你们值班经理来跟我说',
    ])
      expect(empathyAfter(said, '请您提供一下订单号。', '好的，我登记一下'), said).toBe(false);
  });
  it('are met by an acknowledgement', () => {
    expect(empathyAfter('说好上午九点上门，结果下午三点才来', '让您白等了大半天，真的很抱歉。', '好的，我登记一下')).toBe(true);
  });
  it('look-alikes stay clean', () => {
    for (const said of ['请问时间能不能改到下午？我怕浪费您的时间', '资料都填好了，不会白费吧？']) expect(empathyAfter(said, '可以的。', '还有别的问题吗'), said).toBe('na');
  });
});
