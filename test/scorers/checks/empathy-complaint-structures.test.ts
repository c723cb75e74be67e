/**
 * empathy (issue 10, round 4): complaints recognised by their structure — a rhetorical question put to the company,
 * its channels contradicting each other, consequences for the customer, blame and broken promises. Wordings are
 * our own; each family has look-alikes that voice no grievance.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

/** The verdict after a bare reply: false when the turn is a complaint, 'na' when it is not. */
const verdict = (said: string) => empathyAfter(said, '好的，请提供一下您的账号', '我这边登记一下');

describe('empathy: rhetorical questions and contradictions', () => {
  it('whom to believe, who could stand it, yes here and no there, by what right', () => {
    for (const said of [
      '短信说一个样，APP里又是一个样，我究竟该信谁的',
      '物业费年年涨，谁受得了',
      '网点说能办，热线又说办不了',
      '凭什么停我网，我又没欠费',
    ]) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('a document asked for, an offer to everyone, a repetition are none', () => {
    for (const said of ['凭什么证件可以领取包裹', '这个业务谁都可以办吗', '你说能办，麻烦又说一遍地址']) expect(verdict(said), said).toBe('na');
  });
});

describe('empathy: consequences, effort in vain, the span counted', () => {
  it('V得 + the customer + a feeling, tried for long with nothing, the same answer each time, hours gone', () => {
    for (const said of [
      '这停水搞得我们全家都没法做饭',
      '排了一上午还是没轮到',
      '每次都说在加急处理',
      '退款申请交了四次都说不符合',
      '这都过去五个小时了，师傅人呢',
      '都两个钟头了',
    ]) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('a feeling without a cause, effort that succeeded, thanks each time, a span asked are none', () => {
    for (const said of ['我研究了一下午终于弄好了', '每次都说谢谢你们', '都两个小时了吗？那我再等等', '孩子都三岁了能办卡吗']) {
      expect(verdict(said), said).toBe('na');
    }
  });
});

describe('empathy: blame laid on 你们, habits of the staff, broken arrangements', () => {
  it('each owes an acknowledgement', () => {
    for (const said of [
      '你们合同里压根没写要收这笔钱',
      '明明是你们自己算错的',
      '你们的快递员总是不接电话',
      '上回约好了周三装宽带，师傅没来',
      '客服说今天能到账，结果还是没有',
    ]) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('reassurance, a worry, a warning, the customer\'s own habit are none', () => {
    for (const said of ['你们根本不用担心我这边', '怕你们弄错，我把地址再发一遍', '我老是忘带卡，能用手机吗', '约好了明天来，师傅不来的话怎么联系']) {
      expect(verdict(said), said).toBe('na');
    }
  });
});

describe('empathy: where the customer paid is no payment withheld', () => {
  it('营业厅交 (by sound 停交) is none; withholding payment still is one', () => {
    expect(verdict('上周在营业厅交的现金')).toBe('na');
    expect(verdict('再不修好我就停交物业费')).toBe(false);
    expect(verdict('我要去营业厅投诉你们')).toBe(false);
  });
});

describe('empathy: effort said twice or for a whole span, a fix that did not last', () => {
  it('each owes an acknowledgement', () => {
    for (const said of ['改个密码改了一上午', '网上缴费页面一直报错，折腾了一早上', '上周才修好的空调，今天又不行了', '刚换的水泵又漏了']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('effort that ended well, a plain fault report are none', () => {
    for (const said of ['弄了一下午，终于好了，想问下发票怎么开', '上周修好的空调想加一个保养']) {
      expect(verdict(said), said).toBe('na');
    }
  });
});

describe('empathy: decline, disagreeing answers, contempt, absent staff, worse than before, a no ignored, anger told', () => {
  it('each owes an acknowledgement', () => {
    for (const said of [
      '你们的网速一天不如一天',
      '打了两次热线，答复都不一样',
      '这不是耍人玩吗',
      '什么破流程，要跑三个窗口',
      '电话响半天，你们的人都去哪了',
      '装了新路由器以后网速反而比以前慢',
      '我都说了好几遍不需要保险',
      '说真的我心里火气很大',
      '等了将近二十分钟才有人接',
      '在线客服问了半天一句有用的话都没有',
    ]) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('a question about differences, a broken parcel, better than before, a robot appliance are none', () => {
    for (const said of ['两个套餐的说法不一样吗', '包裹外箱什么破损都没有', '新系统用起来比以前方便', '我家扫地机器人的滤网在哪买']) {
      expect(verdict(said), said).toBe('na');
    }
  });
});

describe('empathy: effort failing again, time gone and the thing still not, then and now', () => {
  it('each owes an acknowledgement', () => {
    for (const said of [
      '找半天找不着你们的退订入口',
      '报销交了两个月了钱都没到',
      '当时销售讲得好好的包安装，现在装一次要两百',
      '这提示框弹得我头都大了',
      '你们是想赖掉这笔赔款吗',
    ]) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('a plan, a span with good news, a then-and-now without a promise are none', () => {
    for (const said of ['我找了半天终于找到了', '办了三个月了钱已经到了，谢谢', '当时是我自己选的套餐，现在想换个大点的']) {
      expect(verdict(said), said).toBe('na');
    }
  });
});

describe('empathy: left uninformed, pushed calls; a what-if about the other party', () => {
  it('each owes an acknowledgement', () => {
    for (const said of ['停气检修你们事先也不通知一声', '你们的营销电话天天打', '每天给我发推销短信']) expect(verdict(said), said).toBe(false);
  });

  it('a what-if, a customer\'s own routine, a 不用 are none', () => {
    for (const said of ['如果房东一直不退押金怎么办', '我天天打卡上班，周末能预约吗', '你们也不用说得这么细']) {
      expect(verdict(said), said).toBe('na');
    }
  });
});
