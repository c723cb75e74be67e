import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [
    { key: 'fee', label: '补卡手续费', expected: '20元', variants: ['二十块'], wrong: ['免费', '10元'], cues: ['补卡', '手续费', '费'] },
    { key: 'rate', label: '分期费率', expected: '百分之五', wrong: ['3%'] },
    { key: 'room', label: '网点房间号', expected: '108室' },
  ],
});

const byFact = (fs: ReturnType<typeof factAccuracy>) => Object.fromEntries(fs.map((f) => [f.details!.fact as string, f]));

describe('fact-accuracy', () => {
  it('passes every fact stated correctly, numerals written either way', () => {
    const i = chat([
      ['customer', '补卡多少钱', 1000],
      ['agent', '补卡手续费是二十元，分期费率5%，请到一百零八室办理', 5000],
    ]);
    const f = byFact(factAccuracy(i, S, rubric));
    expect(f.fee).toMatchObject({ pass: true, evidence: [{ quote: '二十元' }] });
    expect(f.rate).toMatchObject({ pass: true, evidence: [{ quote: '5%' }] });
    expect(f.room).toMatchObject({ pass: true, evidence: [{ quote: '一百零八室' }] });
  });

  it('passes ASR text without punctuation and with money said colloquially', () => {
    const i = call([
      ['customer', '补卡要多少钱', 1000, 2000],
      ['agent', '补卡的话手续费是二十块钱分期的费率是百分之五', 3000, 9000],
    ]);
    const f = byFact(factAccuracy(i, S, rubric));
    expect(f.fee!.pass).toBe(true);
    expect(f.rate!.pass).toBe(true);
    expect(f.room).toMatchObject({ pass: false });
    expect(f.room!.reason).toContain('没有告知');
  });

  it('fails a wrong value and says what was said', () => {
    const i = chat([
      ['customer', '补卡多少钱', 1000],
      ['agent', '补卡是免费的', 5000],
    ]);
    const f = byFact(factAccuracy(i, S, rubric)).fee!;
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('"免费"');
  });

  it('within one sentence, the value whose own clause names the fact wins (安装费100元，光猫免费提供)', () => {
    const install = scenario({ facts: [{ key: 'install-fee', label: '安装费', expected: '免费', variants: ['不收费'], wrong: ['100元'], cues: ['安装费', '装机费'] }] });
    const wrong = chat([
      ['customer', '安装要收费吗', 1000],
      ['agent', '安装费100元，光猫免费提供', 5000],
    ]);
    expect(factAccuracy(wrong, install, rubric)[0]).toMatchObject({ pass: false, evidence: [{ quote: '100元' }] });
    const right = chat([
      ['customer', '安装要收费吗', 1000],
      ['agent', '安装费的话，是免费的', 5000],
    ]);
    expect(factAccuracy(right, install, rubric)[0]!.pass).toBe(true);
  });

  it('does not take 120元 for 20元', () => {
    const i = chat([
      ['customer', '补卡多少钱', 1000],
      ['agent', '补卡手续费120元', 5000],
    ]);
    expect(byFact(factAccuracy(i, S, rubric)).fee!.pass).toBe(false);
  });

  it('a value without a cue does not override the fact stated with its cue (20元 said about parking)', () => {
    const i = chat([
      ['customer', '补卡多少钱', 1000],
      ['agent', '补卡手续费10元', 5000],
      ['customer', '网点能停车吗', 8000],
      ['agent', '可以停，停车20元一小时', 12000],
    ]);
    const f = byFact(factAccuracy(i, S, rubric)).fee!;
    expect(f).toMatchObject({ pass: false, evidence: [{ quote: '10元' }] });
  });

  it('a value with no cue anywhere counts only when nothing else states the fact, and less surely', () => {
    const fee = scenario({ facts: [{ key: 'fee', label: '办证费用', expected: '免费', wrong: ['20元'], cues: ['工本费', '费用'] }] });
    const i = chat([
      ['customer', '第一次办证有什么要求', 1000],
      ['agent', '带上身份证就行，第一次办是免费的', 5000],
    ]);
    const f = only(factAccuracy(i, fee, rubric));
    expect(f).toMatchObject({ pass: true, matchKind: 'exact' });
    expect(f.confidence).toBeLessThan(0.7);
    // a sentence that names another fact belongs to that fact
    const two = scenario({ facts: [...fee.facts!, { key: 'photo', label: '照片', expected: '免费拍照', cues: ['照片'] }] });
    const other = chat([
      ['customer', '第一次办证有什么要求', 1000],
      ['agent', '照片现场拍，是免费的', 5000],
    ]);
    expect(byFact(factAccuracy(other, two, rubric)).fee!.pass).toBe(false);
  });

  it('a cue-less value in a sentence listing several steps counts when its own clause is not about another fact', () => {
    const leak = scenario({
      facts: [
        { key: 'action', label: '安全处置', expected: '关闭阀门', cues: ['阀门', '安全'] },
        { key: 'arrive', label: '上门时限', expected: '三十分钟', variants: ['半小时'], cues: ['上门', '多久', '师傅'] },
      ],
    });
    const i = chat([
      ['customer', '家里有燃气味，你们赶紧派人来看看', 1000],
      ['agent', '您先关闭阀门，把窗户都打开，千万别点火，我们的人半小时之内到', 5000],
    ]);
    expect(byFact(factAccuracy(i, leak, rubric)).arrive!.pass).toBe(true);
  });

  it('a cue-less wrong value counts only when it is specific enough to be one (去法院起诉, not 三个月)', () => {
    const dept = scenario({
      facts: [{ key: 'dept', label: '承办部门', expected: '劳动监察', wrong: ['去法院起诉', '三个月'], cues: ['部门', '监察'] }],
    });
    const specific = chat([
      ['customer', '公司欠薪你们管不管', 1000],
      ['agent', '这种情况您得去法院起诉', 5000],
    ]);
    expect(only(noMisinformation(specific, dept, rubric)).pass).toBe(false);
    const vague = chat([
      ['customer', '公司欠薪你们管不管', 1000],
      ['agent', '已经拖了三个月了是吧', 5000],
    ]);
    expect(only(noMisinformation(vague, dept, rubric)).pass).toBe(true);
  });

  it('a value that names its own cue is tied to the fact (满一年免违约金 for 违约金)', () => {
    const penalty = scenario({ facts: [{ key: 'penalty', label: '违约金', expected: '满一年免违约金', wrong: ['收1%违约金'], cues: ['违约金'] }] });
    const i = chat([
      ['customer', '我想提前还房贷', 1000],
      ['agent', '您的贷款已经满一年了，满一年免违约金。', 5000],
    ]);
    expect(only(factAccuracy(i, penalty, rubric))).toMatchObject({ pass: true, evidence: [{ quote: '满一年免违约金' }] });
  });

  it("an answer after a look-up and the agent's own questions is tied to the customer's earlier question", () => {
    const change = scenario({ facts: [{ key: 'effective', label: '生效时间', expected: '次月1日', wrong: ['立即生效'], cues: ['生效'] }] });
    const i = chat([
      ['customer', '套餐改了以后什么时候生效？', 1000],
      ['agent', '您要改哪一档？', 5000],
      ['customer', '59的', 8000],
      ['agent', '好的，请稍等，我帮您查一下', 12000],
      ['agent', '查到了，下个月一号开始', 40000],
    ]);
    const f = only(factAccuracy(i, change, rubric));
    expect(f).toMatchObject({ pass: true, evidence: [{ quote: '下个月一号' }] });
    // tied by the question (not cue-less): surer than a value nothing ties to its fact
    expect(f.confidence!).toBeGreaterThan(0.75);
  });

  it('a fact answered across two agent turns: the cue in the first, the value in the next', () => {
    const refund = scenario({ facts: [{ key: 'refund', label: '退款到账时间', expected: '3个工作日', wrong: ['当天'], cues: ['退款', '到账'] }, { key: 'fee', label: '月费', expected: '10元', cues: ['月费'] }] });
    const i = chat([
      ['customer', '月费多少，钱什么时候退？', 1000],
      ['agent', '月费10元。退款的话，', 5000],
      ['agent', '三个工作日左右', 6000],
    ]);
    expect(byFact(factAccuracy(i, refund, rubric)).refund).toMatchObject({ pass: true, evidence: [{ quote: '三个工作日' }] });
  });

  it('accepts the same value in another form: 不收取任何费用 for 免费, 一周 for 7天, ranges', () => {
    const s = scenario({
      facts: [
        { key: 'fee', label: '挂失费', expected: '免费', wrong: ['10元'], cues: ['挂失'] },
        { key: 'days', label: '寄卡时间', expected: '7天', cues: ['寄'] },
        { key: 'window', label: '办理时限', expected: '3-5个工作日', cues: ['办理'] },
      ],
    });
    const i = call([
      ['customer', '挂失要钱吗，卡多久寄到，要办多久', 1000, 4000],
      ['agent', '挂失不收取任何费用，新卡一个星期左右寄到，办理需要三到五个工作日', 5000, 15000],
    ]);
    const f = byFact(factAccuracy(i, s, rubric));
    expect(f.fee).toMatchObject({ pass: true, matchKind: 'pattern', evidence: [{ quote: '不收取任何费用' }] });
    expect(f.days).toMatchObject({ pass: true, evidence: [{ quote: '一个星期' }] });
    expect(f.window).toMatchObject({ pass: true, evidence: [{ quote: '三到五个工作日' }] });
    expect(f.fee!.confidence).toBeGreaterThan(f.days!.confidence! - 0.2);
  });

  it('不是7天，是15天: the negated wrong value is no statement, the corrected one counts', () => {
    const s = scenario({ facts: [{ key: 'cooling', label: '犹豫期', expected: '15天', wrong: ['7天'], cues: ['犹豫期'] }] });
    const i = call([
      ['customer', '犹豫期是七天吧', 1000, 3000],
      ['agent', '犹豫期不是七天 是十五天', 4000, 8000],
    ]);
    expect(only(factAccuracy(i, s, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, s, rubric)).pass).toBe(true);
  });

  it('"not stated" in a call is less sure the lower the ASR confidence', () => {
    const s = scenario({ facts: [{ key: 'fee', label: '手续费', expected: '20元', cues: ['手续费'] }] });
    const clear = call([['agent', '您好请讲', 1000, 2000]]);
    clear.turns[0]!.confidence = 0.95;
    const noisy = call([['agent', '您好请讲', 1000, 2000]]);
    noisy.turns[0]!.confidence = 0.6;
    const a = only(factAccuracy(clear, s, rubric));
    const b = only(factAccuracy(noisy, s, rubric));
    expect(a).toMatchObject({ pass: false, matchKind: 'absence' });
    expect(b.confidence!).toBeLessThan(a.confidence!);
  });

  it('accepts a cue from the customer question the agent answers', () => {
    const i = chat([
      ['customer', '补卡的手续费是多少', 1000],
      ['agent', '二十块', 5000],
    ]);
    expect(byFact(factAccuracy(i, S, rubric)).fee!.pass).toBe(true);
  });

  it('the last statement counts when the agent corrects themself', () => {
    const i = chat([
      ['customer', '补卡多少钱', 1000],
      ['agent', '补卡10元', 5000],
      ['agent', '不好意思说错了，补卡手续费是20元', 8000],
    ]);
    const f = byFact(factAccuracy(i, S, rubric)).fee!;
    expect(f.pass).toBe(true);
    expect(f.reason).toContain('已更正');
  });

  it('is N/A without facts', () => {
    expect(only(factAccuracy(chat([['agent', '您好', 1000]]), scenario(), rubric)).pass).toBe('na');
  });
});

describe('no-misinformation', () => {
  it('passes when nothing wrong was said', () => {
    const i = chat([['agent', '补卡手续费20元', 5000]]);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(true);
  });

  it('fails on a known wrong value, one occurrence each', () => {
    const i = chat([
      ['agent', '补卡手续费10元', 5000],
      ['agent', '分期费率3%', 6000],
    ]);
    const f = only(noMisinformation(i, S, rubric));
    expect(f).toMatchObject({ pass: false, deduct: 2 });
    expect(f.evidence.map((e) => e.quote)).toEqual(['10元', '3%']);
  });

  it('is negation aware: 不是免费的 negates the wrong value … and 不是20元 contradicts the right one', () => {
    const ok = chat([['agent', '补卡不是免费的，手续费20元', 5000]]);
    expect(only(noMisinformation(ok, S, rubric)).pass).toBe(true);
    const bad = chat([['agent', '补卡手续费不是20元', 5000]]);
    const f = only(noMisinformation(bad, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('不20元');
  });

  it('不收费 is not 收费 (a wrong value negated is not misinformation)', () => {
    const s = scenario({ facts: [{ key: 'fee', label: '挂失费用', expected: '免费', variants: ['不收费'], wrong: ['收费'] }] });
    const i = chat([['agent', '挂失不收费', 5000]]);
    expect(only(noMisinformation(i, s, rubric)).pass).toBe(true);
    expect(only(factAccuracy(i, s, rubric)).pass).toBe(true);
    const wrong = chat([['agent', '挂失是收费的', 5000]]);
    expect(only(noMisinformation(wrong, s, rubric)).pass).toBe(false);
  });
});

describe('negation in unpunctuated ASR text', () => {
  it('免费 before another value does not negate it', () => {
    const s = scenario({ facts: [{ key: 'delivery', label: '寄送时间', expected: '7到10个工作日', cues: ['新卡'] }] });
    const i = call([['agent', '补办新卡免费 新卡七到十个工作日寄到', 1000, 6000]]);
    expect(only(factAccuracy(i, s, rubric)).pass).toBe(true);
  });
});
