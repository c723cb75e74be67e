/**
 * The chat benchmark's figures, computed from what a run stored (the Interactions) and what the
 * centre logged (ground truth): how many chats were in progress at once, how long each waited
 * to start (due → started), and how far the page-recorded message times are from the centre's
 * send times — over the whole run and after the last chat had started (starting chats load the
 * machine; the figure after the last start shows what a steady run costs). Pure functions.
 */
import type { Interaction, Speaker } from '../harness/interaction/types.js';
import { compareWithTruth, type TruthMessage } from '../mocks/lab/compare.js';
import { percentile } from '../reports/console/summary-table.js';

export interface Spread {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface ChatRunFigures {
  contacts: number;
  completed: number;
  /** Error codes of the contacts that did not complete, with counts. */
  failures: Record<string, number>;
  /** Most chats ready and not yet ended at one moment (from the chats' own events). */
  peakInProgress: number;
  /** Due (the runner gave the contact a slot) → started (its browser start began), ms. */
  startLagMs: Spread;
  /** Due → chat ready (page loaded and the centre's chat open), ms. */
  dueToReadyMs: Spread;
  /** From the first contact due to the last chat ready, seconds: how long the ramp took. */
  rampSec: number;
  /** |page time − centre send time| of every matched centre message, ms. */
  errorMs: Spread;
  /** The same, only for messages the centre sent after the last chat was ready. */
  errorAfterRampMs: Spread;
  /** Centre messages sent while a contact was in progress that its Interaction lacks. */
  missing: number;
}

const EMPTY: Spread = { n: 0, p50: NaN, p95: NaN, max: NaN };

export function spread(values: readonly number[]): Spread {
  if (!values.length) return EMPTY;
  return { n: values.length, p50: percentile([...values], 50)!, p95: percentile([...values], 95)!, max: Math.max(...values) };
}

function eventAt(i: Interaction, type: string): number | undefined {
  return i.events.find((e) => e.type === type)?.atMs;
}

/**
 * When the contact was due (epoch ms): the `started` event's `dueAt`; runs made before it was
 * recorded carry `waitedToStartMs` (the start-slot wait) instead; else the contact's start.
 */
export function dueAtOf(i: Interaction): number {
  const detail = i.events.find((e) => e.type === 'started')?.detail;
  if (typeof detail?.dueAt === 'number') return detail.dueAt;
  if (typeof detail?.waitedToStartMs === 'number') return i.startedAt - detail.waitedToStartMs;
  return i.startedAt;
}

/** Most intervals [from, to) open at one moment; an interval that ends as another starts does not overlap it. */
export function peakOverlap(intervals: readonly { from: number; to: number }[]): number {
  const edges = intervals.flatMap((iv) => [
    { at: iv.from, d: 1 },
    { at: iv.to, d: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.d - b.d);
  let open = 0;
  let peak = 0;
  for (const e of edges) {
    open += e.d;
    peak = Math.max(peak, open);
  }
  return peak;
}

/**
 * Ground truth as the chat benchmark reads it: the simulated centre's log (records of type
 * "message" with a seq) or the widget zoo's (one `{ page, ref, speaker, text, at }` per line, in
 * insertion order), both as TruthMessages. Other records are skipped.
 */
export function parseTruthLines(text: string): TruthMessage[] {
  const seqByRef = new Map<string, number>();
  const out: TruthMessage[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Partial<TruthMessage> & { page?: string };
    if (typeof r.ref !== 'string' || typeof r.text !== 'string' || typeof r.at !== 'number' || typeof r.speaker !== 'string') continue;
    if (r.type === 'message' && typeof r.seq === 'number') {
      out.push(r as TruthMessage);
    } else if (r.type === undefined && r.page !== undefined) {
      const seq = (seqByRef.get(r.ref) ?? 0) + 1;
      seqByRef.set(r.ref, seq);
      out.push({ type: 'message', ref: r.ref, seq, speaker: r.speaker, text: r.text, at: r.at });
    }
  }
  return out;
}

export function chatRunFigures(interactions: readonly Interaction[], truth: readonly TruthMessage[], speakers: readonly Speaker[] = ['agent']): ChatRunFigures {
  const failures: Record<string, number> = {};
  const lags: number[] = [];
  const toReady: number[] = [];
  const inProgress: { from: number; to: number }[] = [];
  let firstDue = Number.POSITIVE_INFINITY;
  let lastReady = Number.NEGATIVE_INFINITY;
  for (const i of interactions) {
    if (i.outcome !== 'completed') {
      const code = i.error?.code ?? i.outcome;
      failures[code] = (failures[code] ?? 0) + 1;
    }
    const dueAt = dueAtOf(i);
    firstDue = Math.min(firstDue, dueAt);
    lags.push(Math.max(0, i.startedAt - dueAt));
    const ready = eventAt(i, 'chat-ready');
    if (ready === undefined) continue;
    const readyAt = i.startedAt + ready;
    lastReady = Math.max(lastReady, readyAt);
    toReady.push(readyAt - dueAt);
    inProgress.push({ from: readyAt, to: i.startedAt + i.durationMs });
  }
  const errors: number[] = [];
  const afterRamp: number[] = [];
  let missing = 0;
  for (const i of interactions) {
    const c = compareWithTruth(i, truth, speakers);
    c.errorsMs.forEach((e, k) => {
      errors.push(Math.abs(e));
      if (c.matchedAt[k]! > lastReady) afterRamp.push(Math.abs(e));
    });
    missing += c.missing.filter((m) => m.at <= i.startedAt + i.durationMs).length;
  }
  return {
    contacts: interactions.length,
    completed: interactions.length - Object.values(failures).reduce((a, b) => a + b, 0),
    failures,
    peakInProgress: peakOverlap(inProgress),
    startLagMs: spread(lags),
    dueToReadyMs: spread(toReady),
    rampSec: Number.isFinite(lastReady) ? (lastReady - firstDue) / 1000 : NaN,
    errorMs: spread(errors),
    errorAfterRampMs: spread(afterRamp),
    missing,
  };
}
