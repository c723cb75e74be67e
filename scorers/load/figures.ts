/**
 * The metrics of any set of contacts (a stage, a window, a concurrency level, the whole run).
 *
 * Definitions (what a capacity planner reading Erlang C / COPC reports expects):
 * - offered = contacts due and placed, minus the harness's own failures (never offered to the centre);
 * - 呼叫接通率 = answered / offered; abandons, busy, no-answer, centre failures and bot-only contacts
 *   are all "not answered";
 * - ASA = mean answer time of the answered contacts;
 * - service level = answered within T / (offered − short abandons): a customer who gave up within
 *   `shortAbandonSec` is left out of the denominator (the COPC / ACD "short abandon" rule), every
 *   other abandon counts against the service level;
 * - 平均处理时长 = mean handle time of the answered contacts (the handle-time check's figure);
 * - latency percentiles over every agent reply of every contact, from the raw replies.
 */
import type { ContactSample, LoadFigures } from './types.js';
import { mean, percentiles, ratio4, roundMs } from './stats.js';
import { inProgress, peakOf } from './timeline.js';

export interface FigureOptions {
  thresholdSec: number;
  shortAbandonSec: number;
  /** Time span the contacts arrived in, for the offered load in Erlangs; absent: first to last arrival. */
  spanMs?: number;
}

function count(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/** Keys sorted, so the JSON is the same whatever order the contacts came in (shards). */
function sorted(map: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function loadFigures(samples: readonly ContactSample[], opts: FigureOptions): LoadFigures {
  const tMs = opts.thresholdSec * 1000;
  const shortMs = opts.shortAbandonSec * 1000;
  let offered = 0;
  let answered = 0;
  let abandoned = 0;
  let shortAbandoned = 0;
  let busy = 0;
  let noAnswer = 0;
  let failed = 0;
  let unanswered = 0;
  let harnessFailures = 0;
  let within = 0;
  const answerMs: number[] = [];
  const handle: number[] = [];
  const talk: number[] = [];
  const lat: number[] = [];
  const lag: number[] = [];
  const errors = { centre: {} as Record<string, number>, harness: {} as Record<string, number> };
  let firstDue = Infinity;
  let lastDue = -Infinity;
  for (const s of samples) {
    if (s.status === 'harness-failure') {
      harnessFailures++;
      count(errors.harness, s.errorCode ?? 'E_UNKNOWN');
      continue;
    }
    offered++;
    lag.push(s.startLagMs);
    if (s.dueAt < firstDue) firstDue = s.dueAt;
    if (s.dueAt > lastDue) lastDue = s.dueAt;
    if (s.errorCode) count(errors.centre, s.errorCode);
    switch (s.status) {
      case 'answered':
        answered++;
        if (s.answerMs !== null) {
          answerMs.push(s.answerMs);
          if (s.answerMs <= tMs) within++;
        }
        if (s.handleMs !== null) handle.push(s.handleMs);
        if (s.talkMs !== null) talk.push(s.talkMs);
        for (const l of s.latenciesMs) lat.push(l);
        break;
      case 'abandoned':
        abandoned++;
        if (s.abandonMs !== null && s.abandonMs <= shortMs) shortAbandoned++;
        break;
      case 'busy':
        busy++;
        break;
      case 'no-answer':
        noAnswer++;
        break;
      case 'failed':
        failed++;
        break;
      default:
        unanswered++;
    }
  }
  const slBase = offered - shortAbandoned;
  const span = opts.spanMs ?? (offered > 1 ? lastDue - firstDue : 0);
  const talkMean = mean(talk);
  return {
    offered,
    answered,
    abandoned,
    shortAbandoned,
    busy,
    noAnswer,
    failed,
    unanswered,
    harnessFailures,
    answerRate: ratio4(offered ? answered / offered : null),
    asaMs: roundMs(mean(answerMs)),
    answerTime: percentiles(answerMs),
    serviceLevel: ratio4(slBase > 0 ? within / slBase : null),
    answeredWithinT: within,
    ahtMs: roundMs(mean(handle)),
    talkMs: roundMs(talkMean),
    latency: percentiles(lat),
    startLag: percentiles(lag),
    errors: { centre: sorted(errors.centre), harness: sorted(errors.harness) },
    peakConcurrency: peakOf(samples.filter((s) => s.status !== 'harness-failure').map(inProgress)),
    offeredErlangs: span > 0 && talkMean !== null ? Math.round((offered / (span / 1000)) * (talkMean / 1000) * 100) / 100 : null,
  };
}
