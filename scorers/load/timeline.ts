/**
 * Contacts in progress over time: a sweep over [start, end) intervals cut into buckets, giving per
 * bucket the time-weighted mean and the peak. Used for the concurrency timeline, for the observed
 * concurrency of a window (the knee of open-model stages) and for the peak of a set of contacts.
 */
import type { ConcurrencyTimeline, ContactSample } from './types.js';

export interface Interval {
  start: number;
  end: number;
}

export interface Sweep {
  mean: number[];
  peak: number[];
}

/** Mean and peak overlap per bucket of `bucketMs` from `origin`, over `buckets` buckets (intervals outside are clipped). */
export function sweep(intervals: readonly Interval[], origin: number, bucketMs: number, buckets: number): Sweep {
  const area = new Array<number>(buckets).fill(0);
  const peak = new Array<number>(buckets).fill(0);
  const endAt = origin + bucketMs * buckets;
  const points: [number, number][] = [];
  for (const iv of intervals) {
    const s = Math.max(origin, iv.start);
    const e = Math.min(endAt, iv.end);
    if (e <= s) continue;
    points.push([s, 1], [e, -1]);
  }
  // an end before a start at the same instant: touching contacts do not overlap
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let cur = 0;
  let last = origin;
  const advance = (to: number) => {
    while (last < to) {
      const b = Math.min(buckets - 1, Math.floor((last - origin) / bucketMs));
      const seg = Math.min(to, origin + (b + 1) * bucketMs);
      area[b]! += cur * (seg - last);
      if (cur > peak[b]!) peak[b] = cur;
      last = seg;
    }
  };
  for (const [t, d] of points) {
    if (t > last) advance(t);
    cur += d;
    const b = Math.min(buckets - 1, Math.floor((t - origin) / bucketMs));
    if (b >= 0 && cur > peak[b]!) peak[b] = cur;
  }
  advance(endAt);
  return { mean: area.map((a) => a / bucketMs), peak };
}

/** Highest number of intervals overlapping at once. */
export function peakOf(intervals: readonly Interval[]): number {
  const points: [number, number][] = [];
  for (const iv of intervals) if (iv.end > iv.start) points.push([iv.start, 1], [iv.end, -1]);
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let cur = 0;
  let peak = 0;
  for (const [, d] of points) {
    cur += d;
    if (cur > peak) peak = cur;
  }
  return peak;
}

/** The interval a contact was in progress (harness failures never reached the centre: callers leave them out). */
export function inProgress(s: ContactSample): Interval {
  return { start: s.startedAt, end: s.endedAt };
}

/** The interval an answered contact held an agent (answer → end). */
export function talking(s: ContactSample): Interval | null {
  if (s.status !== 'answered' || s.talkMs === null) return null;
  return { start: s.endedAt - s.talkMs, end: s.endedAt };
}

/** Bucket width: `bucketSec` when given, else whole seconds so that the run has at most ~1,500 buckets. */
export function bucketWidthMs(spanMs: number, bucketSec: number): number {
  if (bucketSec > 0) return Math.round(bucketSec * 1000);
  return Math.max(1000, Math.ceil(spanMs / 1500 / 1000) * 1000);
}

export function concurrencyTimeline(samples: readonly ContactSample[], originMs: number, bucketSec: number): ConcurrencyTimeline {
  const placed = samples.filter((s) => s.status !== 'harness-failure');
  if (!placed.length) return { bucketMs: 1000, originMs, points: [] };
  let end = originMs;
  for (const s of placed) if (s.endedAt > end) end = s.endedAt;
  const bucketMs = bucketWidthMs(end - originMs, bucketSec);
  const buckets = Math.max(1, Math.ceil((end - originMs) / bucketMs));
  const all = sweep(placed.map(inProgress), originMs, bucketMs, buckets);
  const agents = sweep(placed.map(talking).filter((x): x is Interval => x !== null), originMs, bucketMs, buckets);
  return {
    bucketMs,
    originMs,
    points: all.mean.map((m, k) => ({ t: k * bucketMs, mean: Math.round(m * 100) / 100, peak: all.peak[k]!, talking: agents.peak[k]! })),
  };
}
