import { describe, expect, it } from 'vitest';
import { deadAir, empathy, interruption, politeness, speechRate } from '../../../scorers/checks/professionalism.js';
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

describe('interruption', () => {
  it('is N/A in chat', () => {
    expect(only(interruption(chat([['agent', '您好', 1000]]), S, rubric)).pass).toBe('na');
  });

  it('fails when the agent starts while the customer is still talking', () => {
    const i = call([
      ['agent', '您好请问有什么可以帮您', 1000, 3000],
      ['customer', '我想问一下我的信用卡为什么被冻结了', 4000, 9000],
      ['agent', '您的卡是因为逾期', 6000, 9500],
    ]);
    const f = only(interruption(i, S, rubric));
    expect(f).toMatchObject({ pass: false, deduct: 1 });
    expect(f.evidence.map((e) => e.turn)).toEqual([1, 2]);
  });

  it('passes a short back-channel overlap below the threshold', () => {
    const i = call([
      ['customer', '我想问一下补卡的事情', 1000, 4000],
      ['agent', '嗯', 3700, 3900],
      ['agent', '好的请讲', 4500, 5500],
    ]);
    expect(only(interruption(i, S, rubric)).pass).toBe(true);
  });
});

describe('dead-air', () => {
  it('fails on a long silence after the customer with no hold notice', () => {
    const i = call([
      ['agent', '您好请讲', 1000, 2000],
      ['customer', '我的卡丢了', 3000, 4000],
      ['agent', '好的', 20_000, 21_000],
    ]);
    const f = only(deadAir(i, S, rubric));
    expect(f).toMatchObject({ pass: false, deduct: 1 });
    expect(f.evidence[0]!.turn).toBe(1);
  });

  it('passes when the agent announced the wait', () => {
    const i = call([
      ['agent', '请您稍等我查一下', 1000, 2000],
      ['customer', '好的', 3000, 3500],
      ['agent', '感谢您的等待', 20_000, 21_000],
    ]);
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
  });

  it('chat: a slow reply to the customer is response-latency, not dead air', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['customer', '补卡多少钱', 3000],
      ['agent', '二十元', 50_000],
    ]);
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
  });

  it('chat: the agent going quiet mid-answer without notice is dead air', () => {
    const i = chat([
      ['customer', '我要挂失', 1000],
      ['agent', '好的。', 3000],
      ['agent', '已经为您挂失', 60_000],
    ]);
    const f = only(deadAir(i, S, rubric));
    expect(f).toMatchObject({ pass: false, deduct: 1, evidence: [{ turn: 1 }] });
  });

  it('chat: an announced lookup is not dead air', () => {
    const i = chat([
      ['customer', '我要挂失', 1000],
      ['agent', '好的，请您稍等，我帮您查询一下。', 3000],
      ['agent', '感谢您的耐心等待，已经为您挂失', 60_000],
    ]);
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
  });
});

describe('speech-rate', () => {
  it('is N/A in chat', () => {
    expect(only(speechRate(chat([['agent', '您好', 1000]]), S, rubric)).pass).toBe('na');
  });

  it('passes a normal pace (about 200 chars/min)', () => {
    const text = '您好很高兴为您服务请问有什么可以帮您'; // 18 chars in 5.4 s = 200/min
    expect(only(speechRate(call([['agent', text, 1000, 6400]]), S, rubric)).pass).toBe(true);
  });

  it('fails a gabbled turn', () => {
    const text = '您好很高兴为您服务请问有什么可以帮您'; // 18 chars in 2 s = 540/min
    const f = only(speechRate(call([['agent', text, 1000, 3000]]), S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('过快');
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
