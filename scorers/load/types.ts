/**
 * What the load metrics say about a load run (issue 12): per stage and overall counts, 呼叫接通率,
 * ASA, service level, 平均处理时长, latency percentiles, errors by cause, the concurrency timeline,
 * the capacity knee (并发处理能力) and 稳定性 (drift over soak stages). Every figure is computed
 * from raw per-contact samples, so shards concatenated give exactly the figures of one run.
 */
import type { ChannelKind, Outcome } from '../../harness/interaction/types.js';

/**
 * How one contact counted, from the centre's point of view:
 * - `answered`: a human agent answered (an agent turn exists: contact-status `served`);
 * - `abandoned`: the customer gave up waiting (outcome abandoned, no agent turn);
 * - `busy` / `no-answer`: the line was busy / never picked up;
 * - `failed`: the centre failed (error code not the harness's own, scorers/contact-status.ts);
 * - `unanswered`: the contact ran but no agent ever spoke (a bot or IVR only, a queue that never ended);
 * - `harness-failure`: the tool's own failure: not offered to the centre, reported apart.
 */
export type SampleStatus = 'answered' | 'abandoned' | 'busy' | 'no-answer' | 'failed' | 'unanswered' | 'harness-failure';

/** One contact reduced to what the metrics need (all times ms; epoch ms for `dueAt`/`startedAt`/`endedAt`). */
export interface ContactSample {
  contactId: string;
  channel: ChannelKind;
  stage: string;
  /** Scheduled arrival (ContactEntry.load.dueAt); the contact's start when it has none. */
  dueAt: number;
  startedAt: number;
  endedAt: number;
  outcome: Outcome;
  status: SampleStatus;
  /** Wait until a human agent answered (timeliness answer-time), null when not answered or not measurable. */
  answerMs: number | null;
  /** Handle time of an answered contact: the whole contact from the caller's side (as the handle-time check). */
  handleMs: number | null;
  /** Answer → end of an answered contact (the agent's part: Erlang C's service time). */
  talkMs: number | null;
  /** How long an abandoned contact waited before giving up (its duration). */
  abandonMs: number | null;
  /** Agent reply latencies (timeliness `latencies`), raw. */
  latenciesMs: number[];
  /** startedAt − dueAt (from the `started` event's detail when present). */
  startLagMs: number;
  /** Error code of a failed or harness-failed contact. */
  errorCode: string | null;
}

/** Options of the metrics (LoadTargets come from the run's manifest). */
export interface LoadMetricsOptions {
  /**
   * Abandons within this many seconds of the start are "short abandons" (a customer who hung up
   * at once was never really offered): left out of the service level's denominator, as COPC and
   * most ACDs do. @default 5
   */
  shortAbandonSec?: number;
  /** Width of a window of the timeline for the knee of ramps / open-model stages and for drift. @default 60 */
  windowSec?: number;
  /** A level counts as sustained when it held for at least this many windows (or a whole closed stage). @default 2 */
  minWindows?: number;
  /** Width of a bucket of the concurrency timeline, seconds; 0: chosen so a run has at most ~1,500 buckets. @default 0 */
  timelineBucketSec?: number;
  /** 稳定性: allowed drift (last third vs first third of soak stages). @default { latencyP95Pct: 20, answerRatePts: 5 } */
  stabilityTolerance?: { latencyP95Pct: number; answerRatePts: number };
}

export interface Percentiles {
  count: number;
  p50: number | null;
  p90: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

/** The metrics of a set of contacts (a stage, a window, a level, or the whole run). */
export interface LoadFigures {
  /** Contacts due and placed, harness failures excluded (they were never offered to the centre). */
  offered: number;
  answered: number;
  abandoned: number;
  /** Abandoned within `shortAbandonSec`: excluded from the service level's denominator. */
  shortAbandoned: number;
  busy: number;
  noAnswer: number;
  /** The centre failed (error codes not the harness's own). */
  failed: number;
  /** Ran, but no agent spoke (bot / IVR only). */
  unanswered: number;
  /** The tool's own failures (not in `offered`). */
  harnessFailures: number;
  /** 呼叫接通率 = answered / offered; null when nothing was offered. */
  answerRate: number | null;
  /** ASA: mean answer time of answered contacts, ms. */
  asaMs: number | null;
  /** Answer-time percentiles of the answered contacts, ms. */
  answerTime: Percentiles;
  /** answered within T / (offered − short abandons). */
  serviceLevel: number | null;
  answeredWithinT: number;
  /** 平均处理时长: mean handle time of answered contacts, ms. */
  ahtMs: number | null;
  /** Mean talk time (answer → end) of answered contacts, ms. */
  talkMs: number | null;
  /** Agent reply latency percentiles over every reply of every contact. */
  latency: Percentiles;
  startLag: Percentiles;
  /** Error code → count; centre failures and harness failures apart. */
  errors: { centre: Record<string, number>; harness: Record<string, number> };
  /** Highest number of contacts in progress at once. */
  peakConcurrency: number;
  /** Offered load in Erlangs: arrivals per second × mean talk time, over the figures' time span (null without arrivals). */
  offeredErlangs: number | null;
}

export interface StageMetrics extends LoadFigures {
  stage: string;
  kind: 'arrival-rate' | 'concurrency';
  role: 'load' | 'soak' | 'spike' | 'ramp';
  startMs: number;
  endMs: number;
  /** The plan: arrivals per minute or contacts in progress, from → to. */
  planned: { from: number; to: number; unit: 'per-min' | 'concurrent' };
}

/** Contacts in progress over time: bucket start (ms from the run's start), mean and peak in progress, answered-and-talking peak. */
export interface ConcurrencyTimeline {
  bucketMs: number;
  /** Epoch ms of the run's start (bucket 0). */
  originMs: number;
  points: { t: number; mean: number; peak: number; talking: number }[];
}

export interface KneeLevel {
  /** Contacts in progress (closed model: as offered; open model: as observed, rounded). */
  level: number;
  source: 'stage' | 'windows';
  stages: string[];
  windows: number;
  sustained: boolean;
  offered: number;
  answered: number;
  answerRate: number | null;
  serviceLevel: number | null;
  asaMs: number | null;
  pass: boolean;
  /** Why it failed (Chinese, for the report), empty when it passed. */
  failures: string[];
}

export type KneeStatus = 'knee' | 'above-highest-offered' | 'below-lowest-offered' | 'insufficient-data';

export interface CapacityKnee {
  status: KneeStatus;
  /** 并发处理能力: the highest sustained level meeting both targets (for above-highest-offered: a lower bound). */
  capacity: number | null;
  /** The lowest sustained level that failed a target (the knee is just below it). */
  firstFailing: number | null;
  maxOffered: number | null;
  levels: KneeLevel[];
  /** How it was found, in Chinese, for the report and the D.2.1 note. */
  method: string;
}

export interface DriftFigures {
  first: { answerRate: number | null; latencyP95Ms: number | null; count: number };
  last: { answerRate: number | null; latencyP95Ms: number | null; count: number };
  /** (last − first) / first × 100 for latency p95; null when either is missing. */
  latencyP95ChangePct: number | null;
  /** (last − first) × 100, percentage points. */
  answerRateChangePts: number | null;
  /** Least-squares slope per hour of the window p95 latency (ms/h) and answer rate (points/h). */
  latencyP95SlopeMsPerHour: number | null;
  answerRateSlopePtsPerHour: number | null;
}

export interface Stability {
  status: 'stable' | 'drifting' | 'no-soak' | 'insufficient-data';
  stages: string[];
  tolerance: { latencyP95Pct: number; answerRatePts: number };
  drift: DriftFigures | null;
  /** The windows the slopes were fitted on (ms from the soak's start). */
  windows: { t: number; answerRate: number | null; latencyP95Ms: number | null; offered: number }[];
  verdict: string;
}

/** summary.json's `load` block. */
export interface LoadMetrics {
  profileId: string;
  targets: {
    answerRate: number;
    serviceLevel: { thresholdSec: number; target: number };
    ahtSec: number;
    concurrency: number | null;
  };
  options: Required<LoadMetricsOptions>;
  /** Contacts in the manifest with no stored Interaction (never placed, or lost): not offered. */
  notPlaced: number;
  overall: LoadFigures;
  /**
   * The contacts that arrived at levels up to the target concurrency (LoadTargets.concurrency):
   * the load the centre is required to carry. D.2.1 呼叫接通率 and 平均处理时长 are judged on
   * these, so the levels a profile offers beyond the target to find the knee do not count against
   * the centre. Null without a concurrency target or without such contacts (then: overall).
   */
  withinTarget: { concurrency: number; levels: number[]; figures: LoadFigures } | null;
  stages: StageMetrics[];
  timeline: ConcurrencyTimeline;
  knee: CapacityKnee;
  stability: Stability;
  /**
   * Copied from the manifest (LoadRunInfo.offered, written by the scheduler): contacts handed out,
   * open arrivals the harness's own concurrency cap turned away, and why offering stopped early.
   * Arrivals turned away were never offered to the centre: not in `offered`, but the report says so.
   */
  scheduler?: { contacts: number; turnedAwayByConcurrencyCap: number; delayedByCallsPerSecond: number; stoppedBy?: string };
  /** Copied from the manifest: the harness could not keep up (coordinated omission warning). */
  harnessLag?: { toleranceMs: number; lateContacts: number; p95LagMs: number; warning?: string };
}
