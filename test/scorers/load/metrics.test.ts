import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../../harness/interaction/types.js';
import type { LoadRunInfo } from '../../../harness/load/types.js';
import type { ContactEntry } from '../../../harness/store/types.js';
import { loadFigures } from '../../../scorers/load/figures.js';
import { loadMetrics } from '../../../scorers/load/metrics.js';
import { contactSample } from '../../../scorers/load/samples.js';
import { percentiles } from '../../../scorers/load/stats.js';
import { chat, call } from '../helpers.js';
import { simulateLoadRun, steps } from './load-fixture.js';

const T0 = 1_796_000_000_000;

function entry(i: Interaction, stage = 's1', dueAt = i.startedAt): ContactEntry {
  return { contactId: i.contactId, scenarioId: i.scenarioId, channel: i.channel, index: 1, status: 'done', attempts: 1, outcome: i.outcome, load: { stage, dueAt } };
}

/** A chat answered after `waitMs`, ending `durMs` after its start. */
function answered(id: string, at: number, waitMs: number, durMs = 120_000, latencyMs = 1000): Interaction {
  return chat(
    [
      ['agent', '您好，请问有什么可以帮您？', waitMs + 500],
      ['customer', '查话费', waitMs + 3000],
      ['agent', '好的，58元', waitMs + 3000 + latencyMs],
    ],
    { contactId: id, startedAt: at, durationMs: durMs, events: [{ type: 'page-loaded', atMs: 0 }, { type: 'agent-joined', atMs: waitMs }] },
  );
}

function abandoned(id: string, at: number, afterMs: number): Interaction {
  return chat([], { contactId: id, startedAt: at, durationMs: afterMs, outcome: 'abandoned', events: [{ type: 'page-loaded', atMs: 0 }] });
}

describe('contact samples', () => {
  it('an answered chat: answer time from page load to agent-joined, handle and talk time, reply latencies', () => {
    const s = contactSample(answered('a', T0, 12_000, 100_000, 4000), { load: { stage: 's1', dueAt: T0 - 700 } });
    expect(s).toMatchObject({ status: 'answered', stage: 's1', answerMs: 12_000, handleMs: 100_000, talkMs: 88_000, latenciesMs: [4000], startLagMs: 700 });
  });

  it('a voice call is answered when the agent speaks; without agent-joined its answer time is ringing → answered', () => {
    const s = contactSample(call([['agent', '您好', 3000, 4000]], { contactId: 'v' }));
    expect(s).toMatchObject({ status: 'answered', answerMs: 1700, channel: 'voice' });
  });

  it('a voice call behind an IVR waits from entering the agent queue to the agent joining', () => {
    const events = [
      { type: 'ringing', atMs: 300 },
      { type: 'answered', atMs: 2000 },
      { type: 'queued', atMs: 9000 },
      { type: 'agent-joined', atMs: 39_000 },
    ];
    const s = contactSample(call([['ivr', '请按1', 2000, 8000], ['ivr', '正在为您转接，请稍候', 8000, 9000], ['agent', '您好', 39_000, 40_000]], { contactId: 'q', events }));
    expect(s.answerMs).toBe(30_000);
    const noQueue = contactSample(call([['agent', '您好', 39_000, 40_000]], { contactId: 'r', events: events.filter((e) => e.type !== 'queued') }));
    expect(noQueue.answerMs).toBe(38_700);
  });

  it('the harness failing is not the centre failing; a centre error is', () => {
    const harness = contactSample(chat([], { outcome: 'failed', error: { code: 'E_SELECTOR_TIMEOUT', message: 'x' } }));
    const centre = contactSample(chat([], { outcome: 'failed', error: { code: 'E_CENTRE_UNREACHABLE', message: 'x' } }));
    expect(harness).toMatchObject({ status: 'harness-failure', errorCode: 'E_SELECTOR_TIMEOUT' });
    expect(centre).toMatchObject({ status: 'failed', errorCode: 'E_CENTRE_UNREACHABLE' });
  });

  it('the start lag comes from the started event when the harness recorded it', () => {
    const i = answered('a', T0, 0);
    i.events.unshift({ type: 'started', atMs: 0, detail: { dueAt: T0 - 5000, startLagMs: 250 } });
    expect(contactSample(i, { load: { stage: 's', dueAt: T0 - 5000 } }).startLagMs).toBe(250);
  });
});

describe('load figures', () => {
  const list = [
    answered('a1', T0, 5_000),
    answered('a2', T0 + 1000, 15_000),
    answered('a3', T0 + 2000, 40_000, 200_000),
    abandoned('x1', T0 + 3000, 3_000), // a short abandon: out of the service level's denominator
    abandoned('x2', T0 + 4000, 60_000),
    call([], { contactId: 'b1', outcome: 'busy', events: [] }),
    chat([], { contactId: 'f1', outcome: 'failed', error: { code: 'E_CENTRE_UNREACHABLE', message: 'x' } }),
    chat([], { contactId: 'h1', outcome: 'failed', error: { code: 'E_BROWSER_CLOSED', message: 'x' } }),
  ];
  const f = loadFigures(list.map((i) => contactSample(i)), { thresholdSec: 20, shortAbandonSec: 5 });

  it('counts per outcome, harness failures not offered', () => {
    expect(f).toMatchObject({ offered: 7, answered: 3, abandoned: 2, shortAbandoned: 1, busy: 1, failed: 1, harnessFailures: 1 });
    expect(f.errors).toEqual({ centre: { E_CENTRE_UNREACHABLE: 1 }, harness: { E_BROWSER_CLOSED: 1 } });
  });

  it('呼叫接通率 = answered / offered; SL = answered within T / (offered − short abandons); ASA and AHT over answered', () => {
    expect(f.answerRate).toBe(Math.round((3 / 7) * 10_000) / 10_000);
    expect(f.answeredWithinT).toBe(2);
    expect(f.serviceLevel).toBe(Math.round((2 / 6) * 10_000) / 10_000);
    expect(f.asaMs).toBe(20_000);
    expect(f.ahtMs).toBe(Math.round((120_000 + 120_000 + 200_000) / 3));
    expect(f.answerTime).toMatchObject({ count: 3, p50: 15_000, max: 40_000 });
  });

  it('percentiles are nearest-rank over the raw values', () => {
    const p = percentiles(Array.from({ length: 100 }, (_, k) => k + 1));
    expect(p).toMatchObject({ p50: 50, p90: 90, p95: 95, p99: 99, max: 100 });
  });
});

describe('the capacity knee (并发处理能力)', () => {
  const agents = 20;
  for (const seed of [1, 2, 3]) {
    it(`closed-model steps against an M/M/${agents} centre (seed ${seed}): the knee is found within ±10% of ${agents}`, () => {
      const run = simulateLoadRun({ agents, meanServiceMs: 300_000, patienceMs: 60_000, seed, stages: steps([12, 14, 16, 18, 20, 22, 24, 26, 28], 30 * 60_000) });
      const { knee } = loadMetrics(run);
      expect(knee.status).toBe('knee');
      expect(knee.capacity).toBeGreaterThanOrEqual(agents * 0.9);
      expect(knee.capacity).toBeLessThanOrEqual(agents * 1.1);
      expect(knee.firstFailing).toBeGreaterThan(knee.capacity!);
      expect(knee.levels.find((l) => l.level === 28)).toMatchObject({ pass: false, source: 'stage', sustained: true });
      expect(knee.method).toContain(`并发处理能力为${knee.capacity}路`);
    });
  }

  it('a closed-model ramp (10 → 30 over 4 h) is judged per window at the planned level: the knee within ±10% of the agents', () => {
    const run = simulateLoadRun({ agents, meanServiceMs: 300_000, patienceMs: 60_000, seed: 2, stages: [{ name: 'ramp', durationMs: 4 * 3_600_000, concurrency: { from: 10, to: 30 }, role: 'ramp' }] });
    const { knee } = loadMetrics(run);
    expect(knee.status).toBe('knee');
    expect(knee.levels.every((l) => l.source === 'windows' && l.stages[0] === 'ramp')).toBe(true);
    expect(knee.capacity).toBeGreaterThanOrEqual(agents * 0.9);
    expect(knee.capacity).toBeLessThanOrEqual(agents * 1.1);
  });

  it('an open-model ramp is judged per window by the concurrency observed; the knee lies just under the agents', () => {
    const run = simulateLoadRun({ agents, meanServiceMs: 300_000, patienceMs: 60_000, seed: 7, stages: [{ name: 'ramp', durationMs: 4 * 3_600_000, ratePerMin: { from: 1, to: 6 } }] });
    const { knee } = loadMetrics(run, { windowSec: 300 });
    expect(knee.status).toBe('knee');
    expect(knee.levels.every((l) => l.source === 'windows')).toBe(true);
    // Erlang C: with 20 agents, 300 s AHT and 80/20, the service level breaks at about 16–17 Erlangs
    expect(knee.capacity).toBeGreaterThanOrEqual(agents * 0.75);
    expect(knee.capacity).toBeLessThanOrEqual(agents);
  });

  it('a centre that never degraded: capacity at least the highest level offered, no knee claimed', () => {
    const run = simulateLoadRun({ agents, meanServiceMs: 300_000, patienceMs: 60_000, seed: 4, stages: steps([5, 10, 15], 20 * 60_000) });
    const { knee } = loadMetrics(run);
    expect(knee).toMatchObject({ status: 'above-highest-offered', capacity: 15, firstFailing: null, maxOffered: 15 });
    expect(knee.method).toContain('至少为15路');
  });

  it('a centre overloaded from the lowest level: below the lowest level offered', () => {
    const run = simulateLoadRun({ agents: 5, meanServiceMs: 300_000, patienceMs: 60_000, seed: 5, stages: steps([10, 12], 20 * 60_000) });
    const { knee } = loadMetrics(run);
    expect(knee).toMatchObject({ status: 'below-lowest-offered', capacity: null, firstFailing: 10 });
  });

  it('a level held for a single window is not sustained and does not decide the knee', () => {
    const run = simulateLoadRun({ agents, meanServiceMs: 300_000, patienceMs: 60_000, seed: 6, stages: [...steps([10], 20 * 60_000), { name: 'blip', durationMs: 60_000, concurrency: { from: 40, to: 40.4 } }] });
    const { knee } = loadMetrics(run, { windowSec: 60 });
    const blip = knee.levels.find((l) => l.stages.includes('blip'))!;
    expect(blip.sustained).toBe(false);
    expect(knee.status).toBe('above-highest-offered');
  });
});

describe('per stage, overall, timeline', () => {
  const run = simulateLoadRun({ agents: 20, meanServiceMs: 300_000, patienceMs: 60_000, seed: 1, stages: steps([10, 30], 30 * 60_000) });
  const m = loadMetrics(run);

  it('stages add up to the overall figures', () => {
    expect(m.stages.map((s) => s.stage)).toEqual(['c10', 'c30']);
    expect(m.stages[0]!.offered + m.stages[1]!.offered).toBe(m.overall.offered);
    expect(m.stages[0]!.answerRate).toBe(1);
    expect(m.stages[1]!.answerRate!).toBeLessThan(0.95);
    expect(m.stages[1]!.peakConcurrency).toBeGreaterThanOrEqual(30);
  });

  it('the concurrency timeline follows the closed-model levels', () => {
    const { points, bucketMs } = m.timeline;
    const at = (min: number) => points[Math.floor((min * 60_000) / bucketMs)]!;
    expect(at(15).peak).toBe(10);
    expect(at(45).peak).toBe(30);
    expect(at(45).talking).toBeLessThanOrEqual(20);
  });

  it('shards merge exactly: the metrics of two halves together are those of the whole, whatever the order', () => {
    const half = Math.floor(run.interactions.length / 2);
    const shuffled = { ...run, interactions: [...run.interactions.slice(half), ...run.interactions.slice(0, half)].reverse(), entries: [...run.entries].reverse() };
    expect(loadMetrics(shuffled)).toEqual(m);
  });

  it('contacts in the manifest without an Interaction are counted as not placed', () => {
    const extra: ContactEntry = { contactId: 'never', scenarioId: 'load-sim', channel: 'webchat', index: 1, status: 'pending', attempts: 0 };
    expect(loadMetrics({ ...run, entries: [...run.entries, extra] }).notPlaced).toBe(1);
  });
});

describe('稳定性 (soak drift)', () => {
  const soak = (latencyMs: (t: number) => number) => simulateLoadRun({ agents: 20, meanServiceMs: 120_000, patienceMs: 60_000, seed: 9, latencyMs, stages: steps([10], 3 * 3_600_000, 'soak') });

  it('steady replies: stable', () => {
    const { stability } = loadMetrics(soak(() => 2000), { windowSec: 600 });
    expect(stability.status).toBe('stable');
    expect(stability.drift!.latencyP95ChangePct).toBe(0);
  });

  it('replies slowing from 2 s to 6 s over three hours: drifting, with the slope per hour', () => {
    const { stability } = loadMetrics(soak((t) => 2000 + (4000 * t) / (3 * 3_600_000)), { windowSec: 600 });
    expect(stability.status).toBe('drifting');
    expect(stability.drift!.latencyP95ChangePct!).toBeGreaterThan(20);
    expect(stability.drift!.latencyP95SlopeMsPerHour!).toBeGreaterThan(1000);
    expect(stability.drift!.latencyP95SlopeMsPerHour!).toBeLessThan(1700);
    expect(stability.verdict).toContain('不稳定');
  });

  it('no soak stage: no verdict', () => {
    const run = simulateLoadRun({ agents: 20, meanServiceMs: 120_000, patienceMs: 60_000, seed: 9, stages: steps([10], 600_000) });
    expect(loadMetrics(run).stability.status).toBe('no-soak');
  });
});

describe('LoadRunInfo targets', () => {
  it('missing target fields take the documented defaults', () => {
    const run = simulateLoadRun({ agents: 20, meanServiceMs: 120_000, patienceMs: 60_000, seed: 1, stages: steps([5], 600_000) });
    const info = { ...run.info, targets: { answerRate: 0.9 } } as unknown as LoadRunInfo;
    expect(loadMetrics({ ...run, info }).targets).toEqual({ answerRate: 0.9, serviceLevel: { thresholdSec: 20, target: 0.8 }, ahtSec: 300, concurrency: null });
  });
});
