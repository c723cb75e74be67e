/**
 * The load scheduler: turns a profile's stages into due contacts and hands them to a
 * ContactDispatcher (in-process or a shared queue; it does not know which).
 *
 * Open model (arrival-rate stages): arrivals come from the stage's rate, whatever the centre or
 * the harness is doing. The scheduler never waits for a contact to start or end before offering
 * the next one, and a contact keeps the due time it was planned for even when the scheduler
 * itself wakes late — so a harness that falls behind shows up as start lag, measured for every
 * contact, instead of as silently less load (no coordinated omission).
 *
 * Closed model (concurrency stages): keep the target number of contacts in progress; each one
 * that ends is replaced after think time (a virtual customer who calls again), while the target
 * still wants it.
 *
 * Caps hold for the whole run: total contacts and duration stop the offering; calls per second
 * spaces starts evenly (a later arrival waits for its slot, counted); concurrency turns an open
 * arrival beyond it away (counted and reported, never silent).
 */
import type { ChannelKind } from '../interaction/types.js';
import { arrivalOffsets, concurrencyAt, stream, timeConcurrencyReaches, type Prng } from './arrivals.js';
import type { LoadedProfile, MixPick } from './profile-loader.js';
import type { ContactDispatcher, DispatchOutcome, DueContact, LoadStagePlan } from './types.js';
import { HarnessError } from '../errors.js'; // queue (h/queue)

/** A shard that cannot be cut from this profile. */
export class ShardError extends HarnessError {
  constructor(message: string, hint?: string) {
    super('E_SHARD', message, hint);
  }
}

/** Time as the scheduler sees it; tests pass a fake one. */
export interface SchedulerClock {
  now(): number;
  /** Resolve at epoch ms `at` (at once when it has passed), or when `signal` aborts. */
  sleepUntil(at: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: SchedulerClock = {
  now: () => Date.now(),
  sleepUntil: (at, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, at - Date.now()));
      signal?.addEventListener('abort', done, { once: true });
    }),
};

export type SchedulerPlan = Pick<LoadedProfile, 'stages' | 'mix' | 'thinkTimeMs' | 'caps' | 'seed' | 'arrivals'>;

export interface SchedulerHooks {
  /** A contact is due: record it (manifest entry) before it is dispatched. */
  onDue?(contact: DueContact): void;
  onOutcome?(contact: DueContact, outcome: DispatchOutcome): void;
}

export interface SchedulerOptions {
  dispatcher: ContactDispatcher;
  clock?: SchedulerClock;
  hooks?: SchedulerHooks;
  signal?: AbortSignal;
  /** Epoch ms the first stage begins. @default clock.now() */
  startAt?: number;
  /**
   * Hand a contact to the dispatcher this long before it is due (it waits until `dueAt`): a timer
   * firing a little late then costs nothing, and a queue gets time to deliver. @default 20
   */
  leadMs?: number;
  /** First sequence number (contact ids `<scenario>.<channel>.L<seq>`). @default 1 */
  firstSeq?: number;
  // queue (h/queue): shards of one load run
  /**
   * Offer only every n-th arrival of the seeded schedule (shard i of n, CI matrices): the others are
   * drawn (times, mix, ids) and skipped, so the shards' union is exactly the unsharded run's
   * arrivals. Open-model (arrival-rate) stages only.
   */
  shard?: { index: number; count: number };
  // end queue
}

export interface SchedulerResult {
  startedAt: number;
  /** When offering stopped (end of the last stage, a cap, or an interrupt). */
  endedAt: number;
  offered: number;
  /** Open arrivals not offered because caps.concurrency contacts were in progress. */
  turnedAwayByConcurrencyCap: number;
  /** Contacts whose due time was moved later to respect caps.callsPerSecond. */
  delayedByCallsPerSecond: number;
  stoppedBy?: 'totalContacts' | 'duration' | 'interrupted';
  contacts: DueContact[];
  outcomes: DispatchOutcome[];
}

/** Contact id of the seq-th contact of a load run: stable, so resume finds it again. */
export function loadContactId(scenarioId: string, channel: ChannelKind, seq: number): string {
  return `${scenarioId}.${channel}.L${seq}`;
}

/** Weighted pick of one mix entry. */
export function pickMix(mix: readonly MixPick[], rng: Prng): MixPick {
  const total = mix.reduce((s, m) => s + m.weight, 0);
  let x = rng.next() * total;
  for (const m of mix) {
    x -= m.weight;
    if (x < 0) return m;
  }
  return mix[mix.length - 1]!;
}

export class LoadScheduler {
  private readonly clock: SchedulerClock;
  private readonly rngMix: Prng;
  private readonly rngThink: Prng;
  private readonly leadMs: number;
  private readonly pending = new Set<Promise<void>>();
  private seq: number;
  private t0 = 0;
  private inProgress = 0;
  /** Closed-model slots taken: contacts in progress plus those thinking before their replacement. */
  private closedSlots = 0;
  private nextCpsAt = -Infinity;
  private stopped = false;
  private readonly result: SchedulerResult = { startedAt: 0, endedAt: 0, offered: 0, turnedAwayByConcurrencyCap: 0, delayedByCallsPerSecond: 0, contacts: [], outcomes: [] };
  private current: LoadStagePlan | undefined;
  /** Open arrivals drawn so far, all stages (shards: which are this shard's). */
  private arrivalIndex = 0; // queue (h/queue)

  constructor(
    private readonly plan: SchedulerPlan,
    private readonly opts: SchedulerOptions,
  ) {
    this.clock = opts.clock ?? realClock;
    this.rngMix = stream(plan.seed, 'mix');
    this.rngThink = stream(plan.seed, 'think');
    this.leadMs = opts.leadMs ?? 20;
    this.seq = opts.firstSeq ?? 1;
    // queue (h/queue): a closed model has no schedule to split (its arrivals depend on the centre)
    if (opts.shard && plan.stages.some((st) => st.kind === 'concurrency')) throw new ShardError('--shard splits arrival-rate stages only; this profile has concurrency stages', 'run each machine with its own profile of concurrency / n, or use --queue for one run over many machines');
  }

  /** Contacts offered and not yet ended (the scheduler's own count, waiting ones included). */
  inFlight(): number {
    return this.inProgress;
  }

  /** Offer every stage's load, then wait for every dispatched contact to end. */
  async run(): Promise<SchedulerResult> {
    this.t0 = this.opts.startAt ?? this.clock.now();
    this.result.startedAt = this.t0;
    const endOffset = Math.min(this.plan.stages.at(-1)?.endMs ?? 0, this.plan.caps.durationMs ?? Infinity);
    for (const stage of this.plan.stages) {
      if (this.shouldStop(stage.startMs)) break;
      this.current = stage;
      if (stage.kind === 'arrival-rate') await this.runOpen(stage);
      else await this.runClosed(stage);
    }
    if (!this.stopped) await this.clock.sleepUntil(this.t0 + endOffset, this.opts.signal);
    this.stopped = true;
    this.current = undefined;
    this.result.endedAt = Math.min(this.clock.now(), this.t0 + endOffset);
    if (this.opts.signal?.aborted) this.result.stoppedBy ??= 'interrupted';
    while (this.pending.size) await Promise.all([...this.pending]);
    return this.result;
  }

  private shouldStop(offset: number): boolean {
    if (this.stopped) return true;
    if (this.opts.signal?.aborted) return this.stop('interrupted');
    if (this.plan.caps.durationMs !== undefined && offset >= this.plan.caps.durationMs) return this.stop('duration');
    if (this.plan.caps.totalContacts !== undefined && this.result.offered >= this.plan.caps.totalContacts) return this.stop('totalContacts');
    return false;
  }

  private stop(reason: NonNullable<SchedulerResult['stoppedBy']>): true {
    this.stopped = true;
    this.result.stoppedBy ??= reason;
    return true;
  }

  private async runOpen(stage: LoadStagePlan): Promise<void> {
    const rng = stream(this.plan.seed, `arrivals:${stage.name}`);
    for (const offset of arrivalOffsets(stage, this.plan.arrivals, rng)) {
      await this.clock.sleepUntil(this.t0 + offset - this.leadMs, this.opts.signal);
      if (this.shouldStop(offset)) return;
      // queue (h/queue): another shard's arrival — drawn like it (mix pick, id) so the union matches
      if (this.opts.shard && (this.arrivalIndex++ % this.opts.shard.count) !== this.opts.shard.index - 1) {
        pickMix(this.plan.mix, this.rngMix);
        this.seq += 1;
        continue;
      }
      // end queue
      const cap = this.plan.caps.concurrency;
      if (cap !== undefined && this.inProgress >= cap) {
        this.result.turnedAwayByConcurrencyCap += 1;
        continue;
      }
      this.offer(stage, this.t0 + offset, false);
    }
    await this.clock.sleepUntil(this.t0 + this.stageEnd(stage), this.opts.signal);
  }

  /** Where a stage's offering ends: its end, or the duration cap. */
  private stageEnd(stage: LoadStagePlan): number {
    return Math.min(stage.endMs, this.plan.caps.durationMs ?? Infinity);
  }

  /** The closed model's target now, within the concurrency cap. */
  private closedTarget(at: number): number {
    const stage = this.current;
    if (this.stopped || !stage || stage.kind !== 'concurrency') return 0;
    const target = Math.floor(concurrencyAt(stage, at - this.t0) + 1e-9);
    return Math.min(target, this.plan.caps.concurrency ?? Infinity);
  }

  private async runClosed(stage: LoadStagePlan): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const offset = now - this.t0;
      if (offset >= this.stageEnd(stage) || this.shouldStop(offset)) return;
      // Fill the slots the target wants now (new virtual customers start at once, no think time).
      while (this.closedSlots < this.closedTarget(now) && !this.shouldStop(offset)) {
        this.closedSlots += 1;
        this.offer(stage, now, true);
      }
      // Sleep until the ramp wants one more (never past the cap: then the stage's end).
      const atCap = this.closedSlots >= (this.plan.caps.concurrency ?? Infinity);
      const next = atCap ? undefined : timeConcurrencyReaches(stage, this.closedSlots + 1, offset + 1);
      await this.clock.sleepUntil(this.t0 + Math.min(next ?? Infinity, this.stageEnd(stage)), this.opts.signal);
    }
  }

  private offer(stage: LoadStagePlan, plannedDueAt: number, closed: boolean): void {
    let dueAt = plannedDueAt;
    const cps = this.plan.caps.callsPerSecond;
    if (cps !== undefined) {
      if (this.nextCpsAt > dueAt) {
        dueAt = this.nextCpsAt;
        this.result.delayedByCallsPerSecond += 1;
      }
      this.nextCpsAt = dueAt + 1000 / cps;
    }
    const pick = pickMix(this.plan.mix, this.rngMix);
    const contact: DueContact = { contactId: loadContactId(pick.scenarioId, pick.channel, this.seq++), scenarioId: pick.scenarioId, channel: pick.channel, stage: stage.name, dueAt };
    this.result.offered += 1;
    this.result.contacts.push(contact);
    this.inProgress += 1;
    this.opts.hooks?.onDue?.(contact);
    const done = this.opts.dispatcher
      .dispatch(contact)
      .then((outcome) => this.ended(contact, outcome, closed))
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
  }

  private async ended(contact: DueContact, outcome: DispatchOutcome, closed: boolean): Promise<void> {
    this.inProgress -= 1;
    this.result.outcomes.push(outcome);
    this.opts.hooks?.onOutcome?.(contact, outcome);
    if (!closed) return;
    // The slot thinks, then calls again if the target (of whatever stage is on by then) still wants it.
    const think = this.plan.thinkTimeMs;
    const pause = think.min + (think.max - think.min) * this.rngThink.next();
    const at = Math.max(this.clock.now(), outcome.endedAt + pause);
    await this.clock.sleepUntil(at, this.opts.signal);
    const stage = this.current;
    if (stage?.kind === 'concurrency' && !this.shouldStop(at - this.t0) && this.closedSlots <= this.closedTarget(at)) this.offer(stage, at, true);
    else this.closedSlots -= 1;
  }
}
