/**
 * empathy, round 5 (issue 10 item 2): each grievance is accounted for. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
/** A first complaint acknowledged, a bare answer, then `later` and the agent's `reply`. */
const afterAcknowledged = (later: string, reply: string, voice = false) =>
  only(
    empathy(
      (voice ? call : chat)([
        ['agent', '您好，客服小周为您服务', 500],
        ['customer', '快递丢了三天都没人管，太过分了', 1000],
        ['agent', '真的很抱歉让您着急了，我马上帮您查', 2000],
        ['customer', '嗯', 3000],
        ['agent', '查到了，包裹在中转站滞留', 4000],
        ['customer', later, 5000],
        ['agent', reply, 6000],
        ['agent', '还有别的需要吗', 7000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('empathy: a later grievance said as a statement needs its own acknowledgement', () => {
  it('statements fail without one, in chat and in an unpunctuated call', () => {
    for (const later of ['你们这个流程真是太麻烦了', '这样处理，不太合理吧']) {
      expect(afterAcknowledged(later, '按流程走就是这样'), later).toBe(false);
      expect(afterAcknowledged(later, '按流程走就是这样', true), later).toBe(false);
    }
  });

  it('statements pass with one', () => {
    expect(afterAcknowledged('你们这个流程真是太麻烦了', '确实挺折腾的，给您添麻烦了')).toBe(true);
  });

  it('a loaded question is left to the first acknowledgement', () => {
    for (const later of ['中转站到底是怎么回事？', '丢了的话谁赔？', '你们是不是又搞错了']) {
      expect(afterAcknowledged(later, '滞留件明天转出，丢失按保价赔付'), later).toBe(true);
    }
  });
});

describe('empathy: 就是说 run into 好的 is no promise recalled', () => {
  it('a wrap-up after 就是说 is no complaint', () => {
    const f = only(
      empathy(
        chat([
          ['agent', '您好，请讲', 500],
          ['customer', '我想问下会员怎么续费', 1000],
          ['agent', '在App里点我的-会员就能续', 2000],
          ['customer', '就是说好的，没有别的了', 3000],
          ['agent', '好的，祝您生活愉快', 4000],
        ]),
        S,
        rubric,
      ),
    );
    expect(f.pass).toBe('na');
  });
});

/** The verdict after a bare reply: false when `said` is a complaint, 'na' when it is none. */
const bare = (said: string) =>
  only(
    empathy(
      chat([
        ['agent', '您好，请问有什么可以帮您', 1000],
        ['customer', said, 2000],
        ['agent', '好的，请提供一下您的账号', 3000],
        ['agent', '我这边登记一下', 4000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('empathy: effort and repetition over time', () => {
  it('a span spent, got through at last, booked again and again, waited long enough, nobody told me', () => {
    for (const said of [
      '这个报销单我填了两天都没填对',
      '查了一下午资料也没查到',
      '拨了一上午热线都占线，好不容易才接通',
      '维修我预约了四次，次次都改期',
      '又要等？我都等得够久了',
      '停水了事先也没人通知一声',
    ]) {
      expect(bare(said), said).toBe(false);
    }
  });

  it('look-alikes: it worked in the end, a single booking, a short wait, somebody did tell', () => {
    for (const said of ['我试了两次就好了，想问下发票', '我约了一次上门，想改个时间', '等得不久，就是想问下进度', '有人通知我了，我想确认下时间']) {
      expect(bare(said), said).toBe('na');
    }
  });
});

describe('empathy: hardship and stakes for the customer', () => {
  it('a consequence, a deadline with the demand it forces, someone pressing, a vulnerable customer stuck, new and broken', () => {
    for (const said of [
      '证件要是补不出来，我签证就泡汤了',
      '我后天就出国了，这卡今天必须给我解冻',
      '房东天天催我交租，钱又转不出去',
      '我妈是退休老人，这个小程序她根本弄不明白',
      '刚买的热水器装好没几天就漏了',
    ]) {
      expect(bare(said), said).toBe(false);
    }
  });

  it('look-alikes: a trip mentioned, an elderly card asked about, a new thing asked about', () => {
    for (const said of ['我后天就出国了，想问下卡在国外能用吗', '老人卡怎么办理', '新买的冰箱怎么调温度', '工作日就能办吗']) {
      expect(bare(said), said).toBe('na');
    }
  });
});

describe('empathy: the process called unclear or tangled, stance by intensity', () => {
  it('unclear, tangled, V-to-death, 也太…了吧, intent imputed, a claim thrown back', () => {
    for (const said of [
      '你们合同里写得含含糊糊的',
      '这报销手续也太繁琐',
      '改个地址要跑三个窗口，麻烦死人了',
      '这个包装也太薄了吧',
      '退订按钮藏这么深，故意的吧',
      '你们宣传说包邮，结果呢？',
    ]) {
      expect(bare(said), said).toBe(false);
    }
  });

  it('look-alikes: a question about the procedure, praise, laughter, a result asked after', () => {
    for (const said of ['办这个流程复杂吗', '上次的师傅说得很清楚', '笑死我了，我想问下积分', '这速度也太快了吧，想问下发票', '体检结果出来了吗']) {
      expect(bare(said), said).toBe('na');
    }
  });
});

describe('empathy: acknowledgements in other words', () => {
  const complaint = '物业费涨了一倍，也太离谱了';
  const reply = (r: string) =>
    only(
      empathy(
        chat([
          ['agent', '您好，请讲', 500],
          ['customer', complaint, 1000],
          ['agent', r, 2000],
          ['agent', '请问您的房号是？', 3000],
        ]),
        S,
        rubric,
      ),
    ).pass;

  it('the feeling named then understood, heard, anyone would, in your place, hard to bear', () => {
    for (const r of ['您的难处我们都清楚，我先帮您查', '我听出来您挺上火的，我马上核实', '这事搁在谁身上，谁心里都不痛快', '换我也一样会着急', '白交这么多钱，这滋味确实不好受']) {
      expect(reply(r), r).toBe(true);
    }
  });

  it('look-alikes: the request understood, a handover, a question', () => {
    for (const r of ['我听明白了，您是问涨价依据', '换我来处理吧，您稍等', '这种感觉正常吗，您是说账单吗']) {
      expect(reply(r), r).toBe(false);
    }
  });
});

describe('empathy: more of the customer stance', () => {
  it('what kind of thing, done and still, worn out, tries failing, hours waited, daily hardship, distress, now you tell me, never said', () => {
    for (const said of [
      '预约了又取消，这算什么道理',
      '卡都注销了，为什么还在扣年费',
      '填表填得我手都酸了',
      '挂了一周的号都挂不上',
      '网页一直卡着，票总是抢不到',
      '昨天在窗口等了俩小时',
      '快递两天了还送不到',
      '我天天被催收电话骚扰',
      '孩子的证件丢了，我这几天提心吊胆的',
      '交完定金现在才告诉我没货',
      '中介当时根本没提有违章',
    ]) {
      expect(bare(said), said).toBe(false);
    }
  });

  it('look-alikes: a name asked, a progress question, a condition, asking to be told now', () => {
    for (const said of ['这个套餐叫什么名字', '都办了，想问下多久生效', '约不上的话能排队吗', '你现在告诉我吧，我记一下']) {
      expect(bare(said), said).toBe('na');
    }
  });
});

describe('empathy: an apology announcing a correction is no acknowledgement', () => {
  it('不好意思纠正一下 does not answer the complaint', () => {
    const f = only(
      empathy(
        chat([
          ['agent', '您好，请讲', 500],
          ['customer', '快递丢了三天都没人管，太过分了', 1000],
          ['agent', '我帮您看一下。不好意思纠正一下，是三个工作日内赔付', 2000],
          ['agent', '请问单号是？', 3000],
        ]),
        S,
        rubric,
      ),
    );
    expect(f.pass).toBe(false);
  });
});

describe('empathy: a double charge reported plainly is the business of the call', () => {
  it('plain reports and a question about the money are no complaint', () => {
    for (const said of ['我刷卡买了杯咖啡，被扣了两笔', '多收的钱什么时候退回来？']) expect(bare(said), said).toBe('na');
  });

  it('the same charge with the customer stance on it is one', () => {
    for (const said of ['莫名其妙又扣了我两次', '刷了两笔，这是怎么回事', '你们乱收我的钱']) expect(bare(said), said).toBe(false);
  });
});

describe('empathy: a complaint scenario, no complaint heard — the closing thanks acknowledges nothing', () => {
  const contact = (last: string) =>
    chat([
      ['agent', '您好，请讲', 500],
      ['customer', '我家网络从昨晚开始断断续续的', 1000],
      ['agent', '请问您的宽带账号是？', 2000],
      ['customer', '0571123456', 3000],
      ['agent', '已派单，师傅今天下午上门', 4000],
      ['customer', '好', 5000],
      ['agent', last, 6000],
    ]);
  const complaintScenario = scenario({ requires: { empathy: true } });

  it('辛苦您了 in the leave-taking does not count', () => {
    expect(only(empathy(contact('辛苦您了，再见'), complaintScenario, rubric)).pass).toBe(false);
  });

  it('an acknowledgement in the last turn without a leave-taking still does', () => {
    expect(only(empathy(contact('断网确实影响您的生活，给您添麻烦了'), complaintScenario, rubric)).pass).toBe(true);
  });
});
