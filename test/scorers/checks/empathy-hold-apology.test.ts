/**
 * empathy (round 13): the set apology for the hold just ended (不好意思让您久等了 / 抱歉让您等了一会儿 / 久等了) meets the
 * wait on the line, not the customer's grievance — unless the grievance is itself a wait, or the wait apologised for is
 * counted in days (the delay complained of). Also: the age read as hardship (八十多了不会用) needs 多/岁/了 after the
 * number, since by sound a bare 九十 is the filler 就是. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

describe('empathy: the hold apology', () => {
  const grievance = '我的快递被你们弄丢了，里面是给老人买的药，太气人了';
  it('acknowledges no other grievance', () => {
    for (const reply of ['不好意思让您久等了，运单号是多少？', '抱歉让您等了一会儿，运单号是多少？', '久等了，请报一下运单号', '对不起，刚刚让您等了一下，运单号是多少？'])
      expect(empathyAfter(grievance, reply, '好的，我查一下'), reply).toBe(false);
  });
  it('with an acknowledgement beside it, or to a grievance about waiting, it still counts', () => {
    expect(empathyAfter(grievance, '让您久等了，药弄丢了确实是我们的责任，运单号是多少？', '好的，我查一下')).toBe(true);
    expect(empathyAfter('排队排了四十分钟才接通，太气人了', '不好意思让您久等了，请问有什么可以帮您？', '好的')).toBe(true);
  });
  it('a wait counted in days is the delay itself', () => {
    expect(empathyAfter('说好三天寄到，现在还没到，太气人了', '抱歉让您久等了这么多天，运单号是多少？', '好的')).toBe(true);
  });
  it('a grievance about a delay (还没 / 迟迟 / N天了) is a wait: the plain apology names it', () => {
    for (const grievance of ['我的包裹五天了还没寄出来，到底怎么回事！', '维修师傅迟迟不上门，太耽误事了', '退款拖了一个礼拜，你们什么效率'])
      expect(empathyAfter(grievance, '非常抱歉让您久等了，我马上帮您催办。', '好的'), grievance).toBe(true);
  });
});

describe('complaint: an age as hardship', () => {
  it('a filler 就是 before a question is no age', () => {
    expect(empathyAfter('就是报名资料会不会被别人看到啊', '资料只用于审核，不会外传。', '还有别的问题吗')).toBe('na');
  });
  it('an age said as one still is', () => {
    expect(empathyAfter('我妈都八十多了不会用这个小程序，你们还非得线上办', '好的，线下也能办。', '还有别的问题吗')).toBe(false);
  });
});
