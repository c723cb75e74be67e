/**
 * empathy: a complaint worded as a wait already spent or as tries that all failed (structural families, not
 * phrases). Wordings are our own; look-alikes (praise, a lesson number, a plain question) stay N/A.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const opening = (said: string, reply = '好的，请报一下手机号') =>
  only(
    empathy(
      chat([
        ['agent', '您好，请问有什么可以帮您', 1000],
        ['customer', said, 2000],
        ['agent', reply, 3000],
        ['agent', '请提供一下订单号', 4000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('empathy: waits and repeats the customer counts as a grievance', () => {
  it('a span spent and still not, stuck for days, tries that all failed: a bare reply fails', () => {
    for (const said of [
      '我等学位都一年了，还没排上',
      '报销单卡在财务那边五天了',
      '包裹寄了两回都没收到',
      '售后也不回，电话也打不进去',
      '楼道灯坏了你们也不管管',
      '当时讲得好好的七天到账',
      '物流又把问题推给商家',
      '这回别再糊弄我了',
      '这已经是第三次寄错货',
      '这是我第二次碰到这种情况',
      '每次都卡着不给过 真气人 气人',
    ]) {
      expect(opening(said), said).toBe(false);
    }
  });

  it('the same wordings answered with an apology pass', () => {
    expect(opening('我等学位都一年了，还没排上', '真抱歉让您等了这么久')).toBe(true);
    expect(opening('包裹寄了两回都没收到', '非常抱歉给您添麻烦了')).toBe(true);
  });

  it('look-alikes: praise, a lesson number, a plain question, a counted try that went fine', () => {
    for (const said of [
      '这个热水器用了三年了，还没坏过',
      '试了两次都没问题，就是想确认一下',
      '路由器重启了好几次都不行',
      '你们也不回收旧电池吗',
      '孩子已经是第二次课了，想问下教材',
      '第二次缴费在哪里缴',
      '这个电影一点都不气人，挺好笑的',
    ]) {
      expect(opening(said), said).toBe('na');
    }
  });
});

describe('empathy: protests the customer makes without a grievance word', () => {
  it('凭什么啊 / 又不是我的错 / 会不会办事 / 真是服了 / 还拖着不给 / 都约好了又变 owe empathy', () => {
    for (const said of ['凭什么呀，我按时交了的', '这又不是我的问题', '你们究竟能不能办事', '页面一直转圈，真是服了', '押金还拖着不给退', '都定好了的又改时间']) {
      expect(opening(said), said).toBe(false);
    }
  });

  it('look-alikes: a question about the rule, a medicine taken, an arrangement confirmed', () => {
    for (const said of ['凭什么条件可以免年费', '我服了这药还要注意什么', '约好了就直接过去对吧']) {
      expect(opening(said), said).toBe('na');
    }
  });
});

describe('empathy: the customer\'s welfare treated lightly', () => {
  it('拿老人的安全开玩笑 / 把我们当儿戏 owe empathy; 开个玩笑 said by the customer does not', () => {
    for (const said of ['电梯三天两头停，这是拿老人的安全开玩笑', '你们把预约当儿戏吗']) expect(opening(said), said).toBe(false);
    expect(opening('刚才跟你开个玩笑，我想问下营业时间')).toBe('na');
  });
});
