/** Percentiles and means over raw samples (never over other percentiles: shards merge exactly). */
import type { Percentiles } from './types.js';

/** Nearest-rank percentiles (every value reported is one that was measured), as summary.ts `stats`. */
export function percentiles(values: readonly number[]): Percentiles {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return { count: 0, p50: null, p90: null, p95: null, p99: null, max: null };
  const rank = (p: number) => v[Math.max(0, Math.ceil((p / 100) * v.length) - 1)]!;
  return { count: v.length, p50: rank(50), p90: rank(90), p95: rank(95), p99: rank(99), max: v[v.length - 1]! };
}

export function mean(values: readonly number[]): number | null {
  if (!values.length) return null;
  let s = 0;
  for (const x of values) s += x;
  return s / values.length;
}

/** Ratios as the summary keeps them: four decimals. */
export function ratio4(x: number | null): number | null {
  return x === null ? null : Math.round(x * 10_000) / 10_000;
}

export function roundMs(x: number | null): number | null {
  return x === null ? null : Math.round(x);
}

/** Least-squares slope of y over x (null with fewer than two distinct x). */
export function slope(points: readonly { x: number; y: number }[]): number | null {
  if (points.length < 2) return null;
  const mx = mean(points.map((p) => p.x))!;
  const my = mean(points.map((p) => p.y))!;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}
