import { describe, expect, it } from 'vitest';
import { agentId, closing, forbiddenWords, greeting, verification } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

describe('greeting', () => {
  it('passes when the first agent turn opens with a greeting', () => {
    const f = only(greeting(chat([['agent', '您好，欢迎致电某某银行，请问有什么可以帮您？', 2000]]), S, rubric));
    expect(f).toMatchObject({ pass: true, evidence: [{ turn: 0, quote: '您好' }] });
  });

  it('passes on ASR output without punctuation, after an IVR prompt', () => {
    const i = call([
      ['ivr', '欢迎致电请按一号键', 1000, 3000],
      ['agent', '你好很高兴为您服务', 9000, 11000],
    ]);
    expect(only(greeting(i, S, rubric))).toMatchObject({ pass: true, evidence: [{ turn: 1 }] });
  });

  it('fails without a greeting', () => {
    const f = only(greeting(chat([['agent', '什么事？', 2000]]), S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('没有使用问候语');
  });

  it('fails when the greeting comes too late in the turn', () => {
    const late = '请问您要办理什么业务，我这边可以帮您查询账户和办理补卡，您好';
    expect(only(greeting(chat([['agent', late, 2000]]), S, rubric)).pass).toBe(false);
  });

  it('is N/A when no agent ever spoke', () => {
    expect(only(greeting(chat([['customer', '有人吗', 2000]]), S, rubric)).pass).toBe('na');
  });
});

describe('agent-id', () => {
  it('passes on 工号 + digits', () => {
    const f = only(agentId(chat([['agent', '您好，工号1024为您服务', 2000]]), S, rubric));
    expect(f).toMatchObject({ pass: true, evidence: [{ quote: '工号1024' }] });
  });

  it('passes on the ASR homophone 公号 with the number said in Chinese', () => {
    const f = only(agentId(call([['agent', '您好 公号幺零二四 为您服务', 3000, 6000]]), S, rubric));
    expect(f.pass).toBe(true);
    expect(f.evidence[0]!.quote).toBe('公号幺零二四');
  });

  it('passes on a name introduction', () => {
    expect(only(agentId(chat([['agent', '您好，我是客服小王，很高兴为您服务', 2000]]), S, rubric)).pass).toBe(true);
    expect(only(agentId(chat([['agent', '您好，1024号客服为您服务', 2000]]), S, rubric)).pass).toBe(true);
  });

  it('fails when neither is given in the first agent turns', () => {
    const i = chat([
      ['agent', '您好，客服很高兴为您服务', 2000],
      ['customer', '我想补卡', 5000],
      ['agent', '好的，请问您的身份证号是多少', 8000],
      ['agent', '我是小王', 9000],
    ]);
    expect(only(agentId(i, S, rubric)).pass).toBe(false);
  });

  it('does not take 工号 without digits', () => {
    expect(only(agentId(chat([['agent', '您好，我的工号稍后告诉您', 2000]]), S, rubric)).pass).toBe(false);
  });
});

describe('closing', () => {
  it('passes when one of the last agent turns closes', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['customer', '谢谢', 5000],
      ['agent', '感谢您的来电，祝您生活愉快', 8000],
    ]);
    expect(only(closing(i, S, rubric))).toMatchObject({ pass: true, evidence: [{ turn: 2 }] });
  });

  it('fails when the conversation just stops', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['customer', '补卡多少钱', 5000],
      ['agent', '二十元', 8000],
    ]);
    expect(only(closing(i, S, rubric)).pass).toBe(false);
  });

  it('only looks at the last agent turns', () => {
    const i = chat([
      ['agent', '您好，再见', 1000],
      ['agent', '补卡二十元', 3000],
      ['agent', '七个工作日到', 4000],
      ['agent', '寄到家里', 5000],
    ]);
    expect(only(closing(i, S, rubric)).pass).toBe(false);
  });
});

describe('forbidden-words', () => {
  it('passes a clean transcript', () => {
    expect(only(forbiddenWords(chat([['agent', '您好，请问有什么可以帮您', 1000]]), S, rubric))).toMatchObject({ pass: true, deduct: 0 });
  });

  it('reports every occurrence as evidence and deducts per occurrence', () => {
    const i = chat([
      ['agent', '不知道，这不归我管', 1000],
      ['customer', '那我找谁', 3000],
      ['agent', '你自己查吧，不知道', 5000],
    ]);
    const f = only(forbiddenWords(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.deduct).toBe(4);
    expect(f.evidence.map((e) => e.quote)).toEqual(['不知道', '不归我管', '你自己查吧', '不知道']);
  });

  it('does not flag the polite 不知道您… question', () => {
    expect(only(forbiddenWords(chat([['agent', '不知道您现在方便吗？', 1000]]), S, rubric)).pass).toBe(true);
  });

  it('still flags 不知道 when punctuation separates it from 你', () => {
    expect(only(forbiddenWords(chat([['agent', '不知道，你去网点问吧', 1000]]), S, rubric)).pass).toBe(false);
  });

  it('catches a homophone spelling from ASR', () => {
    expect(only(forbiddenWords(call([['agent', '这部归我管', 1000, 2000]]), S, rubric)).pass).toBe(false);
  });
});

describe('verification', () => {
  const needs = scenario({ requires: { verification: true }, facts: [{ key: 'balance', label: '余额', expected: '3000元' }] });

  it('is N/A unless the scenario requires it', () => {
    expect(only(verification(chat([['agent', '您好', 1000]]), S, rubric)).pass).toBe('na');
  });

  it('passes when identity is checked before account information', () => {
    const i = chat([
      ['agent', '您好，请提供身份证后四位核实一下身份', 1000],
      ['customer', '1234', 5000],
      ['agent', '您的余额为三千元', 8000],
    ]);
    expect(only(verification(i, needs, rubric)).pass).toBe(true);
  });

  it('fails when account information comes first', () => {
    const i = chat([
      ['agent', '您的余额为三千元', 1000],
      ['agent', '请提供一下身份证后四位', 3000],
    ]);
    const f = only(verification(i, needs, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('之前就透露');
  });

  it('an ID card merely mentioned asks nothing; in one turn, acting first and asking after fails', () => {
    const acted = chat([
      ['customer', '我卡丢了，帮我冻结一下', 500],
      ['agent', '已经帮您把这张卡挂失了，请您带身份证到网点补卡', 1000],
    ]);
    expect(only(verification(acted, needs, rubric)).pass).toBe(false);
    const askedFirst = chat([['agent', '请您提供一下身份证号码后四位，核实后已经帮您把这张卡挂失了', 1000]]);
    expect(only(verification(askedFirst, needs, rubric)).pass).toBe(true);
  });

  it('a warning not to share the code asks for nothing', () => {
    const i = chat([['agent', '您的余额为三千元，请勿向任何人透露验证码', 1000]]);
    expect(only(verification(i, needs, rubric)).pass).toBe(false);
  });

  it('identity asked in other words: 机主本人, 户主姓名, 预留手机号', () => {
    for (const said of ['请问您是机主本人吗？', '麻烦报一下户主的姓名', '请说一下开户时预留的手机号']) {
      const i = chat([['agent', said, 1000], ['customer', '是的', 2000], ['agent', '您的余额为三千元', 3000]]);
      expect(only(verification(i, needs, rubric)).pass, said).toBe(true);
    }
  });

  it('identity asked by structure: any holder (车主, 业主, 学员), 本人 in any question, data left with us, birth date', () => {
    for (const said of ['您的车牌号和车主姓名是', '请问您是学员本人还是家长', '请您说一下预留在我们这里的手机号', '请告诉我您的出生年月', '请问您的工作单位和身份证号码']) {
      const i = chat([['agent', said, 1000], ['customer', '是的', 2000], ['agent', '您的余额为三千元', 3000]]);
      expect(only(verification(i, needs, rubric)).pass, said).toBe(true);
    }
  });

  it('account objects of other domains disclosed before any check fail; asking for their number discloses nothing', () => {
    for (const said of ['您这个订单已经发货了', '您的检查报告已经出来了', '您家这个月的电费是320元', '我已经帮您把航班改到明天了']) {
      const i = chat([['agent', said, 1000], ['agent', '请问您是机主本人吗', 3000]]);
      expect(only(verification(i, needs, rubric)).pass, said).toBe(false);
    }
    for (const said of ['您的订单号是多少', '为了您的账户安全请您报一下身份证号码后六位']) {
      const i = chat([['agent', said, 1000], ['agent', '请问您是机主本人吗', 3000]]);
      expect(only(verification(i, needs, rubric)).pass, said).toBe(true);
    }
  });

  it('fails when never asked', () => {
    expect(only(verification(chat([['agent', '好的，帮您办理了', 1000]]), needs, rubric)).pass).toBe(false);
  });
});

describe('vocabularies from practice: constructions, look-alikes and real forms', () => {
  const S = scenario();
  const agentSays = (...lines: string[]) => chat(lines.map((text, k) => ['agent', text, 1000 + k * 1000] as ['agent', string, number]));

  it('forbidden-words finds 忌语 worded differently from any fixed phrase, by category', () => {
    for (const said of ['您自己到营业厅问吧', '找我也没用', '这个不归我们部门管', '我已经跟你说了三遍了', '吵有什么用', '爱办不办']) {
      const f = only(forbiddenWords(agentSays(said), S, rubric));
      expect(f.pass, said).toBe(false);
      expect((f.details as { categories: string[] }).categories.length, said).toBe(1);
    }
  });

  it('forbidden-words leaves polite look-alikes alone', () => {
    for (const said of ['如有不清楚的地方请随时联系我们', '不知道您方便吗', '这个我帮您确认一下', '您也可以自己在手机银行上查询', '很抱歉，这个目前没办法给您准确答复']) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });

  it('agent-id accepts the forms agents use', () => {
    for (const said of ['您好，工号1023为您服务', '您好，1023号客服为您服务', '您好，编号幺零二三', '您好，我是3号客服', '您好，客服代表小李很高兴为您服务', '您好，我的工号是二八', '您好，我是您的专属客服婷婷']) {
      expect(only(agentId(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });

  it('forbidden-words: published 忌语 categories in wordings no list spells out', () => {
    const cases: [string, string][] = [
      ['这是物业的事，跟我们没关系', '推诿'],
      ['你找谁都没用', '推诿'],
      ['你能不能快点说', '不耐烦'],
      ['我后面还有很多电话要接', '不耐烦'],
      ['要我说几遍', '已说过'],
      ['那是你自己操作的问题', '指责客户'],
      ['都是你自己填错了', '指责客户'],
      ['你当时怎么不问清楚', '指责客户'],
      ['不行。', '否定拒绝'],
      ['你自己看着办吧', '冷漠敷衍'],
      ['你先听我说', '命令训斥'],
      ['这是常识', '讽刺挖苦'],
      ['爱去哪告就去哪告', '激将投诉'],
    ];
    for (const [said, category] of cases) {
      const f = only(forbiddenWords(agentSays(said), S, rubric));
      expect(f.pass, said).toBe(false);
      expect((f.details as { categories: string[] }).categories, said).toContain(category);
    }
  });

  it('forbidden-words keeps the look-alikes of the new constructions', () => {
    for (const said of ['这种情况换谁都会不舒服', '没关系的，这不是您的问题', '不行的话您可以再来电', '很抱歉，这个目前不行，我帮您转人工', '我帮您联系物业处理', '不好意思麻烦您再说一遍', '我再跟您说一遍', '是不是填错了呢', '不可以的，需要本人来办理', '这一块不是我负责，但我可以帮您问清楚', '这个没办法直接退，不过可以走申诉']) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });

  it('forbidden-words: construction families (who + dismissive verb + object), not fixed strings', () => {
    const cases: [string, string][] = [
      ['这个你得去问银行，我们这边管不着', '推诿'],
      ['这个问题你去营业厅问', '推诿'],
      ['那是另一个部门的事', '推诿'],
      ['我只是个客服，这个我决定不了', '推诿'],
      ['这事儿你问错人了', '推诿'],
      ['你到底办不办', '不耐烦'],
      ['我这边很忙，长话短说', '不耐烦'],
      ['这点小事也要打电话', '不耐烦'],
      ['同样的问题你问几遍了', '已说过'],
      ['要不是你乱操作也不会这样', '指责客户'],
      ['你自己没填对还来问我们', '指责客户'],
      ['不能退就是不能退', '否定拒绝'],
      ['懒得跟你说', '冷漠敷衍'],
      ['你爱找谁找谁去', '冷漠敷衍'],
      ['照我说的去做', '命令训斥'],
      ['这还用问吗', '讽刺挖苦'],
      ['你自己看App不就行了', '讽刺挖苦'],
      ['你想投诉就投诉吧', '激将投诉'],
    ];
    for (const [said, category] of cases) {
      const f = only(forbiddenWords(agentSays(said), S, rubric));
      expect(f.pass, said).toBe(false);
      expect((f.details as { categories: string[] }).categories, said).toContain(category);
    }
  });

  it('forbidden-words: more families — take it or leave it, prohibiting the customer\'s conduct, challenges, blame by structure', () => {
    const cases: [string, string][] = [
      ['嫌贵你可以不办啊', '冷漠敷衍'],
      ['不想等就别等', '冷漠敷衍'],
      ['我没义务回答你', '冷漠敷衍'],
      ['你别跟我吵', '不耐烦'],
      ['那你想让我怎么办', '不耐烦'],
      ['我说不行就不行', '否定拒绝'],
      ['这个就是你的问题', '指责客户'],
      ['是你没按要求操作', '指责客户'],
      ['有本事你就去投诉', '激将投诉'],
      ['你是不是没长耳朵', '讽刺挖苦'],
      ['这不明摆着的吗', '讽刺挖苦'],
    ];
    for (const [said, category] of cases) {
      const f = only(forbiddenWords(agentSays(said), S, rubric));
      expect(f.pass, said).toBe(false);
      expect((f.details as { categories: string[] }).categories, said).toContain(category);
    }
    for (const said of ['如果不需要的话可以不办理', '不想等的话您也可以选择上门自取', '您先别着急，我来帮您看看', '请不要点击陌生链接', '不好意思，我这边确实不知道具体时间，我帮您问一下', '如果您有意见，可以拨打投诉热线反映']) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });

  it('forbidden-words keeps the look-alikes of the construction families', () => {
    for (const said of [
      '这个问题不属于我们的服务范围，不过我可以帮您转接到银行',
      '您可以拨打银行的客服电话95588咨询，他们会更清楚',
      '这个需要找物业处理，我把物业的电话发给您',
      '您说的情况我了解了，这确实不是您的责任',
      '这个没办法线上办，需要您带身份证去营业厅',
      '这个问题我帮您问一下同事',
      '请您听我说一下具体的流程',
      '您自己在家就能办，打开APP点补办就可以',
    ]) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });

  it('agent-id accepts staff numbers and names in other service forms', () => {
    for (const said of ['您好，8号为您服务', '您好，3018为您服务', '您好，客服1023很高兴为您服务', '您好，我是客服Amy', '您好，我是王芳，请问有什么可以帮您', '您好，客服专员李明为您服务', '您好，我是畅联通信的小张，请讲', '您好，小李为您服务', '您好，服务号2231']) {
      expect(only(agentId(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
    for (const said of ['您好，欢迎致电客服95588', '您好，很高兴为您服务', '您好，我是想跟您确认一下']) {
      expect(only(agentId(agentSays(said), S, rubric)).pass, said).toBe(false);
    }
  });

  it('agent-id: an id keyword that belongs to the customer or an object, or the line\'s own number, is no staff id', () => {
    const opening = '您好，客服热线，请问有什么可以帮您';
    for (const said of ['好的，您的订单编号是20231234对吗', '您的客户编号是8866321', '您的工单编号是GD20231201', '您的报修编号是3345', '好的，您的服务号码是13812345678', '好的，查到您的编号为A12345的申请']) {
      expect(only(agentId(agentSays(opening, said), S, rubric)).pass, said).toBe(false);
    }
    for (const said of ['您好，热线12366为您服务', '您好，是张先生吗，我是物业的']) {
      expect(only(agentId(agentSays(said), S, rubric)).pass, said).toBe(false);
    }
    for (const said of ['您好，我的编号是3021', '您好，我是值班经理刘洋', '很高兴为您服务，我的工号是1023']) {
      expect(only(agentId(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });

  it('agent-id: self-introductions by structure (unit 的 + role + name, a titled surname, a doubled nickname, role + number)', () => {
    for (const said of ['您好，我是客服部的李娜', '您好，张丽为您服务', '您好，我是售后服务部的张师傅', '您好，坐席3号', '您好，我是欧阳娜娜', '您好，工号：A0312', '您好，欢迎致电，我是8号服务员', '您好，我是营业员小周', '你好，我这边是客服美美', '您好，在线客服悦悦为您解答', '您好，我是护士站的王护士']) {
      expect(only(agentId(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
    // a role alone, a unit, or words that sound like a surname + name, name no one
    for (const said of ['您好，我是您的配送员', '您好，客服中心为您服务', '您好，我是客服小姐姐', '您好，我是工程师', '您好，欢迎来电，客服代表为您服务', '您好，马上为您服务', '您好，我这边是王府井店']) {
      expect(only(agentId(agentSays(said), S, rubric)).pass, said).toBe(false);
    }
  });

  it('closing accepts closings in other words, and is N/A when the customer left before the wrap-up', () => {
    expect(only(closing(agentSays('有问题随时再联系我们，祝您周末愉快'), S, rubric)).pass).toBe(true);
    const left = chat([
      ['agent', '您好，请问有什么可以帮您', 1000],
      ['customer', '我想开通国际漫游', 3000],
      ['agent', '已经帮您开通了', 6000],
      ['customer', '行吧，知道了', 9000],
    ]);
    expect(only(closing(left, S, rubric)).pass).toBe('na');
    const stayed = chat([...left.turns.map((t) => [t.speaker, t.text, t.startMs] as ['agent', string, number]), ['agent', '请问还有其他问题吗', 11000], ['customer', '没了，拜拜', 13000]]);
    expect(only(closing(stayed, S, rubric)).pass).toBe(false);
  });

  it('closing accepts phone leave-takings by function (you go ahead, hang up first, rest, talk later, a final thanks to 您)', () => {
    for (const said of ['好的，那就这样，您先忙', '好的，请您先挂机', '好的，祝您晚安', '那您早点休息', '好的，回头联系', '好的，先这样，拜', '感谢您的耐心等待和配合', '好的，谢谢您', '后续有问题您随时再找我']) {
      expect(only(closing(agentSays('好的', said), S, rubric)).pass, said).toBe(true);
    }
    for (const said of ['感谢您的耐心等待', '请您先不要挂机', '好的，后续您关注一下进度', '有用药疑问的话药师会联系你，你也可以随时咨询']) {
      expect(only(closing(agentSays('好的', said), S, rubric)).pass, said).toBe(false);
    }
  });

  it('closing is N/A when the customer hung up right after the answer, before any wrap-up; 很高兴为您服务 is no greeting', () => {
    const answered = chat([
      ['agent', '您好，客服小李为您服务', 1000],
      ['customer', '托运行李额是多少', 3000],
      ['agent', '国内航线经济舱免费托运行李额是二十公斤', 6000],
    ], { events: [{ type: 'page-loaded', atMs: 300 }, { type: 'ended', atMs: 9000, detail: { by: 'customer' } }] });
    expect(only(closing(answered, S, rubric)).pass).toBe('na');
    expect(only(greeting(agentSays('这里是省人民医院客服中心，很高兴为您服务'), S, rubric)).pass).toBe(false);
    expect(only(greeting(agentSays('您好，很高兴为您服务'), S, rubric)).pass).toBe(true);
  });

  it('closing accepts trade forms of thanks, wishes and goodbyes', () => {
    for (const said of ['感谢您选择我们的酒店，祝您入住愉快', '那就不打扰您了', '欢迎您下次乘坐', '谢谢您的配合']) {
      expect(only(closing(agentSays('好的', said), S, rubric)).pass, said).toBe(true);
    }
    expect(only(closing(agentSays('感谢您的耐心等待，已经查到了'), S, rubric)).pass).toBe(false);
    expect(only(closing(agentSays('好的，再会'), S, rubric)).pass).toBe(true);
    expect(only(closing(agentSays('可以在汇算清缴的时候补充填报'), S, rubric)).pass).toBe(false);
  });

  it('closing: after the wrap-up (survey invitation, or the customer has nothing more) a bare 好的 fails; a customer who walks off mid-topic leaves it N/A', () => {
    const wrapped = chat([
      ['agent', '已经帮您办好了，稍后请对我的服务进行评价', 1000],
      ['customer', '好。', 2000],
      ['agent', '嗯，行。', 3000],
      ['customer', '没了，谢谢。', 4000],
    ]);
    expect(only(closing(wrapped, S, rubric)).pass).toBe(false);
    const walkedOff = chat([
      ['agent', '可以在汇算清缴的时候补充填报', 1000],
      ['customer', '唉算了，我先挂了。', 2000],
    ]);
    expect(only(closing(walkedOff, S, rubric)).pass).toBe('na');
  });

  it('every finding of these checks carries a confidence and how it was matched', () => {
    const i = agentSays('您好，工号1023为您服务', '请稍等');
    for (const scorer of [greeting, agentId, closing, forbiddenWords]) {
      const f = only(scorer(i, S, rubric));
      expect(f.confidence, f.check).toBeGreaterThan(0);
      expect(f.confidence, f.check).toBeLessThanOrEqual(1);
      expect(f.matchKind, f.check).toBeDefined();
    }
    // absence on a low-confidence ASR transcript is less sure than on clean text
    const clean = only(closing(agentSays('好的'), S, rubric));
    const asr = call([['agent', '好的', 1000, 2000]]);
    asr.turns[0]!.confidence = 0.6;
    const unsure = only(closing(asr, S, rubric));
    expect(unsure.confidence!).toBeLessThan(clean.confidence!);
  });
});
