/**
 * Running counts of a load run per stage, fed by the scheduler (offered, start lag) and by the
 * contacts as they end (answered, abandoned, answer time). What the live view and the end summary
 * print; the run's metrics proper are computed from the stored contacts afterwards.
 */
import { contactSample } from '../../scorers/load/samples.js';
import type { Interaction } from '../interaction/types.js';
import { percentile } from './harness-lag.js';
import type { DispatchOutcome, DueContact } from './types.js';

export interface StageStats {
  name: string;
  offered: number;
  /** Started and not ended. */
  inFlight: number;
  /** A human agent answered (the load metrics' notion, scorers/load/samples.ts). */
  answered: number;
  abandoned: number;
  /** Busy or not answered (the centre turned it away). */
  busy: number;
  /** Failed (the centre's or the harness's failure) or ended unanswered for another reason. */
  failed: number;
  ended: number;
  /** Start lag (started − due) of each started contact, ms. */
  lags: number[];
  /** Answer time (the ASA samples: ringing → answered, chat → agent joined), ms, per answered contact. */
  answerMs: number[];
}

export class LoadLiveStats {
  readonly stages = new Map<string, StageStats>();
  private readonly stageOf = new Map<string, string>();
  /** Most contacts in progress at once seen so far. */
  peakInFlight = 0;

  constructor(stageNames: readonly string[]) {
    for (const name of stageNames) this.stage(name);
  }

  private stage(name: string): StageStats {
    let s = this.stages.get(name);
    if (!s) this.stages.set(name, (s = { name, offered: 0, inFlight: 0, answered: 0, abandoned: 0, busy: 0, failed: 0, ended: 0, lags: [], answerMs: [] }));
    return s;
  }

  inFlight(): number {
    let n = 0;
    for (const s of this.stages.values()) n += s.inFlight;
    return n;
  }

  offered(c: DueContact): void {
    this.stageOf.set(c.contactId, c.stage);
    this.stage(c.stage).offered += 1;
  }

  started(contactId: string): void {
    const s = this.stages.get(this.stageOf.get(contactId) ?? '');
    if (!s) return;
    s.inFlight += 1;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight());
  }

  ended(contactId: string, interaction: Interaction): void {
    const s = this.stages.get(this.stageOf.get(contactId) ?? '');
    if (!s) return;
    s.inFlight = Math.max(0, s.inFlight - 1);
    s.ended += 1;
    const sample = contactSample(interaction);
    if (sample.status === 'answered') {
      s.answered += 1;
      if (sample.answerMs !== null) s.answerMs.push(sample.answerMs);
    } else if (sample.status === 'abandoned') s.abandoned += 1;
    else if (sample.status === 'busy' || sample.status === 'no-answer') s.busy += 1;
    else s.failed += 1;
  }

  /** The scheduler's view of the end: start lag. */
  dispatched(c: DueContact, o: DispatchOutcome): void {
    if (o.outcome === 'interrupted' || !o.startedAt) return;
    this.stage(c.stage).lags.push(Math.max(0, o.startedAt - c.dueAt));
  }

  /** Rows for a table: stage, in flight, offered, answered, abandoned, busy, failed, lag p95, answer p50/p95. */
  rows(): string[][] {
    const fmt = (ms: number[], p: number) => (ms.length ? `${(percentile(ms, p) / 1000).toFixed(1)}s` : '–');
    return [...this.stages.values()].map((s) => [
      s.name,
      String(s.inFlight),
      String(s.offered),
      String(s.answered),
      String(s.abandoned),
      String(s.busy),
      String(s.failed),
      s.lags.length ? `${Math.round(percentile(s.lags, 95))}ms` : '–',
      fmt(s.answerMs, 50),
      fmt(s.answerMs, 95),
    ]);
  }
}

export const LIVE_HEADERS = ['stage', 'in flight', 'offered', 'answered', 'abandoned', 'busy', 'failed', 'start lag p95', 'answer p50', 'answer p95'];

/** cli-table3 without a rule between rows: the live table stays small enough to redraw in place. */
export const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
