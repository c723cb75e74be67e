/**
 * 忌语 construction families said as rhetorical questions, stances and dares (issue 10): wordings of our own in
 * trades no corpus covers (a gym, a ticket office, a school, a utility), with the look-alikes that share their words.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { agentReplies, forbiddenCategories, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (said: string) => agentReplies(said);
const categoriesOf = (said: string) => forbiddenCategories(said);
const isRude = (said: string) => only(politeness(agentSays(said), S, rubric)).pass === false;

function expectFamily(category: string, positives: string[], lookAlikes: string[]) {
  for (const said of positives) expect(categoriesOf(said), said).toContain(category);
  for (const said of lookAlikes) expect(categoriesOf(said), said).toEqual([]);
}

describe('指责客户: rhetorical questions aimed at the customer', () => {
  it('finds "you managed to get that wrong?", "can that be blamed on …", the fault assumed', () => {
    expectFamily(
      '指责客户',
      [
        '订单都能填错？付款前不仔细核对一下吗。',
        '你自己没绑好 摔了能怪商场吗',
        '自己不好好复习怎么能怪考官，不退。',
        '你报名的时候不看清楚规则的吗',
        '交不起你开什么会员啊',
        '你自己做了什么你心里没数吗？',
        '肯定是你把密码告诉别人了',
        '那是你自己把包装拆了吧',
        '这次延误，责任在你',
      ],
      [
        '这种表格谁都能填错，没关系，我帮您改',
        '怎么能怪您呢，是我们没提醒到位',
        '这不能怪您，系统确实有延迟',
        '是您自己把手机号改了吗？',
        '请问您下单的时候看到提示了吗',
        '责任不在您，我们会全额退款',
      ],
    );
  });

  it('is rude too when said as 你', () => {
    expect(isRude('健身卡都能办错？你报名的时候不看清楚的吗')).toBe(true);
  });
});

describe('激将投诉: dares in any verb', () => {
  it('finds the dare with its particle, "as you please", "nobody stops you", "try complaining"', () => {
    for (const said of [
      '那你去投诉吧 热线是幺二三幺五 随你',
      '不服你告我们啊',
      '想告就告，我们按合同办事',
      '我又没拦着你',
      '有本事你就去曝光',
      '觉得收费不对就去物价局告',
      '去教育局投诉试试',
      '嫌慢你可以去投诉',
      '曝光吧。',
      '你去举报我们也不怕',
    ])
      expect(categoriesOf(said), said).toContain('激将投诉');
    expect(categoriesOf('随便你投到哪儿都行')).not.toEqual([]);
  });

  it('leaves referrals to a channel and the agent filing it alone', () => {
    for (const said of [
      '您可以拨打12315投诉，我们也会配合调查',
      '如果对处理结果不满意，您可以向消协投诉',
      '我帮您投诉吧，这就给您登记',
      '请您告诉我订单号吧',
      '您觉得不方便的话就去营业厅办也可以',
      '线路负载很高，我们正在扩容',
    ])
      expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('讽刺挖苦: ironic praise and mock comparisons', () => {
  it('finds sneering praise with 可/倒/也 + 真/挺, said with 您 too, and is rude in any address', () => {
    const sneers = [
      '您可真会想，一百块住海景房',
      '三万？您这胃口可真不小',
      '你这电用得可真省啊',
      '您也是挺执着的，第六回了',
      '哟，您可真是第一个知道的',
      '发个快递都要我们负责，可真是厉害了',
      '您以为是取个快递呢',
      '刷两次卡就想白拿积分啊',
      '我又不是他秘书 自己打电话问',
    ];
    for (const said of sneers) expect(categoriesOf(said), said).toContain('讽刺挖苦');
    expect(isRude('您可真会想，一百块住海景房')).toBe(true);
  });

  it('leaves sincere praise and genuine questions alone', () => {
    for (const said of [
      '您可真细心，这个细节都注意到了',
      '您真大方，还给我们送锦旗',
      '那真是太厉害了，恭喜您考过了',
      '您以为是扣费了吗？其实是预授权',
      '我们不是中介，是平台客服',
      '您还真是幸运，刚好有一张退票',
    ])
      expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('命令训斥: lecturing and ordering the customer', () => {
  it('finds the order or the lecture, rude without 您', () => {
    for (const said of [
      '您听我讲 不要打断我',
      '先冷静了再说',
      '以后注意点，别再弄丢了',
      '你要学会自己看账单',
      '别什么都问我们，先看说明书',
      '照着做。',
      '把电源拔了再插上 听到没有',
      '今天之内必须交齐，否则后果自负',
      '别光怪别人，你们自己也要注意',
      '别在这乱嚷嚷',
      '你这态度我没法给你办',
    ])
      expect(categoriesOf(said), said).toContain('命令训斥');
    expect(isRude('你要学会自己看账单')).toBe(true);
  });

  it('leaves advice, soothing and connection checks alone', () => {
    for (const said of [
      '请不要点击陌生链接，以免被骗',
      '您下次注意一下哈，今天先帮您补办',
      '您先别着急，冷静一下我们再看看怎么处理',
      '喂您好能听到我说话吗',
      '您照着短信里的步骤操作就可以',
    ])
      expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('推诿: the customer sent elsewhere, in more words', () => {
  it('finds "our unit can\'t manage it", "not our department", "whoever did it", run-on referrals', () => {
    for (const said of [
      '门店是代理商开的，我们公司管不着。',
      '这个不是我们部门的 你重新拨一下总台',
      '维修的事你找售后，我们商城不管这个。',
      '谁装的你找谁去呗',
      '那是你们两家之间的事情啊',
      '成绩又不是我判的 我怎么知道',
      '这个你得去车管所问我们这办不了',
      '快递那边的问题我们处理不了',
      '退款请联系商家，我们只负责支付',
    ])
      expect(categoriesOf(said), said).toContain('推诿');
  });

  it('buck-passing alone is not rude; the indifferent 谁告诉你的你找谁去 still is', () => {
    expect(isRude('维修的事你找售后，我们商城不管这个。')).toBe(false);
    expect(isRude('谁告诉你的你找谁去')).toBe(true);
  });

  it('leaves "not ours, but I will help" and conditions for help alone', () => {
    for (const said of [
      '虽然不是我们部门的，但我帮您转接过去',
      '这个不是我们部门负责的，不过我可以帮您联系对接人',
      '这件事我们会负责到底',
      '我们管不了的话也会帮您上报',
      '我这就帮您联系售后',
    ])
      expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('不耐烦 / 已说过: impatience and "already said" stances', () => {
  it('finds the impatient family (rude) and "told you N times" (a 忌语; rude only as a reproach question)', () => {
    for (const said of [
      '你想清楚再约 别换来换去的',
      '快点说 我这边排着队呢',
      '我后面还有好多电话',
      '三十块 赶紧的我这还有事',
      '不能。下一个问题。',
      '唉 真麻烦 行吧 你报一下',
      '都驳回了还问啥',
      '地址是建设路八号 你记一下行不行',
      '我刚才说得够清楚了吧',
    ]) {
      expect(categoriesOf(said), said).toContain('不耐烦');
      expect(isRude(said), said).toBe(true);
    }
    expect(categoriesOf('我都跟你讲三遍了，周五截止')).toContain('已说过');
    expect(categoriesOf('上面不是已经发给你流程了吗')).toContain('已说过');
  });

  it('leaves queue information, 麻烦您, the check 我说得清楚吗 and a topic "next question" alone', () => {
    for (const said of [
      '您前面还有3位在排队，请稍候',
      '哎呀麻烦您再说一遍',
      '我说得清楚吗？有不明白的您再问我',
      '下一个问题是关于发票的，我一起帮您看',
      '好的，请您记一下，电话是123456',
      '您还想问什么呢？我都可以帮您查',
    ])
      expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('否定拒绝: the whole reply is the refusal', () => {
  it('finds a bare no, a no with only a brush-off, "no such service", "expired is expired" — a 忌语, not rude', () => {
    for (const said of [
      '不能。',
      '不退。',
      '押金不退。',
      '不送，自己去网点拿。',
      '我们没有这个服务。',
      '不行啊没这种规定',
      '不行 超了就是超了',
      '系统不支持，没法改。',
    ])
      expect(categoriesOf(said), said).toContain('否定拒绝');
    expect(isRude('不退。')).toBe(false);
  });

  it('leaves a no with its reason or a way round, and a topic non-answer, alone', () => {
    for (const said of [
      '不能，需要本人带身份证来办理',
      '不可以的，因为合同里约定了，不过您可以申请分期',
      '这个不退，但是可以帮您转成优惠券',
      '我们没有这个服务，不过可以帮您约附近的代收点',
      '不能单独退，得整单退',
      '我没法确认，帮您问一下',
      '这个我没法说。',
    ])
      expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('冷漠敷衍: tautologies, "put up with it", the dismissive 呗', () => {
  it('finds the brush-off family', () => {
    for (const said of [
      '已经在派送了 到了自然就到了',
      '没显示就没显示呗 不影响',
      '我们也没办法，忍忍吧。',
      '漏点水就拿个桶接着呗 这有啥',
      '没批就是材料不够呗',
      '这个说不准 等消息吧',
    ])
      expect(categoriesOf(said), said).toContain('冷漠敷衍');
  });

  it('leaves the warm 好呗, 明白 (呗 also reads bai) and genuine explanations alone', () => {
    for (const said of [
      '好呗，那我帮您登记一下',
      '您收到短信就可以了，不用管它',
      '这有什么区别呢？我给您解释一下',
      '您放心，快递到了会给您发短信',
      '不知道您方便留个电话吗，有消息就通知您',
      '就是明白。我来帮您看一下。',
      '这个就说明白了',
    ])
      expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('粗俗 / 激将 / 指责 / 命令 / 推诿: more of each family', () => {
  it('finds each in its category', () => {
    const cases: [string, string][] = [
      ['你急个屁啊 我这不正查着', '粗俗辱骂'],
      ['这都不会 蠢得要死', '粗俗辱骂'],
      ['不满意你可以去市场监管局投诉啊', '激将投诉'],
      ['你去投诉嘛', '激将投诉'],
      ['投诉我吧，我叫小李', '激将投诉'],
      ['肯定是你密码借给同学了', '指责客户'],
      ['你们家长也要注意点', '指责客户'],
      ['顾客别管厨房的事', '命令训斥'],
      ['我们马上下班了，明天再说吧', '推诿'],
    ];
    for (const [said, category] of cases) expect(categoriesOf(said), said).toContain(category);
    expect(isRude('我们马上下班了，明天再说吧')).toBe(false);
  });

  it('leaves the look-alikes alone (那 reads as 拿 by sound)', () => {
    for (const said of [
      '您可以去12315投诉，这是您的权利',
      '您放心，我们会帮您投诉到底',
      '屁股坐的位置不对',
      '一定是您那边网络波动了',
      '您也要注意安全哦',
      '不用管后面的事，我们来处理',
    ])
      expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('politeness: the reproach question is rude without 你; the flat count is not', () => {
  it('fails politeness on "how come you still don\'t get it" / "asked how many times"', () => {
    for (const said of ['怎么还不明白啊，就是在首页点续费。', '对对对，都问几遍了。', '刚才不是讲了吗，周三截止，讲几遍了。']) {
      expect(categoriesOf(said), said).toContain('不耐烦');
      expect(isRude(said), said).toBe(true);
    }
  });

  it('a flat count stays a 忌语 only; an offer to explain again is clean', () => {
    expect(categoriesOf('我已经说过3遍了，周三截止')).toContain('已说过');
    expect(isRude('我已经说过3遍了，周三截止')).toBe(false);
    for (const said of ['您是哪里还不明白呢？我再给您讲一遍', '我再说一遍哈，周三截止']) expect(categoriesOf(said), said).toEqual([]);
  });
});

describe('不耐烦: the brushing repeat; 讽刺挖苦: praise of the question', () => {
  it('finds 知道了知道了, a tripled yes alone, 问得真有水平', () => {
    expect(categoriesOf('嗯嗯知道了知道了 会有人去的')).toContain('不耐烦');
    expect(categoriesOf('行行行，还有别的吗？')).toContain('不耐烦');
    expect(categoriesOf('您这问题问得真有水平，门口有牌子')).toContain('讽刺挖苦');
  });

  it('leaves the listening doubles and sincere praise alone', () => {
    for (const said of ['好的好的，我帮您查一下', '明白明白，您稍等', '对对，就是这个', '您这个问题问得很好，我给您解释一下'])
      expect(categoriesOf(said), said).toEqual([]);
  });
});
