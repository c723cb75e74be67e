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
