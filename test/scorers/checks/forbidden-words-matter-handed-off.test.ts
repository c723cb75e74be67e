/**
 * Round 20, forbidden-words 推诿: the customer's matter handed to another party as the reply — the topic with 的事 / 的问题 (or
 * what went wrong, 摔坏的), then 找 + the party, with or without 你/您 — sends them elsewhere with nothing. Offered (您可以找…),
 * found again (丢的找回来了), or pointing back to us (有问题的找我们就行) it is not. Wordings are our own (a furniture shop).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const desk = replyAtDesk('您好，木语家居售后，请问有什么可以帮您', '沙发腿断了，安装费能退吗？');

describe('the matter handed off to another party', () => {
  it('is 推诿', () => {
    for (const said of ['安装的事找上门的师傅说。', '运费的问题您找物流公司', '摔坏的找承运商，门店不负责', '退款的事情找你当时的导购去谈'])
      expect(desk.forbidden(said), said).toBe(true);
  });

  it('look-alikes stay clean', () => {
    for (const said of [
      '安装的事您可以找上门师傅确认，我把他的电话发您。',
      '丢的找回来了，明天给您送过去。',
      '有问题的找我们就行，我帮您登记。',
      '安装费可以退，三个工作日内原路返回。',
      '这件事的事主找到了吗？',
      '安装的事找上门的师傅，电话是4008001234。',
    ])
      expect(desk.forbidden(said), said).toBe(false);
  });
});
