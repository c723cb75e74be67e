import { describe, expect, it } from 'vitest';
import { SLA_DEFAULTS, answerTime, firstResponse, handleTime, latencies, responseLatency } from '../../../scorers/checks/timeliness.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ sla: { answerTimeMs: 15_000, firstResponseMs: 20_000, responseLatencyMs: 30_000, handleTimeMs: 300_000 } });

it('uses the SLA defaults the scenario schema documents (@default on sla.*)', () => {
  expect(SLA_DEFAULTS).toEqual({ answerTimeMs: 20_000, firstResponseMs: 30_000, responseLatencyMs: 30_000, handleTimeMs: 600_000 });
});

describe('answer-time', () => {
  it('voice: ringing → answered within the SLA passes', () => {
    const f = only(answerTime(call([['agent', '您好', 3000, 4000]]), S, rubric));
    expect(f).toMatchObject({ pass: true, details: { answerMs: 1700 } });
  });

  it('voice: answered too late fails', () => {
    const i = call([['agent', '您好', 30_000, 31_000]], { events: [{ type: 'ringing', atMs: 500 }, { type: 'answered', atMs: 25_500 }] });
    expect(only(answerTime(i, S, rubric))).toMatchObject({ pass: false, details: { answerMs: 25_000 } });
  });

  it('voice: no answer fails', () => {
    const i = call([], { outcome: 'no-answer', events: [{ type: 'ringing', atMs: 500 }], durationMs: 60_000 });
    expect(only(answerTime(i, S, rubric)).pass).toBe(false);
  });

  it('chat: page-loaded → agent-joined is the queue time', () => {
    const i = chat([['agent', '您好', 20_000]], { events: [{ type: 'page-loaded', atMs: 1000 }, { type: 'agent-joined', atMs: 19_000 }] });
    const f = only(answerTime(i, S, rubric));
    expect(f).toMatchObject({ pass: false, details: { answerMs: 18_000 } });
  });

  it('chat with a bot in front: handoff-requested → agent-joined (the bot part is not a wait for an agent)', () => {
    const i = chat([['bot', '您好，我是智能助手', 500], ['agent', '您好', 31_000]], {
      events: [{ type: 'page-loaded', atMs: 300 }, { type: 'handoff-requested', atMs: 20_000 }, { type: 'agent-joined', atMs: 30_000 }],
    });
    const f = only(answerTime(i, S, rubric));
    expect(f).toMatchObject({ pass: true, details: { answerMs: 10_000, from: 'handoff-requested' } });
    expect(f.reason).toContain('转人工后等待');
  });

  it('chat without an agent-joined event is N/A', () => {
    expect(only(answerTime(chat([['agent', '您好', 2000]]), S, rubric)).pass).toBe('na');
  });
});

describe('first-response', () => {
  it('is measured from the agent joining (chat: agent-joined), the time from the start reported too', () => {
    const i = chat([['agent', '您好', 12_000]], { events: [{ type: 'page-loaded', atMs: 300 }, { type: 'agent-joined', atMs: 10_000 }] });
    expect(only(firstResponse(i, S, rubric))).toMatchObject({ pass: true, details: { firstResponseMs: 2000, fromStartMs: 12_000, from: 'agent-joined' } });
  });

  it('a long queue before the agent joined is answer time, not a slow first response', () => {
    const i = chat([['agent', '您好', 62_000]], { events: [{ type: 'page-loaded', atMs: 300 }, { type: 'agent-joined', atMs: 60_000 }] });
    expect(only(firstResponse(i, S, rubric)).pass).toBe(true);
  });

  it('voice with an IVR and a queue: measured from agent-joined', () => {
    const i = call([['agent', '您好', 70_000, 71_000]], { events: [{ type: 'answered', atMs: 5_000 }, { type: 'agent-joined', atMs: 69_000 }] });
    expect(only(firstResponse(i, S, rubric))).toMatchObject({ pass: true, details: { firstResponseMs: 1000, from: 'agent-joined' } });
  });

  it('voice: measured from answered', () => {
    const i = call([['agent', '您好', 40_000, 41_000]], { events: [{ type: 'ringing', atMs: 300 }, { type: 'answered', atMs: 5_000 }] });
    const f = only(firstResponse(i, S, rubric));
    expect(f).toMatchObject({ pass: false, details: { firstResponseMs: 35_000, from: 'answered' } });
    expect(f.reason).toContain('接通后35.0秒');
  });

  it('fails when the first reply comes after the SLA (measured from the start without a join event)', () => {
    const f = only(firstResponse(chat([['agent', '您好', 45_000]]), S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('45.0秒');
  });

  it('fails when no agent ever answers a connected contact', () => {
    expect(only(firstResponse(chat([['customer', '有人吗', 2000]]), S, rubric)).pass).toBe(false);
  });

  it('is N/A for an unanswered call', () => {
    expect(only(firstResponse(call([], { outcome: 'busy' }), S, rubric)).pass).toBe('na');
  });
});

describe('response-latency', () => {
  it('passes when every reply is within the SLA', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['customer', '补卡多少钱', 5000],
      ['agent', '二十元', 15_000],
      ['customer', '好的', 20_000],
      ['agent', '还有其他问题吗', 22_000],
    ]);
    expect(only(responseLatency(i, S, rubric))).toMatchObject({ pass: true, score: 1, details: { count: 2, maxMs: 10_000 } });
  });

  it('fails with the slow replies as evidence', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['customer', '补卡多少钱', 5000],
      ['agent', '二十元', 60_000],
      ['customer', '多久到', 61_000],
      ['agent', '七天', 65_000],
    ]);
    const f = only(responseLatency(i, S, rubric));
    expect(f).toMatchObject({ pass: false, score: 0.5, deduct: 1 });
    expect(f.evidence[0]).toMatchObject({ turn: 1 });
    expect(f.evidence[1]).toMatchObject({ turn: 2 });
  });

  it('chat: a follow-up "在吗？" does not reset the clock', () => {
    const i = chat([
      ['customer', '补卡多少钱', 1000],
      ['customer', '在吗？', 40_000],
      ['agent', '二十元', 45_000],
    ]);
    expect(latencies(i, 30_000)).toEqual([{ customerTurn: 0, agentTurn: 2, ms: 44_000, atMs: 1000 }]);
  });

  it('an agent backchannel over the question is not its answer', () => {
    const i = call([
      ['agent', '您好，请讲', 500, 1500],
      ['customer', '以后能不能欠费前提醒一下', 2000, 5000],
      ['agent', '嗯。', 4500, 4800],
      ['agent', '可以的，我给您开通短信提醒', 40_000, 43_000],
    ]);
    expect(latencies(i, 30_000)).toEqual([{ customerTurn: 1, agentTurn: 3, ms: 35_000, atMs: 5000 }]);
  });

  it('chat with a bot in front: asking for a human is answered by the first turn, which first-response times (not counted twice)', () => {
    const i = chat(
      [
        ['bot', '您好，我是智能助手', 500],
        ['customer', '转人工', 2000],
        ['system', '正在为您转接人工客服', 2500],
        ['agent', '您好，客服小王为您服务', 121_000],
        ['customer', '补卡多少钱', 125_000],
        ['agent', '二十元', 130_000],
      ],
      { events: [{ type: 'page-loaded', atMs: 300 }, { type: 'handoff-requested', atMs: 2000 }, { type: 'agent-joined', atMs: 120_000 }] },
    );
    expect(latencies(i, 30_000).map((l) => l.ms)).toEqual([5000]);
  });

  it('voice: a 喂？在吗？ does not restart the clock', () => {
    const i = call([
      ['agent', '您好', 500, 1000],
      ['customer', '补卡多少钱', 1500, 3000],
      ['customer', '喂？在吗？', 25_000, 26_000],
      ['agent', '二十元', 36_000, 37_000],
    ]);
    expect(latencies(i, 30_000).map((l) => l.ms)).toEqual([33_000]);
  });

  it('voice: the clock starts when the customer stops talking', () => {
    const i = call([
      ['customer', '我想问一下', 1000, 2000],
      ['customer', '补卡多少钱', 2500, 4000],
      ['agent', '二十元', 5000, 6000],
    ]);
    expect(latencies(i, 30_000)).toEqual([{ customerTurn: 1, agentTurn: 2, ms: 1000, atMs: 4000 }]);
  });

  it('counts a question the agent never answered', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['customer', '补卡多少钱', 5000],
    ], { durationMs: 100_000 });
    expect(only(responseLatency(i, S, rubric)).pass).toBe(false);
  });
});

describe('handle-time', () => {
  it('passes within the SLA', () => {
    expect(only(handleTime(chat([['agent', '您好', 1000]], { durationMs: 120_000 }), S, rubric)).pass).toBe(true);
  });

  it('fails over the SLA', () => {
    expect(only(handleTime(chat([['agent', '您好', 1000]], { durationMs: 400_000 }), S, rubric)).pass).toBe(false);
  });
});
