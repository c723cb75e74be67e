import { describe, expect, it } from 'vitest';
import { chatRunFigures, dueAtOf, parseTruthLines, peakOverlap, spread } from '../../bench/chat-figures.js';
import type { Interaction } from '../../harness/interaction/types.js';
import type { TruthMessage } from '../../mocks/lab/compare.js';

function chat(id: string, o: { dueAt: number; startedAt: number; readyMs: number; durationMs: number; agentAt?: number[]; outcome?: Interaction['outcome'] }): Interaction {
  return {
    schemaVersion: 1,
    contactId: id,
    scenarioId: 's',
    channel: 'webchat',
    startedAt: o.startedAt,
    durationMs: o.durationMs,
    events: [
      { type: 'started', atMs: 0, detail: { dueAt: o.dueAt, startLagMs: o.startedAt - o.dueAt } },
      { type: 'chat-ready', atMs: o.readyMs },
    ],
    turns: (o.agentAt ?? []).map((at, k) => ({ speaker: 'agent' as const, text: `回复${k}`, startMs: at - o.startedAt, endMs: at - o.startedAt })),
    outcome: o.outcome ?? 'completed',
    ...(o.outcome === 'failed' ? { error: { code: 'E_WAIT_TIMEOUT', message: 'x' } } : {}),
    transcriptSource: 'chat-dom',
    centreRef: id,
  };
}

const truth = (ref: string, sent: number[]): TruthMessage[] => sent.map((at, k) => ({ type: 'message', ref, seq: k + 1, speaker: 'agent', text: `回复${k}`, at }));

describe('peakOverlap', () => {
  it('counts intervals open at the same moment; touching ends do not overlap', () => {
    expect(peakOverlap([])).toBe(0);
    expect(peakOverlap([{ from: 0, to: 10 }, { from: 10, to: 20 }])).toBe(1);
    expect(peakOverlap([{ from: 0, to: 10 }, { from: 5, to: 20 }, { from: 6, to: 7 }, { from: 8, to: 30 }])).toBe(3);
  });
});

describe('spread', () => {
  it('gives nearest-rank percentiles and NaN for no values', () => {
    expect(spread([5, 1, 3, 2, 4])).toEqual({ n: 5, p50: 3, p95: 5, max: 5 });
    expect(spread([]).n).toBe(0);
    expect(spread([]).p95).toBeNaN();
  });
});

describe('dueAtOf', () => {
  it('reads dueAt, else derives it from an older run’s waitedToStartMs, else the start', () => {
    const base = chat('a', { dueAt: 100, startedAt: 400, readyMs: 10, durationMs: 50 });
    expect(dueAtOf(base)).toBe(100);
    expect(dueAtOf({ ...base, events: [{ type: 'started', atMs: 0, detail: { waitedToStartMs: 250 } }] })).toBe(150);
    expect(dueAtOf({ ...base, events: [] })).toBe(400);
  });
});

describe('chatRunFigures', () => {
  it('reports start lag, peak in progress, ramp, and timing error overall and after the last chat was ready', () => {
    const interactions = [
      // Ready at 1100, ends at 5000; its agent lines were seen 5 ms and 40 ms after they were sent.
      chat('a', { dueAt: 1000, startedAt: 1000, readyMs: 100, durationMs: 4000, agentAt: [1205, 3040] }),
      // Waited 1 s to start; ready at 2500 (the last), ends at 6000.
      chat('b', { dueAt: 1000, startedAt: 2000, readyMs: 500, durationMs: 4000, agentAt: [2610, 4002] }),
      chat('c', { dueAt: 1000, startedAt: 1500, readyMs: 200, durationMs: 100, outcome: 'failed' }),
    ];
    // c failed before its chat was ready: never in progress, but its start lag counts.
    interactions[2]!.events = interactions[2]!.events.filter((e) => e.type !== 'chat-ready');
    const f = chatRunFigures(interactions, [...truth('a', [1200, 3000]), ...truth('b', [2600, 4000])]);
    expect(f.contacts).toBe(3);
    expect(f.completed).toBe(2);
    expect(f.failures).toEqual({ E_WAIT_TIMEOUT: 1 });
    expect(f.startLagMs).toMatchObject({ n: 3, max: 1000, p50: 500 });
    expect(f.dueToReadyMs).toMatchObject({ n: 2, max: 1500 });
    expect(f.rampSec).toBe(1.5);
    expect(f.peakInProgress).toBe(2);
    expect(f.errorMs).toMatchObject({ n: 4, max: 40 });
    // Sent after 2500 (the last ready): 2600, 3000, 4000.
    expect(f.errorAfterRampMs).toMatchObject({ n: 3, max: 40, p50: 10 });
    expect(f.missing).toBe(0);
  });

  it('counts a centre message sent during the chat but never seen as missing', () => {
    const f = chatRunFigures([chat('a', { dueAt: 0, startedAt: 0, readyMs: 10, durationMs: 1000, agentAt: [105] })], truth('a', [100, 500, 5000]));
    expect(f.errorMs.n).toBe(1);
    expect(f.missing).toBe(1); // 500 is missing; 5000 came after the chat had ended
  });
});

describe('parseTruthLines', () => {
  it('reads the centre’s message records and the zoo’s records (numbered per ref in file order), skipping the rest', () => {
    const lines = [
      JSON.stringify({ type: 'session', ref: 'a', sessionId: 's', at: 1 }),
      JSON.stringify({ type: 'message', ref: 'a', seq: 7, speaker: 'agent', text: '您好', at: 2, sessionId: 's' }),
      JSON.stringify({ page: 'iframe', ref: 'z', speaker: 'bot', text: '机器人', at: 3 }),
      '',
      JSON.stringify({ page: 'iframe', ref: 'z', speaker: 'agent', text: '人工', at: 4 }),
    ].join('\n');
    const t = parseTruthLines(lines);
    expect(t.map((m) => [m.ref, m.seq, m.speaker, m.text])).toEqual([
      ['a', 7, 'agent', '您好'],
      ['z', 1, 'bot', '机器人'],
      ['z', 2, 'agent', '人工'],
    ]);
  });
});
