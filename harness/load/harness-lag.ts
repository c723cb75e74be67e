/**
 * Did the harness keep up? Every contact's start lag (started − due) is measured; when too many
 * started late, the run says how much load really reached the centre on time and from what
 * concurrency on the results describe the harness rather than the centre (no coordinated
 * omission: the load asked for is never silently replaced by the load we managed).
 */
import type { DispatchOutcome, DueContact, LoadRunInfo } from './types.js';

/** Start lag beyond which a contact counts as late. @default 1000 */
export const DEFAULT_LAG_TOLERANCE_MS = 1000;
/** Share of late contacts from which the run warns (a stray GC pause is not "falling behind"). */
export const LATE_SHARE_WARNING = 0.01;

/** Nearest-rank percentile of unsorted values; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function countAtOrBefore(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface LagInput {
  contacts: readonly DueContact[];
  outcomes: readonly DispatchOutcome[];
  /** How long load was offered, ms (for the per-minute rates). */
  offeredForMs: number;
  toleranceMs?: number;
}

/** The harnessLag of a load run's manifest, with a warning when the harness fell behind. */
export function harnessLag(input: LagInput): NonNullable<LoadRunInfo['harnessLag']> {
  const toleranceMs = input.toleranceMs ?? DEFAULT_LAG_TOLERANCE_MS;
  const due = new Map(input.contacts.map((c) => [c.contactId, c.dueAt]));
  const started = input.outcomes.filter((o) => o.outcome !== 'interrupted' && due.has(o.contactId));
  const lags = started.map((o) => Math.max(0, o.startedAt - due.get(o.contactId)!));
  const late = started.filter((_, i) => lags[i]! > toleranceMs);
  const result: NonNullable<LoadRunInfo['harnessLag']> = { toleranceMs, lateContacts: late.length, p95LagMs: Math.round(percentile(lags, 95)) };
  if (!late.length || late.length / started.length < LATE_SHARE_WARNING) return result;
  // Contacts in progress when each late one was due: the lowest is where the harness first gave way.
  const starts = started.map((o) => o.startedAt).sort((a, b) => a - b);
  const ends = started.map((o) => o.endedAt).sort((a, b) => a - b);
  const inProgressAt = (t: number) => countAtOrBefore(starts, t) - countAtOrBefore(ends, t);
  const fellBehindAt = Math.min(...late.map((o) => inProgressAt(due.get(o.contactId)!)));
  const minutes = Math.max(input.offeredForMs, 1) / 60_000;
  const offered = (input.contacts.length / minutes).toFixed(1);
  const onTime = ((started.length - late.length) / minutes).toFixed(1);
  result.warning = `offered ${offered}/min, harness started only ${onTime}/min on time (${late.length} of ${started.length} contacts started more than ${toleranceMs} ms late, p95 lag ${result.p95LagMs} ms): ${fellBehindAt > 0 ? `results above ${fellBehindAt} concurrent are not the centre's` : "it fell behind from the start: no result of this run is the centre's"}`;
  return result;
}
