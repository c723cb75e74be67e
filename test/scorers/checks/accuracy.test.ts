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

  it('needs a cue: 20元 said about something else is not the fee', () => {
    const i = chat([
      ['customer', '请问营业时间', 1000],
      ['agent', '停车20元一小时', 5000],
    ]);
    expect(byFact(factAccuracy(i, S, rubric)).fee!.pass).toBe(false);
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
