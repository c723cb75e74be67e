/** A clock for retry tests: sleeping advances time at once and is recorded; nothing really waits. */
import type { Clock } from '../../../harness/retry/policy.js';

export interface FakeClock extends Clock {
  sleeps: number[];
}

export function fakeClock(start = Date.parse('2026-12-03T10:00:00Z')): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** A seeded PRNG (mulberry32) for the jitter. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
