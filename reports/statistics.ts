/**
 * Statistics an assessor can defend. Scores (0–100 per contact) get a percentile-bootstrap 95%
 * interval of the mean with a fixed seed (so the same run always prints the same interval; above
 * 2,000 contacts the normal interval mean ± 1.96·s/√n, which the bootstrap then matches);
 * rates get the Wilson score interval (exact enough at small n, never outside 0–100%). Both say
 * how many contacts would bring the margin to the target (±2 points by default):
 *   scores: n = ⌈(z·s / m)²⌉   (s: standard deviation over contacts, m: margin in points)
 *   rates:  n = ⌈z²·p(1−p) / m²⌉ (p: observed rate, 0.5 when nothing was observed; m as a fraction)
 */

export const Z95 = 1.959963984540054;

/** Bootstrap resamples. 1,000 gives percentiles stable to ~0.1 point on these score ranges. */
export const BOOTSTRAP_RESAMPLES = 1000;
export const BOOTSTRAP_SEED = 20190101;
/**
 * Above this many contacts the mean is normal to well within the printed precision and the
 * bootstrap (n × resamples draws) only costs time: mean ± z·s/√n is used and said so.
 */
export const BOOTSTRAP_MAX_N = 2000;

export interface Interval {
  n: number;
  /** Mean (scores, 0–100) or observed rate (0–1). null when n = 0. */
  estimate: number | null;
  low: number | null;
  high: number | null;
  /** Half-width of the interval in points (percentage points for rates). */
  margin: number | null;
  /** Contacts needed for ±targetMargin, and how many more than n that is. */
  needed: number | null;
  more: number | null;
  method: 'bootstrap-percentile' | 'normal' | 'wilson';
}

/** mulberry32: tiny, fast, and identical on every machine (Math.random is not seedable). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r2 = (x: number) => Math.round(x * 100) / 100;

export function mean(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/** Sample standard deviation (n − 1). 0 for fewer than two values. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return Math.sqrt(ss / (values.length - 1));
}

/** Contacts for a mean with half-width `margin` points at 95%: ⌈(z·s/m)²⌉, at least 2. */
export function contactsForMargin(sd: number, margin: number): number {
  return Math.max(2, Math.ceil(((Z95 * sd) / margin) ** 2));
}

/** Contacts for a rate with half-width `marginPoints` percentage points at 95%. */
export function contactsForRate(p: number, marginPoints: number): number {
  const m = marginPoints / 100;
  return Math.max(2, Math.ceil((Z95 ** 2 * p * (1 - p)) / m ** 2));
}

export interface ScoreIntervalOptions {
  /** @default 2 (points on the 0–100 scale) */
  targetMargin?: number;
  /** @default BOOTSTRAP_RESAMPLES */
  resamples?: number;
  /** @default BOOTSTRAP_SEED */
  seed?: number;
}

/** 95% percentile-bootstrap interval of the mean of 0–100 scores. */
export function scoreInterval(values: readonly number[], opts: ScoreIntervalOptions = {}): Interval {
  const n = values.length;
  const targetMargin = opts.targetMargin ?? 2;
  if (!n) return { n, estimate: null, low: null, high: null, margin: null, needed: null, more: null, method: 'bootstrap-percentile' };
  const sd = standardDeviation(values);
  const needed = contactsForMargin(sd, targetMargin);
  if (n > BOOTSTRAP_MAX_N) {
    const m = mean(values);
    const half = (Z95 * sd) / Math.sqrt(n);
    return { n, estimate: r2(m), low: r2(m - half), high: r2(m + half), margin: r2(half), needed, more: Math.max(0, needed - n), method: 'normal' };
  }
  const B = opts.resamples ?? BOOTSTRAP_RESAMPLES;
  const rand = seededRandom(opts.seed ?? BOOTSTRAP_SEED);
  const means = new Float64Array(B);
  for (let b = 0; b < B; b++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += values[(rand() * n) | 0]!;
    means[b] = s / n;
  }
  means.sort();
  const low = means[Math.floor(0.025 * (B - 1))]!;
  const high = means[Math.ceil(0.975 * (B - 1))]!;
  return { n, estimate: r2(mean(values)), low: r2(low), high: r2(high), margin: r2((high - low) / 2), needed, more: Math.max(0, needed - n), method: 'bootstrap-percentile' };
}

/** 95% Wilson score interval of successes / n (rates as fractions 0–1, margin in points). */
export function rateInterval(successes: number, n: number, targetMarginPoints = 2): Interval {
  if (!n) return { n, estimate: null, low: null, high: null, margin: null, needed: contactsForRate(0.5, targetMarginPoints), more: contactsForRate(0.5, targetMarginPoints), method: 'wilson' };
  const p = successes / n;
  const z2 = Z95 ** 2;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
  const low = Math.max(0, centre - half);
  const high = Math.min(1, centre + half);
  const needed = contactsForRate(p, targetMarginPoints);
  return { n, estimate: r4(p), low: r4(low), high: r4(high), margin: r2(((high - low) / 2) * 100), needed, more: Math.max(0, needed - n), method: 'wilson' };
}
