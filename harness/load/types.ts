/**
 * The shape shared by everything that takes part in a load run (issue 12): the profile planner
 * and scheduler (`load`), the queue workers (`worker`), shards and `merge`, and the pure metrics
 * and D.2.1 scoring in scorers/ (which may import these *types* only).
 *
 * A load run is stored like any run (runs/<runId>/), with `RunManifest.load` describing the
 * profile as it was run, and each contact's entry carrying `load` (its stage and due time).
 * Metrics are always computed from the raw per-contact samples (Interactions + these entries),
 * never from averaged percentiles, so shards merge exactly.
 */
import type { ChannelKind } from '../interaction/types.js';

/** One stage of a profile as planned, times in ms from the load run's start. */
export interface LoadStagePlan {
  name: string;
  /** Open model (arrivals per minute) or closed model (a target number of contacts in progress). */
  kind: 'arrival-rate' | 'concurrency';
  startMs: number;
  endMs: number;
  /** Arrivals per minute, ramped linearly from → to over the stage (arrival-rate stages). */
  ratePerMin?: { from: number; to: number };
  /** Contacts in progress, ramped linearly from → to over the stage (concurrency stages). */
  concurrency?: { from: number; to: number };
  /** Stage role for reports: `soak` stages feed 稳定性 (drift over time). @default "load" */
  role?: 'load' | 'soak' | 'spike' | 'ramp';
}

/** Targets the D.2.1 items and the capacity knee are judged against. */
export interface LoadTargets {
  /** 呼叫接通率 target, 0..1. @default 0.95 */
  answerRate: number;
  /** Service level: share answered within `thresholdSec`, 0..1. @default { thresholdSec: 20, target: 0.8 } */
  serviceLevel: { thresholdSec: number; target: number };
  /** 平均处理时长 target in seconds (lower is better). @default 300 */
  ahtSec: number;
  /** 并发处理能力 target (contacts in progress the centre must sustain); absent: judged on the knee alone. */
  concurrency?: number;
}

/** What `RunManifest.load` holds: the profile as it was run. */
export interface LoadRunInfo {
  profileId: string;
  title?: string;
  /** Profile file as given, and its sha256 (reproducibility). */
  file: string;
  sha256: string;
  /** Epoch ms when the first stage began. */
  startedAt: number;
  /** Epoch ms when the scheduler stopped offering load (absent while running). */
  endedAt?: number;
  stages: LoadStagePlan[];
  targets: LoadTargets;
  // --- h/metrics: optional, added for the load metrics (scorers/load) ---
  /**
   * How the load metrics judge the run (short abandons, knee windows, drift tolerance); absent:
   * the defaults of scorers/load/metrics.ts LOAD_METRICS_DEFAULTS.
   */
  metrics?: {
    /** @default 5 */
    shortAbandonSec?: number;
    /** @default 60 */
    windowSec?: number;
    /** @default 2 */
    minWindows?: number;
    /** @default 0 (automatic) */
    timelineBucketSec?: number;
    /** @default { latencyP95Pct: 20, answerRatePts: 5 } */
    stabilityTolerance?: { latencyP95Pct: number; answerRatePts: number };
  };
  // --- end h/metrics ---
  /** Caps that held for the whole run (across all workers when a queue is used). */
  caps: { totalContacts?: number; durationMs?: number; callsPerSecond?: number; concurrency?: number };
  /** Customer patience: a contact not answered by an agent within this is abandoned by the shopper. */
  patienceMs?: number;
  seed: number;
  /** `i/n` when this run is one shard of a larger one. */
  shard?: { index: number; count: number };
  /** How contacts were placed. */
  dispatch: { kind: 'local' } | { kind: 'queue'; queue: string; workers?: string[] };
  /**
   * When the harness could not keep up (start lag beyond tolerance), the run says so instead of
   * silently offering less load than asked (no coordinated omission).
   */
  harnessLag?: { toleranceMs: number; lateContacts: number; p95LagMs: number; warning?: string };
  /**
   * What the scheduler offered (written when it stops): contacts handed to the dispatcher, open
   * arrivals turned away at caps.concurrency, contacts moved later by caps.callsPerSecond, and why
   * the offering stopped before the stages' end, if it did.
   */
  offered?: { contacts: number; turnedAwayByConcurrencyCap: number; delayedByCallsPerSecond: number; stoppedBy?: 'totalContacts' | 'duration' | 'interrupted' };
}

/** A contact's place in a load run, on its manifest entry (ContactEntry.load). */
export interface ContactLoadInfo {
  stage: string;
  /** Epoch ms the contact was due to start (its scheduled arrival). */
  dueAt: number;
  /** Worker (host:pid) that placed it, when a queue is used. */
  worker?: string;
}

/** A contact the scheduler wants started at `dueAt`, handed to a dispatcher. */
export interface DueContact {
  contactId: string;
  scenarioId: string;
  channel: ChannelKind;
  stage: string;
  dueAt: number;
}

/** How a dispatched contact ended, as the scheduler needs to know it (closed-model stages, live view). */
export interface DispatchOutcome {
  contactId: string;
  outcome: 'completed' | 'no-answer' | 'busy' | 'failed' | 'abandoned' | 'interrupted';
  /** Epoch ms it actually started (start lag = startedAt - dueAt). */
  startedAt: number;
  endedAt: number;
}

/**
 * Places due contacts: in this process (p-queue over `placeContact`) or through a shared queue
 * (BullMQ on Redis, placed by `worker` processes on any number of machines).
 */
export interface ContactDispatcher {
  /** Start the contact at `dueAt` (or as soon as caps allow); resolves when it has ended. Never rejects. */
  dispatch(contact: DueContact): Promise<DispatchOutcome>;
  /** Contacts started and not yet ended. */
  inFlight(): number;
  /** Stop accepting, wait for or abort what is in flight, release resources. */
  close(): Promise<void>;
}
