/**
 * Politeness beyond single phrases: the curt register (命令语 and clipped questions where practice asks
 * for 征询语 — 请讲 / 请问有什么可以帮您 / 请问还有其他可以帮您的吗), and rude 忌语 that a nearby 您 does
 * not soften. Wordings are our own, across trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { compileRubric, prepare, vocabHits } from '../../../scorers/context.js';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
// (agent lines 10 s apart: separate chat messages — round 23 reads bubbles a second apart as one message)
const agentSays = (...lines: string[]) => chat(lines.map((text, k) => ['agent', text, 1000 + k * 10000] as ['agent', string, number]));

/** The curtClauses hits (as said, not by sound) of one agent line. */
function curtIn(line: string): string[] {
  const t = prepare(agentSays(line)).agent[0]!;
  return vocabHits(compileRubric(rubric), 'curtClauses', t)
    .filter((h) => h.level === 'exact' || h.level === 'pattern')
    .map((h) => h.quote);
}

describe('curtClauses: the published service forms with 请/您/请问 stripped off', () => {
  it('finds bare commands, clipped questions and brush-off endings, punctuated or not', () => {
    for (const said of [
      '供暖服务热线，讲。',
      '您好，图书馆总服务台为您服务，说',
      '什么事？',
      '驾校客服什么事',
      '嗯。等一下。',
      '车牌号码报一下',
      '会员卡号。',
      '借书证号',
      '还有事吗？',
      '嗯还有吗',
      '在哪？',
      '滞纳金按天算，就这样。',
      '知道了。',
    ]) {
      expect(curtIn(said).length, said).toBeGreaterThan(0);
    }
  });

  it('leaves the courteous forms and look-alikes alone', () => {
    for (const said of [
      '您好，请讲。',
      '您请讲',
      '请问您有什么事吗？',
      '请问有什么事情需要帮忙',
      '麻烦您报一下车牌号码',
      '请您稍等一下',
      '请问还有其他可以帮您的吗？',
      '那就这样吧，祝您生活愉快',
      '我们这边就这样规定的，不过我可以帮您申请',
      '受理单号：SR20261205001，请您留存',
      '我给您说一下办理流程',
      '我先说一下注意事项',
      '这个号码是我们的值班电话',
    ]) {
      expect(curtIn(said), said).toEqual([]);
    }
  });
});

describe('politeness: the curt register', () => {
  it('fails an agent who says 您 now and then but keeps to bare commands (≥ curtRegisterMinTurns turns)', () => {
    const i = agentSays('供暖服务热线，讲。', '您是老城区的用户吧。户号。', '明天上午有人上门排查，就这样。', '还有事吗？', '麻烦您稍后给我的服务打个分。');
    const f = only(politeness(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.details).toMatchObject({ curtTurns: 4 });
    expect(f.reason).toContain('命令语');
    expect(f.evidence.length).toBe(4);
  });

  it('fails two curt turns that no courtesy word makes up for', () => {
    const i = agentSays('物业服务中心，什么事？', '您那栋楼明天上午停水，下午两点恢复。', '还有吗？', '嗯，再见。');
    const f = only(politeness(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.details).toMatchObject({ curtTurns: 2 });
  });

  it('passes two curt turns from an agent whose other turns are warm (请/麻烦/谢谢)', () => {
    const i = agentSays('驾校服务台，说吧，什么事？', '麻烦您提供一下学员的身份证号，谢谢', '好的，感谢您的耐心等待，科目二已经帮您约在周六上午', '还有事吗？', '感谢您的来电，再见');
    const f = only(politeness(i, S, rubric));
    expect(f.pass).toBe(true);
  });

  it('passes a plain-spoken but courteous agent (one lapse is not a register)', () => {
    const i = agentSays('您好，请讲', '好嘞，您说的是上周五那单吧', '知道了。', '已经帮您改到周日送达，您留意下短信哈', '请问还有其他需要吗');
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('counts a curt register on an unpunctuated call transcript', () => {
    const i = call([
      ['agent', '早上好自来水热线讲', 1000, 3000],
      ['customer', '我家水压很低', 4000, 6000],
      ['agent', '嗯 户号报一下', 7000, 8500],
      ['customer', '三零二一五', 9000, 10000],
      ['agent', '您那片管网在检修 下午恢复 就这样', 11000, 14000],
      ['agent', '还有事吗', 15000, 16000],
    ]);
    const f = only(politeness(i, S, rubric));
    expect(f.pass).toBe(false);
    expect((f.details as { curtTurns: number }).curtTurns).toBeGreaterThanOrEqual(3);
  });
});

describe('politeness: plain-spoken warmth in the 你 register', () => {
  it('passes a 你-speaking agent whose turns carry 好嘞 / a closing 哈', () => {
    const i = agentSays('你好，小区物业，你说', '好嘞，你家几号楼几单元？', '行，我让维修师傅下午过去看看哈', '好嘞，有事你再打过来哈');
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });
  it('still fails the bare 你 register (啦/呢 alone are no warmth)', () => {
    const i = agentSays('你好，小区物业，你说', '你家几号楼几单元？', '行，下午有人过去看看', '那就先这样啦');
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });
});

describe('politeness: rude 忌语 the nearby 您 does not soften', () => {
  it('a blame aimed at 你 is rude even right after 帮您 in an unpunctuated line', () => {
    const i = agentSays('您好，请问有什么可以帮您', '好的我帮您看一下谁叫你自己不看清楚就下单', '已经为您登记，谢谢');
    const f = only(politeness(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('谁叫你');
  });

  it('a 忌语 said with 您 in it stays a forbidden word only', () => {
    const i = agentSays('您好，请问有什么可以帮您', '好的，这个是您自己没注意到期时间', '已经为您登记，谢谢您');
    expect(only(forbiddenWords(i, S, rubric)).pass).toBe(false);
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('the impatient "what do you want" closed by its particle, without punctuation', () => {
    const i = agentSays('您好，请问有什么可以帮您', '不好意思那你到底想怎么样啊我们只能按流程走', '好的，谢谢您');
    expect(only(forbiddenWords(i, S, rubric)).pass).toBe(false);
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
    const ask = agentSays('您好，请问有什么可以帮您', '好的，您想怎么处理呢？可以退款也可以换货', '好的，谢谢您');
    expect(only(forbiddenWords(ask, S, rubric)).pass).toBe(true);
  });

  it('"有意见你就去投诉" dares the customer to complain; naming the complaint line does not', () => {
    const dare = only(forbiddenWords(agentSays('您好，请讲', '有意见你尽管去投诉', '再见'), S, rubric));
    expect(dare.pass).toBe(false);
    expect((dare.details as { categories: string[] }).categories).toContain('激将投诉');
    expect(only(forbiddenWords(agentSays('您好，请讲', '有意见您可以拨打投诉电话12315反映', '再见'), S, rubric)).pass).toBe(true);
  });

  it('"you ask me, how would I know" throws the question back: rude, and a forbidden word', () => {
    const i = agentSays('您好，请问有什么可以帮您', '保险公司怎么赔的你问我我哪知道', '好的，谢谢您');
    expect(only(forbiddenWords(i, S, rubric)).pass).toBe(false);
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
    const plain = agentSays('您好，请问有什么可以帮您', '这个具体赔付比例我不太清楚，我帮您问一下保险公司', '好的，谢谢您');
    expect(only(politeness(plain, S, rubric)).pass).toBe(true);
  });
});

describe('"already told you" to 你: rude as a reproach, a 忌语 only when said flatly', () => {
  const courteous = (line: string) => agentSays('您好，请问有什么可以帮您', '好的，请您稍等', line, '感谢您的来电，再见');
  it('the rhetorical question fails politeness too', () => {
    for (const said of ['上午不是跟你讲过了吗？挂号要提前一天', '我都跟你说了三遍了，你怎么还不懂']) {
      expect(only(politeness(courteous(said), S, rubric)).pass, said).toBe(false);
      expect(only(forbiddenWords(courteous(said), S, rubric)).pass, said).toBe(false);
    }
  });

  it('the flat statement in a courteous call fails forbidden-words only', () => {
    for (const said of ['这个之前跟你讲过好几遍了。挂号要提前一天', '前面都给你说了两次了，票价是八十']) {
      expect(only(forbiddenWords(courteous(said), S, rubric)).pass, said).toBe(false);
      expect(only(politeness(courteous(said), S, rubric)).pass, said).toBe(true);
    }
  });
});

describe('"别找我" sends the customer away: buck-passing, not impatience', () => {
  const courteous = (line: string) => agentSays('您好，请问有什么可以帮您', '好的，请您稍等', line, '感谢您的来电，再见');
  it('is a 推诿 忌语, and in a courteous call fails forbidden-words only', () => {
    const said = '押金的事你去问财务，别找我们了';
    const f = only(forbiddenWords(courteous(said), S, rubric));
    expect(f.pass).toBe(false);
    expect((f.details as { categories: string[] }).categories).toContain('推诿');
    expect(only(politeness(courteous(said), S, rubric)).pass).toBe(true);
  });

  it('别烦我 / 别催我 stay impatience and fail politeness too', () => {
    for (const said of ['别催我了，正在查', '你别烦我了']) {
      expect(only(politeness(courteous(said), S, rubric)).pass, said).toBe(false);
    }
  });
});
