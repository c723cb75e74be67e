/**
 * complaint (issue 10, round 6): grievances about the process by their shape — hard to reach, a duty not done put as
 * a rhetorical question to the company, a charge protested as "even this?", the promised visit never came, money
 * withheld with 都/一直, a contradiction with 明明, old age with an inability. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const complaintSeen = (said: string) => empathyAfter(said, '好的，我查一下', '请提供一下您的订单号') !== 'na';

describe('complaint: process grievances by their shape', () => {
  it('is a complaint', () => {
    for (const said of [
      '你们这个热线也太难打通了',
      '你们发货前都不核实一下地址吗',
      '我就晚了五分钟，这也要罚款？',
      '约的师傅到现在人影都没有',
      '说好十点上门，我等到现在',
      '装修尾款都半年了一直没结',
      '物业费去年拖了大半年才退',
      '我明明没下单，怎么扣了钱',
      '我爸八十多了看不懂这个界面',
      '你们不负责谁负责',
      '客服回复也太慢了',
      '我在线上等半天了',
      '说是十个工作日，可是已经十五个工作日了',
      '钥匙丢了，今晚进不了家门',
    ]) {
      expect(complaintSeen(said), said).toBe(true);
    }
  });

  it('a status, a question or a plain age is none', () => {
    for (const said of ['退款还没到账，想查一下', '这个难不难办', '你们发货前会核实地址吗', '我爸八十多了，想办张老年卡', '这也要带身份证吗', '不知道谁知道这个', '我等一下再打', '已经五个工作日了吗', '网站进不去了']) {
      expect(complaintSeen(said), said).toBe(false);
    }
  });
});
