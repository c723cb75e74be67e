/**
 * The centre's own per-contact log, the truth the harness's answer rate and ASA are checked
 * against: for every contact offered to the centre, when it reached the ACD, whether it waited,
 * when an agent answered (or when the customer gave up, or the centre said busy / overflowed),
 * and how long it was handled. Counts are what a real ACD report shows.
 *
 * Shared by the chat and voice sides of one lab (one ledger, two channels) and served over HTTP by
 * the chat centre (`GET /truth/counts`, `GET /truth/contacts`). Each finished contact is also
 * appended to the ground-truth JSONL as a `contact` record.
 */
import type { ContactRecord, GroundTruthRecord, GroundTruthWriter } from './ground-truth.js';

export type LedgerChannel = 'webchat' | 'voice';

/**
 * How a contact ended from the ACD's view: `answered` (an agent took it), `abandoned` (the
 * customer left before an agent answered), `busy` (rejected at once: no line / queue full),
 * `overflow` (waited the longest queue wait, then turned away).
 */
export type ContactFate = 'answered' | 'abandoned' | 'busy' | 'overflow';
export type BusyReason = 'lines' | 'queue';
export type LedgerEndedBy = 'customer' | 'agent' | 'timeout' | 'disconnect';

/** One contact; epoch ms. Mutable while the contact is live, frozen once `endedAt` is set. */
export interface ContactTruth {
  channel: LedgerChannel;
  ref: string;
  sessionId: string;
  offeredAt: number;
  /** Asked the ACD for an agent (chat: on connect; voice: after the IVR menu). */
  acdAt?: number;
  /** Had to wait (no free agent slot). */
  queuedAt?: number;
  answeredAt?: number;
  agentId?: string;
  /** The customer left before an agent answered. */
  abandonedAt?: number;
  busyAt?: number;
  busyReason?: BusyReason;
  overflowAt?: number;
  endedAt?: number;
  endedBy?: LedgerEndedBy | 'busy' | 'overflow';
  /** From reaching the ACD to answer / abandonment / overflow; 0 when an agent was free. */
  queuedForMs?: number;
  /** From answer to end. */
  handledForMs?: number;
  fate?: ContactFate;
}

export interface TruthCounts {
  offered: number;
  answered: number;
  abandoned: number;
  busy: number;
  overflow: number;
  /** Offered and not yet ended (in the IVR, queued or in service). */
  live: number;
  /** Waiting in the queue right now. */
  waiting: number;
  inService: number;
  /** Mean queue wait of the answered contacts, ms (ASA); null when none was answered. */
  asaMs: number | null;
  /** Longest queue wait of an answered contact, ms. */
  maxAnsweredWaitMs: number | null;
  /** Mean handle time of the answered contacts that ended, ms. */
  meanHandleMs: number | null;
  /** Most contacts in service (answered, not ended) at once. */
  maxConcurrentInService: number;
  /** answered / offered (null when nothing was offered). */
  answerRate: number | null;
}

type Writer = Pick<GroundTruthWriter, 'write'>;

export class ContactLedger {
  private readonly all: ContactTruth[] = [];
  private readonly inService: Record<LedgerChannel, number> = { webchat: 0, voice: 0 };
  private readonly maxInService: Record<LedgerChannel, number> = { webchat: 0, voice: 0 };
  private readonly writers = new Set<Writer>();

  /** @param now the clock of the `at`s. @default Date.now */
  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Also append each finished contact to this ground-truth log (the chat and voice sides may each bring theirs). */
  addWriter(writer: Writer | undefined): void {
    if (writer) this.writers.add(writer);
  }

  offer(channel: LedgerChannel, ref: string, sessionId: string): ContactTruth {
    const c: ContactTruth = { channel, ref, sessionId, offeredAt: this.now() };
    this.all.push(c);
    return c;
  }

  enterAcd(c: ContactTruth): void {
    if (c.endedAt === undefined) c.acdAt ??= this.now();
  }

  queued(c: ContactTruth): void {
    if (c.endedAt === undefined) c.queuedAt ??= this.now();
  }

  answered(c: ContactTruth, agentId: string): void {
    if (c.endedAt !== undefined || c.answeredAt !== undefined) return;
    const at = this.now();
    c.answeredAt = at;
    c.agentId = agentId;
    c.queuedForMs = at - (c.acdAt ?? c.offeredAt);
    this.inService[c.channel]++;
    this.maxInService[c.channel] = Math.max(this.maxInService[c.channel], this.inService[c.channel]);
  }

  /** Rejected at once (no free line, queue full); ends the contact. */
  busy(c: ContactTruth, reason: BusyReason): void {
    if (c.endedAt !== undefined) return;
    c.busyAt = this.now();
    c.busyReason = reason;
    this.finish(c, 'busy', 'busy');
  }

  /** Waited the longest queue wait; ends the contact (the centre closes it). */
  overflow(c: ContactTruth): void {
    if (c.endedAt !== undefined) return;
    const at = this.now();
    c.overflowAt = at;
    c.queuedForMs = at - (c.acdAt ?? c.offeredAt);
    this.finish(c, 'overflow', 'overflow');
  }

  /** The contact ended; not answered by then (and not rejected) means the customer abandoned it. */
  ended(c: ContactTruth, by: LedgerEndedBy): void {
    if (c.endedAt !== undefined) return;
    if (c.answeredAt !== undefined) {
      this.inService[c.channel]--;
      this.finish(c, 'answered', by);
      return;
    }
    const at = this.now();
    c.abandonedAt = at;
    c.queuedForMs = c.acdAt === undefined ? 0 : at - c.acdAt;
    this.finish(c, 'abandoned', by);
  }

  contacts(channel?: LedgerChannel): ContactTruth[] {
    return this.all.filter((c) => !channel || c.channel === channel).map((c) => ({ ...c }));
  }

  counts(channel?: LedgerChannel): TruthCounts {
    const list = this.all.filter((c) => !channel || c.channel === channel);
    const answered = list.filter((c) => c.answeredAt !== undefined);
    const handled = answered.filter((c) => c.handledForMs !== undefined);
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    const fate = (f: ContactFate) => list.filter((c) => c.fate === f).length;
    const waits = answered.map((c) => c.queuedForMs ?? 0);
    return {
      offered: list.length,
      answered: answered.length,
      abandoned: fate('abandoned'),
      busy: fate('busy'),
      overflow: fate('overflow'),
      live: list.filter((c) => c.endedAt === undefined).length,
      waiting: list.filter((c) => c.endedAt === undefined && c.queuedAt !== undefined && c.answeredAt === undefined).length,
      inService: channel ? this.inService[channel] : this.inService.webchat + this.inService.voice,
      asaMs: mean(waits),
      maxAnsweredWaitMs: waits.length ? Math.max(...waits) : null,
      meanHandleMs: mean(handled.map((c) => c.handledForMs!)),
      maxConcurrentInService: channel ? this.maxInService[channel] : Math.max(this.maxInService.webchat, this.maxInService.voice),
      answerRate: list.length ? answered.length / list.length : null,
    };
  }

  private finish(c: ContactTruth, fate: ContactFate, by: NonNullable<ContactTruth['endedBy']>): void {
    const at = this.now();
    c.endedAt = at;
    c.endedBy = by;
    c.fate = fate;
    if (c.answeredAt !== undefined) c.handledForMs = at - c.answeredAt;
    const record: ContactRecord = { ...c, type: 'contact', at, fate, endedAt: at };
    for (const w of this.writers) w.write(record as GroundTruthRecord);
  }
}
