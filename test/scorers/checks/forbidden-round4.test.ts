/**
 * forbidden-words round 4 (carry-over, issue 10): structural rules read off one author's set and checked on the
 * sister set's figures before its contacts were read. Wordings of our own (a library, a bike-share, a moving
 * company, a heating office …), positives and the look-alikes each rule must leave clean.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenCategories, only } from '../helpers.js';

const categoriesOf = (said: string) => forbiddenCategories(said, '我想问一下这个怎么弄');

describe('推诿: "not within our scope" states the rule, the dismissal passes the buck', () => {
  it('passes the scope statement, with or without a way on', () => {
    for (const said of ['暖气管道入户以后的部分不在我们的维修范围', '这个问题不在我们这边的受理范围，您可以咨询社区', '押金抵扣不在我们这边的范围。']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
  it('still finds the dismissal in the same breath', () => {
    for (const said of ['这不归我们管', '搬家保险的事不关我们的事', '这不是我们部门的事，你找保险公司去']) {
      expect(categoriesOf(said), said).toContain('推诿');
    }
  });
});

describe("指责客户: the customer's past carelessness named as the cause, with the time or 也 between", () => {
  it('finds it with 当时 / 当初 / 下单时 and 也 / 就 / 都', () => {
    for (const said of ['你自己当时也不看仔细', '您当初就没问清楚', '你借书的时候都不检查一下', '你自己也不核对']) {
      expect(categoriesOf(said), said).toContain('指责客户');
    }
  });
  it('passes the check asked, the condition and the omission excused', () => {
    for (const said of ['您当时没收到短信吗', '您当时没核对的话也没关系，我帮您改', '您当时没注意到也很正常', '您自己也不用操作，我这边帮您办']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('不耐烦: hurrying the customer as a clause of its own, and others waiting behind them', () => {
  it('finds the bare 快 after an order, the rhetorical tag and the queue', () => {
    for (const said of ['把借书证号念过来，快', '你快点讲行不行', '赶紧的好不好', '后面还排着好多人呢', '后面还有一堆人在等着']) {
      expect(categoriesOf(said), said).toContain('不耐烦');
    }
  });
  it('passes speed promised, the agent hurrying itself and "later someone will"', () => {
    for (const said of ['快的话明天就能送到', '很快，大概十分钟', '快，我马上帮您转', '好的，快了，师傅已经在路上', '后面会有专员跟您联系', '后面还有人会跟您确认时间']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('讽刺挖苦 / 粗俗辱骂: lateness mocked, the ironic title, the vulgar "what rubbish"', () => {
  it('finds them', () => {
    expect(categoriesOf('哟，你这会儿才来问啊')).toContain('讽刺挖苦');
    expect(categoriesOf('您可真是个大人物，电话都打不通')).toContain('讽刺挖苦');
    expect(categoriesOf('贵人多忘事嘛')).toContain('讽刺挖苦');
    expect(categoriesOf('你寄回来的是啥玩意')).toContain('粗俗辱骂');
  });
  it("passes the agent's own lateness, the check asked and the reassurance", () => {
    for (const said of ['我现在才看到您的留言，抱歉', '您现在才收到短信吗', '您现在才想起来也没关系，还来得及', '系统现在才更新出来']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('否定拒绝 look-alikes: the not-knowing that names its topic or asks, the modal "can\'t answer"', () => {
  it('passes the topic named before or after, the polite "I wonder" and 没办法 + answering', () => {
    for (const said of ['搬运费能不能减我也不知道。', '续借几次我不清楚。', '不确定要多久。', '这个不知道哈。', '您别急，不知道具体是哪个柜子打不开？', '这个我没办法答复您。']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
  it('still finds the bare no and the brush-off', () => {
    for (const said of ['没办法。', '我也不知道，反正平台就这样', '这个不知道，反正平台就这样', '没办法，规定就是这样']) {
      expect(categoriesOf(said), said).toContain('否定拒绝');
    }
  });
});

describe('命令训斥 look-alike: "don\'t worry, let me explain" soothes', () => {
  it('passes the calming clause before 先听我说, and still finds the order that cuts the customer off', () => {
    for (const said of ['您先别着急，先听我说，押金明天原路退回', '放心 先听我解释 费用不会多收']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
    for (const said of ['你先听我讲完', '先听我讲。']) {
      expect(categoriesOf(said), said).toContain('命令训斥');
    }
  });
});

describe('指责客户 by sound: the supply back on at a time is no 赖谁', () => {
  it('passes 左右来水 / 才能来水 and still finds 赖谁', () => {
    for (const said of ['管网修好后晚上八点左右来水', '管道换好明天才能来水']) expect(categoriesOf(said), said).toEqual([]);
    expect(categoriesOf('这能赖谁呢')).toContain('指责客户');
  });
});

describe('推诿: "we don\'t do that here" closing the clause, unless help follows', () => {
  it('finds our side declining the business itself', () => {
    for (const said of ['这个你得自己去服务厅，我们热线这边不办。', '我们这里不受理']) expect(categoriesOf(said), said).toContain('推诿');
  });
  it('passes the referral with help, a condition, and what we do not charge', () => {
    for (const said of ['我们这边不办理，不过我帮您预约服务厅', '我们这边不办理的话您可以去服务厅', '我们这边不收手续费', '我们线上这边不受理，您可以到柜台，我把地址发您']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('否定拒绝: the rule pointed at instead of explained', () => {
  it('finds 规定摆在那儿 closing the matter, passes it with the reading offered or the rule explained', () => {
    for (const said of ['改不了，制度摆在那儿。', '这个答不上来 改不了 制度摆在那儿']) expect(categoriesOf(said), said).toContain('否定拒绝');
    for (const said of ['规定摆在那里，我给您念一下：逾期三天内免滞纳金', '规定摆在这，您看第三条：押金七个工作日内退回']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('激将投诉: the complaint echoed back with the customer named between', () => {
  it('finds 想投诉你就去投诉 / 要告您就去告, passes the channel offered', () => {
    for (const said of ['想投诉你就去投诉，无所谓。', '要举报您就去举报']) expect(categoriesOf(said), said).toContain('激将投诉');
    expect(categoriesOf('如果您想投诉，您可以拨打12345，我也帮您登记')).toEqual([]);
  });
});

describe('冷漠敷衍: the matter put off to "some other time"', () => {
  it('finds 有事再说 mid-contact, passes the closing offer and the casual leave-taking', () => {
    for (const said of ['那就有事再说。', '那有啥事再讲吧']) expect(categoriesOf(said), said).toContain('冷漠敷衍');
    for (const said of ['有问题您随时联系我们', '有事再打过来，祝您生活愉快', '好，那有事再说，拜拜']) expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('指责客户: the past omission with 自己 after the time, and saying / writing it unclearly', () => {
  it('finds them, passes the condition and the agent taking the check over', () => {
    for (const said of ['借书的时候自己不看清楚', '那你当时也没说清楚门牌号']) expect(categoriesOf(said), said).toContain('指责客户');
    for (const said of ['您当时没说清楚的话，我帮您补登记', '您自己不用核对，我这边核对过了']) expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('否定拒绝 look-alikes: a longer topic before the not-knowing, 没办法确认', () => {
  it('passes them, still finds the topic with a brush-off after it', () => {
    for (const said of ['不好意思，这个下季度的课表我这边确实不清楚', '抱歉，这批货的库存我这边暂时看不到，没办法确认。']) expect(categoriesOf(said), said).toEqual([]);
    expect(categoriesOf('这个续费的事我不清楚，反正平台就这样')).toContain('否定拒绝');
  });
});

describe('讽刺挖苦 / 激将投诉: rhetorical markers of irony and the escalation belittled', () => {
  it('finds 才怪 / 才奇怪呢, the exclaimed "who do you think you are", "just try it and you\'d know", 打了也是转回我们', () => {
    for (const said of ['这么旧的路由器不掉线才怪', '普通会员又不是黑卡，您以为是老板啊', '您试试不就知道了嘛']) {
      expect(categoriesOf(said), said).toContain('讽刺挖苦');
    }
    expect(categoriesOf('你举报吧 举报了也是转回我们这儿')).toContain('激将投诉');
  });
  it('passes the genuine question and the reassurance with help', () => {
    for (const said of ['您以为是周末也营业吗？其实周末休息', '您打了也是我们这边接，我现在就帮您处理']) expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('敷衍答复: the fault guessed onto the customer, "read the rules then"', () => {
  it('finds them with nothing checked or said after', () => {
    for (const said of ['嗯 估计是你家路由器的问题吧', '看协议吧']) expect(categoriesOf(said), said).toContain('敷衍答复');
  });
  it('passes the guess followed by help and the page the agent has just sent', () => {
    for (const said of ['可能是您那边信号的问题吧，我帮您重新发一下', '您看下短信吧，我刚发给您了', '您可以看一下官网公告']) expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('否定拒绝: a no followed only by the order to pay on time', () => {
  it('finds 不可以，按时交。 and passes the no with its rule or its explanation', () => {
    expect(categoriesOf('不可以，按时缴。')).toContain('否定拒绝');
    for (const said of ['不可以，按规定要本人办理', '不行，按时还就不会有罚息，您放心']) expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('冷漠敷衍: 反正 before what the agent cannot see or do', () => {
  it('finds it, passes the condition with help', () => {
    expect(categoriesOf('反正已经报上去了，进度我们这边查不到。')).toContain('冷漠敷衍');
    expect(categoriesOf('反正您放心，我这边看不到的话会帮您再查')).toEqual([]);
  });
});

describe('否定拒绝 look-alike: the condition 不知道的话', () => {
  it('passes "if you don\'t know, I\'ll tell you", still finds the dismissive 不知道', () => {
    expect(categoriesOf('您不知道的话我告诉您，在首页点“我的”')).toEqual([]);
    expect(categoriesOf('不知道，反正就这样。')).toContain('否定拒绝');
  });
});
