/**
 * Arrival times of open-model stages, and a seeded PRNG. Pure: the same stage, mode and seed give
 * the same times, so a load plan is reproducible and the scheduler testable without a clock.
 *
 * A ramped rate r(t) = r0 + (r1 − r0)·t/D is a non-homogeneous Poisson process. Its arrivals are
 * the points where the cumulative rate Λ(t) = r0·t + (r1 − r0)·t²/(2D) reaches the running sum of
 * unit exponential gaps (time change), or, evenly spaced, reaches 0.5, 1.5, 2.5 … (one arrival in
 * the middle of each unit of expected arrivals, so a ramp from 0 does not start with one at t = 0).
 */
import type { LoadStagePlan } from './types.js';

export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
export function prng(seed: number): Prng {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** An independent stream for one purpose (arrivals, mix, think time) of one seed. */
export function stream(seed: number, purpose: string): Prng {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < purpose.length; i++) h = Math.imul(h ^ purpose.charCodeAt(i), 0x01000193);
  return prng(h >>> 0);
}

/** Expected arrivals over a whole arrival-rate stage: the mean rate × its length. */
export function expectedArrivals(stage: LoadStagePlan): number {
  const r = stage.ratePerMin ?? { from: 0, to: 0 };
  return (((r.from + r.to) / 2) * (stage.endMs - stage.startMs)) / 60_000;
}

/** The time t in [0, D] where Λ(t) = s, for a rate ramping r0 → r1 (per ms) over D. */
function inverseCumulative(s: number, r0: number, r1: number, d: number): number {
  const a = (r1 - r0) / (2 * d);
  if (Math.abs(a) < 1e-15) return s / r0;
  const disc = r0 * r0 + 4 * a * s;
  return (-r0 + Math.sqrt(Math.max(0, disc))) / (2 * a);
}

/**
 * Due offsets (ms from the run's start) of a stage's arrivals, ascending. Lazy, so a long soak at
 * a high rate is never materialised.
 */
export function* arrivalOffsets(stage: LoadStagePlan, mode: 'poisson' | 'even', rng: Prng): Generator<number> {
  const d = stage.endMs - stage.startMs;
  const r = stage.ratePerMin ?? { from: 0, to: 0 };
  const r0 = r.from / 60_000;
  const r1 = r.to / 60_000;
  const total = expectedArrivals(stage);
  if (d <= 0 || total <= 0) return;
  let s = mode === 'even' ? 0.5 : 0;
  for (;;) {
    if (mode === 'poisson') s += -Math.log(1 - rng.next());
    if (s > total) return;
    const t = inverseCumulative(s, r0, r1, d);
    if (t >= d) return;
    yield stage.startMs + t;
    if (mode === 'even') s += 1;
  }
}

/** Target contacts in progress at offset `t` within a concurrency stage (linear ramp). */
export function concurrencyAt(stage: LoadStagePlan, t: number): number {
  const c = stage.concurrency ?? { from: 0, to: 0 };
  const d = stage.endMs - stage.startMs;
  const f = d > 0 ? Math.min(1, Math.max(0, (t - stage.startMs) / d)) : 1;
  return c.from + (c.to - c.from) * f;
}

/** The first offset ≥ `after` where a concurrency stage's target reaches `level`, or undefined. */
export function timeConcurrencyReaches(stage: LoadStagePlan, level: number, after: number): number | undefined {
  const c = stage.concurrency ?? { from: 0, to: 0 };
  if (c.to <= c.from) return concurrencyAt(stage, after) >= level ? after : undefined;
  const t = stage.startMs + ((level - c.from) / (c.to - c.from)) * (stage.endMs - stage.startMs);
  if (t > stage.endMs) return undefined;
  return Math.max(after, t);
}
