import { describe, expect, it } from 'vitest';
import { harnessLag, percentile } from '../../../harness/load/harness-lag.js';
import type { DispatchOutcome, DueContact } from '../../../harness/load/types.js';

const due = (i: number, dueAt: number): DueContact => ({ contactId: `a.webchat.L${i}`, scenarioId: 'a', channel: 'webchat', stage: 's', dueAt });
const ended = (i: number, startedAt: number, endedAt: number): DispatchOutcome => ({ contactId: `a.webchat.L${i}`, outcome: 'completed', startedAt, endedAt });

describe('harness lag', () => {
  it('nearest-rank percentiles', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
    expect(percentile([], 95)).toBe(0);
  });

  it('on time: counts, p95, no warning', () => {
    const contacts = Array.from({ length: 100 }, (_, i) => due(i, i * 1000));
    const outcomes = contacts.map((c, i) => ended(i, c.dueAt + (i % 10), c.dueAt + 5000));
    const lag = harnessLag({ contacts, outcomes, offeredForMs: 100_000 });
    expect(lag).toEqual({ toleranceMs: 1000, lateContacts: 0, p95LagMs: 9 });
  });

  it('falling behind: says what was offered, what started on time, and from what concurrency the results are not the centre’s', () => {
    // One a second for 60 s, each lasting 10 s; from the 30th on, starts slip by 2 s.
    const contacts = Array.from({ length: 60 }, (_, i) => due(i, i * 1000));
    const outcomes = contacts.map((c, i) => ended(i, c.dueAt + (i >= 30 ? 2000 : 0), c.dueAt + (i >= 30 ? 2000 : 0) + 10_000));
    const lag = harnessLag({ contacts, outcomes, offeredForMs: 60_000 });
    expect(lag.lateContacts).toBe(30);
    expect(lag.p95LagMs).toBe(2000);
    expect(lag.warning).toMatch(/^offered 60\.0\/min, harness started only 30\.0\/min on time .*: results above 8 concurrent are not the centre's$/u);
  });

  it('a stray late start in a large run is not "falling behind"', () => {
    const contacts = Array.from({ length: 200 }, (_, i) => due(i, i * 100));
    const outcomes = contacts.map((c, i) => ended(i, c.dueAt + (i === 50 ? 5000 : 0), c.dueAt + 1000 + (i === 50 ? 5000 : 0)));
    const lag = harnessLag({ contacts, outcomes, offeredForMs: 20_000 });
    expect(lag.lateContacts).toBe(1);
    expect(lag.warning).toBeUndefined();
  });

  it('late from the very first contacts: says no result is the centre’s', () => {
    const contacts = Array.from({ length: 10 }, (_, i) => due(i, 0));
    const outcomes = contacts.map((c, i) => ended(i, (i + 1) * 2000, (i + 1) * 2000 + 100));
    expect(harnessLag({ contacts, outcomes, offeredForMs: 60_000 }).warning).toMatch(/it fell behind from the start: no result of this run is the centre's$/u);
  });
});
