/**
 * Running counts of a load run per stage, fed by the scheduler (offered, start lag) and by the
 * contacts as they end (answered, abandoned, answer time). What the live view and the end summary
 * print; the run's metrics proper are computed from the stored contacts afterwards.
 */
import type { Interaction } from '../interaction/types.js';
import { percentile } from './harness-lag.js';
import type { DispatchOutcome, DueContact } from './types.js';

export interface StageStats {
  name: string;
  offered: number;
  /** Started and not ended. */
  inFlight: number;
  /** Reached an agent (an `agent-joined` event). */
  answered: number;
  abandoned: number;
  /** Failed, busy or no answer. */
  failed: number;
  ended: number;
  /** Start lag (started − due) of each started contact, ms. */
  lags: number[];
  /** Time from a contact's start to an agent, ms, for each answered contact. */
  answerMs: number[];
}

/** When an agent took the contact (ms from its start), if one did. */
export function answerTimeMs(i: Interaction): number | undefined {
  return i.events.find((e) => e.type === 'agent-joined')?.atMs;
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
    if (!s) this.stages.set(name, (s = { name, offered: 0, inFlight: 0, answered: 0, abandoned: 0, failed: 0, ended: 0, lags: [], answerMs: [] }));
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
    const answered = answerTimeMs(interaction);
    if (interaction.outcome === 'abandoned') s.abandoned += 1;
    else if (answered !== undefined) {
      s.answered += 1;
      s.answerMs.push(answered);
    } else s.failed += 1;
  }

  /** The scheduler's view of the end: start lag. */
  dispatched(c: DueContact, o: DispatchOutcome): void {
    if (o.outcome === 'interrupted' || !o.startedAt) return;
    this.stage(c.stage).lags.push(Math.max(0, o.startedAt - c.dueAt));
  }

  /** Rows for a table: stage, in flight, offered, answered, abandoned, failed, lag p95, answer p50/p95. */
  rows(): string[][] {
    const fmt = (ms: number[], p: number) => (ms.length ? `${(percentile(ms, p) / 1000).toFixed(1)}s` : '–');
    return [...this.stages.values()].map((s) => [
      s.name,
      String(s.inFlight),
      String(s.offered),
      String(s.answered),
      String(s.abandoned),
      String(s.failed),
      s.lags.length ? `${Math.round(percentile(s.lags, 95))}ms` : '–',
      fmt(s.answerMs, 50),
      fmt(s.answerMs, 95),
    ]);
  }
}

export const LIVE_HEADERS = ['stage', 'in flight', 'offered', 'answered', 'abandoned', 'failed', 'start lag p95', 'answer p50', 'answer p95'];
