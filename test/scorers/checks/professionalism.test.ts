import { describe, expect, it } from 'vitest';
import { empathy, politeness, resolution } from '../../../scorers/checks/professionalism.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

describe('politeness', () => {
  it('passes when most agent turns carry a courtesy marker', () => {
    const i = chat([
      ['agent', '您好，请问有什么可以帮您', 1000],
      ['agent', '好的，麻烦您提供一下手机号码', 3000],
      ['agent', '好的', 4000],
      ['agent', '已经为您办理好了，谢谢', 5000],
    ]);
    const f = only(politeness(i, S, rubric));
    expect(f.pass).toBe(true);
    expect(f.details).toMatchObject({ judged: 3, polite: 3 });
  });

  it('fails with a low courtesy ratio, partial credit', () => {
    const i = chat([
      ['agent', '有什么事情快说吧', 1000],
      ['agent', '手机号码报一下我查查', 3000],
      ['agent', '已经办理好了没别的事了吧', 5000],
      ['agent', '您还有别的问题吗', 6000],
    ]);
    const f = only(politeness(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.score).toBeGreaterThan(0);
    expect(f.score).toBeLessThan(1);
  });

  it('fails outright on an impolite phrase', () => {
    const f = only(politeness(chat([['agent', '您说重点好吗，谢谢', 1000]]), S, rubric));
    expect(f).toMatchObject({ pass: false, score: 0 });
  });
});

describe('empathy', () => {
  const complaint = scenario({ requires: { empathy: true } });

  it('is N/A unless the scenario is a complaint', () => {
    expect(only(empathy(chat([['agent', '您好', 1000]]), S, rubric)).pass).toBe('na');
  });

  it('passes when the agent acknowledges the complaint', () => {
    const i = chat([
      ['customer', '你们怎么又多扣我钱了！', 1000],
      ['agent', '非常抱歉给您带来不便，我马上帮您核实', 5000],
    ]);
    expect(only(empathy(i, complaint, rubric)).pass).toBe(true);
  });

  it('passes on ASR text with a near-homophone slip', () => {
    const i = call([
      ['customer', '你们怎么又多扣我钱了', 1000, 3000],
      ['agent', '理解您的新情我马上帮您查', 4000, 7000],
    ]);
    expect(only(empathy(i, complaint, rubric)).pass).toBe(true);
  });

  it('fails when the agent ignores the complaint', () => {
    const i = chat([
      ['customer', '你们怎么又多扣我钱了！', 1000],
      ['agent', '请提供手机号', 5000],
    ]);
    expect(only(empathy(i, complaint, rubric)).pass).toBe(false);
  });
});

describe('resolution', () => {
  const withFacts = scenario({ facts: [{ key: 'fee', label: '补卡费', expected: '20元' }, { key: 'days', label: '到卡时间', expected: '7个工作日' }] });

  it('passes when every fact was stated correctly', () => {
    const i = chat([
      ['customer', '补卡多少钱，多久到', 1000],
      ['agent', '补卡20元，七个工作日到', 5000],
    ]);
    expect(only(resolution(i, withFacts, rubric))).toMatchObject({ pass: true, score: 1 });
  });

  it('a wrong value still answers the question (accuracy is judged by fact-accuracy)', () => {
    const i = chat([
      ['customer', '补卡多少钱，多久到', 1000],
      ['agent', '补卡50元，七个工作日到', 5000],
    ]);
    const s = scenario({ facts: [{ key: 'fee', label: '补卡费', expected: '20元', wrong: ['50元'] }, { key: 'days', label: '到卡时间', expected: '7个工作日' }] });
    expect(only(resolution(i, s, rubric))).toMatchObject({ pass: true, score: 1 });
  });

  it('gives partial credit when only some facts were answered', () => {
    const i = chat([
      ['customer', '补卡多少钱，多久到', 1000],
      ['agent', '补卡二十块钱', 5000],
    ]);
    expect(only(resolution(i, withFacts, rubric))).toMatchObject({ pass: false, score: 0.5 });
  });

  it('without facts: a polite 如有不清楚的地方 is not a give-up', () => {
    const i = chat([
      ['customer', '你们周末营业吗', 1000],
      ['agent', '周末正常营业，如有不清楚的地方欢迎再次咨询', 5000],
    ]);
    expect(only(resolution(i, S, rubric)).pass).toBe(true);
  });

  it('without facts: an "I don\'t know" answer is not a resolution', () => {
    const i = chat([
      ['customer', '你们周末营业吗', 1000],
      ['agent', '这个我不清楚', 5000],
    ]);
    expect(only(resolution(i, S, rubric)).pass).toBe(false);
  });

  it('without facts: a completed contact with an answer passes', () => {
    const i = chat([
      ['customer', '你们周末营业吗', 1000],
      ['agent', '周末正常营业，早上九点到下午五点', 5000],
    ]);
    expect(only(resolution(i, S, rubric)).pass).toBe(true);
  });
});

describe('empathy in any scenario (complaints recognised in the customer\'s words)', () => {
  const plain = scenario();

  it('applies when the customer complains in a scenario without requires.empathy, and quotes both turns', () => {
    const i = chat([
      ['agent', '您好，请问有什么可以帮您？', 1000],
      ['customer', '你们这效率也太低了吧，再这样我就去投诉了', 5000],
      ['agent', '非常抱歉给您带来不便，我马上帮您处理', 9000],
    ]);
    const f = only(empathy(i, plain, rubric));
    expect(f.pass).toBe(true);
    expect(f.evidence.map((e) => e.turn)).toEqual([1, 2]);
    expect(f.confidence).toBeGreaterThan(0.5);
    expect(f.matchKind).toBeDefined();
  });

  it('fails when neither of the agent\'s next two turns acknowledges the complaint (a later apology is too late)', () => {
    const i = chat([
      ['customer', '等了好久才接通，你们这服务真不行', 1000],
      ['agent', '这个情况我记一下。', 5000],
      ['agent', '您说一下订单号', 7000],
      ['agent', '给您添麻烦了，真的很抱歉', 9000],
    ]);
    expect(only(empathy(i, plain, rubric)).pass).toBe(false);
  });

  it('counts repeated contacts and threats to escalate', () => {
    for (const said of ['这已经是我第三次打电话了', '我要打12315', '叫你们领导来']) {
      const i = chat([
        ['customer', said, 1000],
        ['agent', '好的，请问您的手机号', 5000],
      ]);
      expect(only(empathy(i, plain, rubric)).pass, said).toBe(false);
    }
  });

  it('is N/A for a neutral question about the complaint procedure, or when the customer declines to complain', () => {
    for (const said of ['我帮我妈问一下投诉的流程是什么', '不用投诉，没事，我就问问']) {
      const i = chat([
        ['customer', said, 1000],
        ['agent', '好的，我来为您解答', 5000],
      ]);
      expect(only(empathy(i, plain, rubric)).pass, said).toBe('na');
    }
  });
});

describe('politeness and rude forbidden words', () => {
  it('fails on a harsh 忌语 said without the honorific, not on one said with 您', () => {
    const rude = chat([['agent', '不是我们的问题，是你自己搞错了，请您下次注意', 1000]]);
    expect(only(politeness(rude, scenario(), rubric)).pass).toBe(false);
    const dismissive = chat([['agent', '请您理解，这个是您自己没注意，我帮您再处理一下', 1000]]);
    expect(only(politeness(dismissive, scenario(), rubric)).pass).toBe(true);
  });
});
