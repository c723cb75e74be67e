/**
 * A queue worker: takes contacts from the BullMQ queue and places each one with `placeContact`,
 * writing contacts/<id>.json into the run directory when this machine mounts it (a shared
 * volume), or handing the Interaction back in the job's result when it does not. The caps
 * (concurrency, calls per second) are the queue's, set by the producer and enforced by Redis
 * across every worker; `concurrency` here only bounds what this one process takes on.
 *
 * A contact is never placed twice blindly: a job that stalls (its worker died or hung past the
 * lock) is failed, not handed out again (`maxStalledCount: 0`), and a job that reaches a worker
 * anyway finds the "started" marker of its first worker and fails as E_WORKER_LOST. The producer
 * records either as a failed contact; `resume --retry-failed` places it again on purpose.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { HarnessConfig } from '../../config/types.js';
import { channelPool, placeContact, type ChannelRegistry, type PlacementContext } from '../../runner/place-contact.js';
import type { LoadedScenario } from '../../scenario/schema.js';
import { readJson } from '../../store/run-store.js';
import type { ContactEntry, RunManifest } from '../../store/types.js';
import { DEFAULT_QUEUE_NAME, QUEUE_FAILURE, SCENARIOS_KEY_PREFIX, redisOptions, workerIdentity, type QueueJobData, type QueueJobResult } from './queue-job.js';
import { WorkerRunStore } from './worker-store.js';

export interface QueueWorkerOptions {
  /** redis://host:port[/db] */
  queue: string;
  /** @default "mystery-shopper" */
  queueName?: string;
  /** Contacts this process places at once (the queue's global cap still applies). @default config.concurrency */
  concurrency?: number;
  config: HarnessConfig;
  channels: ChannelRegistry;
  /** Where contacts go when the run directory is not mounted here. @default <tmpdir>/mystery-shopper-worker */
  spoolDir?: string;
  /**
   * Write into the run directory when this machine mounts it (run.json there names the job's run);
   * false: always spool locally and hand the Interaction back in the job's result. @default true
   */
  useSharedRunDir?: boolean;
  /** BullMQ lock on a job being placed; a worker silent for this long is taken for dead. @default 30000 */
  lockDurationMs?: number;
  /** How often this worker looks for jobs whose worker died. @default 30000 */
  stalledIntervalMs?: number;
  /** Progress lines (one per contact). @default none */
  log?: (line: string) => void;
}

export interface QueueWorker {
  /** host:pid, recorded on every contact this worker places. */
  readonly identity: string;
  /** Contacts placed (stored) by this worker so far. */
  placed(): number;
  /**
   * Stop taking jobs. Graceful: the contacts in flight finish and are stored. `force`: they are
   * aborted (kept as partials, their jobs fail as E_WORKER_INTERRUPTED), so nothing is left hanging.
   */
  close(opts?: { force?: boolean }): Promise<void>;
}

interface RunContext {
  store: WorkerRunStore;
  shared: boolean;
  ctx: PlacementContext;
}

/** The run directory is this run's, mounted here: run.json is there and names the same run. */
async function isSharedRunDir(runDir: string, runId: string): Promise<boolean> {
  const file = path.join(runDir, 'run.json');
  if (!existsSync(file)) return false;
  try {
    return (await readJson<RunManifest>(file)).runId === runId;
  } catch {
    return false;
  }
}

export async function startQueueWorker(opts: QueueWorkerOptions): Promise<QueueWorker> {
  const identity = workerIdentity();
  const pool = channelPool(opts.channels, opts.config);
  const hardStop = new AbortController();
  const runs = new Map<string, Promise<RunContext>>();
  const spoolDir = opts.spoolDir ?? path.join(os.tmpdir(), 'mystery-shopper-worker');
  let placed = 0;
  // BullMQ's own connections are its business; this one reads the run's scenarios.
  const redis = new Redis(redisOptions(opts.queue));
  redis.on('error', () => {}); // reconnects on its own; a job that cannot read fails with a code

  const loadScenarios = async (data: QueueJobData, shared: boolean): Promise<Map<string, LoadedScenario>> => {
    // The producer puts the run's scenarios in Redis, so a worker without the shared volume can place too.
    const json = await redis.get(SCENARIOS_KEY_PREFIX + data.runId);
    if (json) return new Map((JSON.parse(json) as LoadedScenario[]).map((s) => [s.id, s]));
    if (!shared) return new Map();
    const manifest = await readJson<RunManifest>(path.join(data.runDir, 'run.json'));
    const list = await Promise.all(manifest.scenarios.map((s) => readJson<LoadedScenario>(path.join(data.runDir, 'scenarios', `${s.id}.json`))));
    return new Map(list.map((s) => [s.id, s]));
  };

  const runContext = (data: QueueJobData): Promise<RunContext> => {
    let run = runs.get(data.runId);
    if (!run) {
      run = (async () => {
        const shared = opts.useSharedRunDir !== false && (await isSharedRunDir(data.runDir, data.runId));
        const store = await WorkerRunStore.open(shared ? data.runDir : path.join(spoolDir, data.runId), data.runId);
        const scenarios = await loadScenarios(data, shared);
        const config = { ...opts.config, centre: data.centre };
        const patience = data.patienceMs !== undefined ? { patienceMs: data.patienceMs } : {};
        return { store, shared, ctx: { store: store.asRunStore(), config, scenarios, channelFor: pool.channelFor, signal: hardStop.signal, ...patience } };
      })();
      runs.set(data.runId, run);
      run.catch(() => runs.delete(data.runId)); // a failed look-up is retried by the next job
    }
    return run;
  };

  const processJob = async (job: Job<QueueJobData, QueueJobResult>): Promise<QueueJobResult> => {
    const data = job.data;
    const { contactId } = data.contact;
    const run = await runContext(data);
    const claim = await run.store.claim({ contactId, jobId: job.id ?? '', jobCreatedAt: job.timestamp, worker: identity, at: Date.now() });
    if (!claim.claimed) {
      const { worker: first, at } = claim.previous;
      throw new Error(`${QUEUE_FAILURE.workerLost}: ${contactId} was started by worker ${first} at ${new Date(at).toISOString()} and never finished; not placed a second time (resume --retry-failed places it again)`);
    }
    const entry: ContactEntry = { contactId, scenarioId: data.contact.scenarioId, channel: data.contact.channel, index: data.index, status: 'running', attempts: data.attempts + 1 };
    run.store.expect(entry);
    const startedAt = Date.now();
    const { stored, interaction } = await placeContact(run.ctx, entry, data.contact.dueAt);
    const endedAt = Date.now();
    if (!stored) throw new Error(`${QUEUE_FAILURE.workerInterrupted}: worker ${identity} was stopped while placing ${contactId}; what it captured is in contacts/${contactId}.partial-${entry.attempts}.json`);
    placed += 1;
    opts.log?.(`${contactId} ${interaction.outcome} (${endedAt - startedAt} ms)`);
    return { worker: identity, outcome: interaction.outcome, startedAt, endedAt, storedInRunDir: run.shared, interaction: run.shared ? undefined : interaction };
  };

  const worker = new Worker<QueueJobData, QueueJobResult>(opts.queueName ?? DEFAULT_QUEUE_NAME, processJob, {
    connection: redisOptions(opts.queue),
    concurrency: opts.concurrency ?? opts.config.concurrency,
    // A stalled job is failed, never handed to another worker: the contact may already be on the phone.
    maxStalledCount: 0,
    lockDuration: opts.lockDurationMs ?? 30_000,
    stalledInterval: opts.stalledIntervalMs ?? 30_000,
  });
  // Errors of the connection are retried by ioredis; without a listener Node would throw them.
  worker.on('error', (err) => opts.log?.(`queue error: ${err.message}`));
  await worker.waitUntilReady();

  let closing: Promise<void> | null = null;
  return {
    identity,
    placed: () => placed,
    close({ force = false } = {}) {
      if (force) hardStop.abort();
      closing ??= (async () => {
        await worker.close();
        await pool.closeAll();
        redis.disconnect();
      })();
      return closing;
    },
  };
}
