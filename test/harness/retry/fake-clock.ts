/** A clock for retry tests: sleeping advances time at once and is recorded; nothing really waits. */
import type { Clock } from '../../../harness/retry/policy.js';
import { seededRandom } from '../../../reports/statistics.js';

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

/** A seeded PRNG for the jitter: the project's mulberry32 (reports/statistics.ts), not a copy. */
export const seeded = seededRandom;
