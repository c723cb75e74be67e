/**
 * The norms checks on vocabularies from practice: 忌语 by construction family with their look-alikes,
 * staff ids and closings in the forms agents really use (split from norms.test.ts, the basics).
 */
import { describe, expect, it } from 'vitest';
import { agentId, closing, forbiddenWords, greeting } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

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
    for (const said of ['您好，工号1023为您服务', '您好，1023号客服为您服务', '您好，编号幺零二三', '您好，我是13号客服', '您好，客服代表小李很高兴为您服务', '您好，我的工号是二八', '您好，我是您的专属客服婷婷']) {
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
    for (const said of ['您好，18号为您服务', '您好，3018为您服务', '您好，客服1023很高兴为您服务', '您好，我是客服Amy', '您好，我是王芳，请问有什么可以帮您', '您好，客服专员李明为您服务', '您好，我是畅联通信的小张，请讲', '您好，小李为您服务', '您好，服务号2231']) {
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
    for (const said of ['您好，我是客服部的李娜', '您好，张丽为您服务', '您好，我是售后服务部的张师傅', '您好，坐席23号', '您好，我是欧阳娜娜', '您好，工号：A0312', '您好，欢迎致电，我是28号服务员', '您好，我是营业员小周', '你好，我这边是客服美美', '您好，在线客服悦悦为您解答', '您好，我是护士站的王护士']) {
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
    for (const said of ['好的，那就这样，您先忙', '好的，请您先挂机', '好的，祝您晚安', '那您早点休息', '好的，回头联系', '好的，先这样，拜', '感谢您的耐心等待和配合', '好的，谢谢您']) {
      expect(only(closing(agentSays('好的', said), S, rubric)).pass, said).toBe(true);
    }
    // an offer to call again alone (后续有问题您随时再找我) thanks, wishes and takes leave of no one (phrases-a's convention, f-val agrees)
    for (const said of ['感谢您的耐心等待', '请您先不要挂机', '好的，后续您关注一下进度', '有用药疑问的话药师会联系你，你也可以随时咨询', '后续有问题您随时再找我']) {
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
