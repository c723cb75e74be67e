import { describe, expect, it } from 'vitest';
import { arrivalOffsets, expectedArrivals, stream } from '../../../harness/load/arrivals.js';
import { planStages } from '../../../harness/load/profile-loader.js';
import type { StageData } from '../../../harness/load/profile-schema.js';
import { LoadScheduler, pickMix, type SchedulerPlan } from '../../../harness/load/scheduler.js';
import { FakeClock, FakeDispatcher } from './fakes.js';

const min = 60_000;

function plan(stages: StageData[], over: Partial<SchedulerPlan> = {}): SchedulerPlan {
  return {
    stages: planStages(stages),
    mix: [{ scenarioId: 'a', channel: 'webchat', weight: 1 }],
    thinkTimeMs: { min: 0, max: 0 },
    caps: {},
    seed: 42,
    arrivals: 'poisson',
    ...over,
  };
}

async function run(p: SchedulerPlan, handleMs = 1000, leadMs = 0) {
  const clock = new FakeClock();
  const dispatcher = new FakeDispatcher(clock, () => handleMs);
  const scheduler = new LoadScheduler(p, { dispatcher, clock, leadMs });
  const result = await clock.drive(scheduler.run());
  return { result, dispatcher, t0: result.startedAt };
}

describe('arrivals', () => {
  it('Poisson arrivals of a fixed seed land within 3σ of rate × time, per stage', async () => {
    const p = plan([
      { name: 'low', duration: 10 * min, arrivalRate: 30 },
      { name: 'high', duration: 10 * min, arrivalRate: 120 },
    ]);
    const { result } = await run(p);
    for (const [name, expected] of [['low', 300], ['high', 1200]] as const) {
      const n = result.contacts.filter((c) => c.stage === name).length;
      expect(Math.abs(n - expected)).toBeLessThan(3 * Math.sqrt(expected));
    }
  });

  it('a ramp puts a quarter of its arrivals in its first half (linear rate from 0)', () => {
    const [stage] = planStages([{ name: 'ramp', duration: 20 * min, arrivalRate: { from: 0, to: 120 } }]);
    const times = [...arrivalOffsets(stage!, 'even', stream(1, 'x'))];
    expect(expectedArrivals(stage!)).toBe(1200);
    expect(times).toHaveLength(1200);
    const firstHalf = times.filter((t) => t < 10 * min).length;
    expect(firstHalf).toBe(300);
    expect(times.every((t, i) => i === 0 || t > times[i - 1]!)).toBe(true);
  });

  it('evenly spaced arrivals are exactly rate × time, one gap apart', () => {
    const [stage] = planStages([{ duration: 60_000, arrivalRate: 60 }]);
    const times = [...arrivalOffsets(stage!, 'even', stream(1, 'x'))];
    expect(times).toHaveLength(60);
    expect(times[1]! - times[0]!).toBeCloseTo(1000, 6);
  });

  it('the same seed plans the same contacts; another seed plans others', async () => {
    const p = plan([{ duration: 2 * min, arrivalRate: 60 }], { mix: [{ scenarioId: 'a', channel: 'webchat', weight: 1 }, { scenarioId: 'b', channel: 'voice', weight: 1 }] });
    const due = async (seed: number) => {
      const r = await run({ ...p, seed });
      return r.result.contacts.map((c) => `${c.contactId}@${c.dueAt - r.t0}`);
    };
    expect(await due(42)).toEqual(await due(42));
    expect(await due(42)).not.toEqual(await due(43));
    expect((await due(42)).length).toBeGreaterThan(60);
  });

  it('a contact is handed over with its planned due time, never delayed to when the scheduler woke', async () => {
    const p = plan([{ duration: min, arrivalRate: 120 }], { arrivals: 'even' });
    const { result, dispatcher, t0 } = await run(p, 100_000);
    // 120 / min, even: the k-th is due at (k + 0.5) × 500 ms, however long the others take.
    result.contacts.forEach((c, k) => expect(c.dueAt - t0).toBeCloseTo((k + 0.5) * 500, 6));
    expect(dispatcher.maxRunning).toBe(120);
  });
});

describe('caps', () => {
  it('totalContacts stops the offering at exactly that many', async () => {
    const { result } = await run(plan([{ duration: 10 * min, arrivalRate: 600 }], { caps: { totalContacts: 50 } }));
    expect(result.offered).toBe(50);
    expect(result.stoppedBy).toBe('totalContacts');
  });

  it('duration stops the offering at that time', async () => {
    const { result, t0 } = await run(plan([{ duration: 10 * min, arrivalRate: 60 }], { caps: { durationMs: min } }));
    expect(result.contacts.every((c) => c.dueAt - t0 < min)).toBe(true);
    expect(result.offered).toBeGreaterThan(30);
    expect(result.stoppedBy).toBe('duration');
  });

  it('callsPerSecond: no second holds more starts than the cap, and the delayed ones are counted', async () => {
    const p = plan([{ duration: min, arrivalRate: 600 }], { caps: { callsPerSecond: 2 } });
    const { result } = await run(p);
    const due = result.contacts.map((c) => c.dueAt).sort((a, b) => a - b);
    for (let i = 0; i + 2 < due.length; i++) expect(due[i + 2]! - due[i]!).toBeGreaterThanOrEqual(1000 - 1e-6);
    expect(result.delayedByCallsPerSecond).toBeGreaterThan(0);
    // Every planned arrival is offered (later), none dropped.
    expect(result.offered).toBe([...arrivalOffsets(p.stages[0]!, 'poisson', stream(42, 'arrivals:stage-1'))].length);
  });

  it('concurrency: never more in progress than the cap; arrivals beyond it are turned away and counted', async () => {
    const { result, dispatcher } = await run(plan([{ duration: 5 * min, arrivalRate: 120 }], { caps: { concurrency: 5 } }), 30_000);
    expect(dispatcher.maxRunning).toBe(5);
    expect(result.turnedAwayByConcurrencyCap).toBeGreaterThan(100);
    expect(result.offered + result.turnedAwayByConcurrencyCap).toBeGreaterThan(500);
  });
});

describe('closed model', () => {
  it('keeps the target in progress, replacing each ended contact', async () => {
    const { dispatcher, t0, result } = await run(plan([{ duration: 2 * min, concurrency: 4 }]), 7_000);
    expect(dispatcher.maxRunning).toBe(4);
    // Sampled after each start or end inside the stage: 4 in progress, or 3 for the instant of a hand-over.
    const inside = dispatcher.samples.filter((s) => s.at - t0 > 0 && s.at - t0 < 2 * min);
    expect(inside.every((s) => s.running === 4 || s.running === 3)).toBe(true);
    expect(result.offered).toBeGreaterThanOrEqual(4 * Math.floor((2 * min) / 7_000));
  });

  it('ramps the target and waits think time before a replacement', async () => {
    const p = plan([{ duration: min, concurrency: { from: 0, to: 6 } }, { duration: min, concurrency: 6 }], { thinkTimeMs: { min: 2_000, max: 2_000 } });
    const { dispatcher, t0, result } = await run(p, 8_000);
    expect(dispatcher.maxRunning).toBe(6);
    // Slot k opens when the ramp reaches k (k × 10 s); each contact is replaced 8 s + 2 s after it
    // started, so every slot starts again on the 10 s ticks and k are in progress from k × 10 s.
    for (let k = 1; k <= 6; k++) expect(dispatcher.samples.find((s) => s.running >= k)!.at - t0).toBe(k * 10_000);
    expect(result.contacts.slice(0, 3).map((c) => c.dueAt - t0)).toEqual([10_000, 20_000, 20_000]);
  });

  it('the concurrency cap limits the closed target too', async () => {
    const { dispatcher } = await run(plan([{ duration: min, concurrency: 10 }], { caps: { concurrency: 3 } }), 5_000);
    expect(dispatcher.maxRunning).toBe(3);
  });
});

describe('mix', () => {
  it('respects weights over many picks', () => {
    const mix = [
      { scenarioId: 'a', channel: 'webchat' as const, weight: 3 },
      { scenarioId: 'b', channel: 'voice' as const, weight: 1 },
    ];
    const rng = stream(7, 'mix');
    let a = 0;
    for (let i = 0; i < 10_000; i++) if (pickMix(mix, rng).scenarioId === 'a') a += 1;
    expect(a / 10_000).toBeGreaterThan(0.73);
    expect(a / 10_000).toBeLessThan(0.77);
  });
});

describe('shards (--shard i/n)', () => {
  it('two shards offer every n-th arrival of the same schedule: their union is the unsharded run, ids, times and mix alike', async () => {
    const p = plan([{ name: 'steady', duration: 5 * min, arrivalRate: 60 }], { mix: [{ scenarioId: 'a', channel: 'webchat', weight: 1 }, { scenarioId: 'b', channel: 'voice', weight: 2 }] });
    const shardRun = async (shard?: { index: number; count: number }) => {
      const clock = new FakeClock();
      const scheduler = new LoadScheduler(p, { dispatcher: new FakeDispatcher(clock, () => 1000), clock, leadMs: 0, shard });
      const r = await clock.drive(scheduler.run());
      return r.contacts.map((c) => `${c.contactId}@${c.dueAt - r.startedAt}`);
    };
    const whole = await shardRun();
    const [one, two] = [await shardRun({ index: 1, count: 2 }), await shardRun({ index: 2, count: 2 })];
    expect(whole.length).toBeGreaterThan(100);
    expect([...one!, ...two!].sort()).toEqual([...whole].sort());
    expect(Math.abs(one!.length - two!.length)).toBeLessThanOrEqual(1);
    expect(one!.filter((x) => two!.includes(x))).toEqual([]);
  });

  it('refuses a closed-model profile', () => {
    const p = plan([{ name: 'c', duration: min, concurrency: 3 }]);
    expect(() => new LoadScheduler(p, { dispatcher: new FakeDispatcher(new FakeClock(), () => 1), shard: { index: 1, count: 2 } })).toThrow(/arrival-rate stages only/u);
  });
});
