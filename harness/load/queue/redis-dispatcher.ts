/**
 * The producer's side of a queue run: a ContactDispatcher that hands each due contact to BullMQ
 * (one delayed job per contact, due at its arrival) and resolves when a worker on any machine has
 * placed it. The caps are set on the queue itself — global concurrency and a global rate limit,
 * both kept in Redis and checked when a worker takes a job — so they hold across every worker.
 *
 * Only this side writes run.json: it marks contacts running when a worker takes them, stores
 * the Interaction (read from the shared run directory, or from the job's result), records which
 * worker placed it, and turns a job that failed without an Interaction (a worker that died) into a
 * failed contact with a code — nothing is silently lost or placed twice.
 */
import path from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import type { Interaction } from '../../interaction/types.js';
import { failedBeforeCapture, type RunHooks } from '../../runner/place-contact.js';
import type { LoadedScenario } from '../../scenario/schema.js';
import { readJson, type RunStore } from '../../store/run-store.js';
import type { ContactEntry } from '../../store/types.js';
import type { ContactDispatcher, DispatchOutcome, DueContact, LoadRunInfo } from '../types.js';
import { DEFAULT_QUEUE_NAME, QUEUE_FAILURE, SCENARIOS_KEY_PREFIX, failureCodeOf, jobIdFor, redactedQueueUrl, redisOptions, type QueueJobData, type QueueJobResult } from './queue-job.js';

export interface RedisDispatcherOptions {
  /** redis://host:port[/db] */
  queue: string;
  /** One queue per concurrent load run: the caps are the queue's. @default "mystery-shopper" */
  queueName?: string;
  /** The producer's run store (the only writer of run.json). */
  store: RunStore;
  scenarios: readonly LoadedScenario[];
  /** Caps across all workers; absent: none. */
  caps: { concurrency?: number; callsPerSecond?: number };
  hooks?: RunHooks;
  /** How often jobs whose end was not heard of are looked up (lost events, a producer that lagged). @default 5000 */
  reconcileMs?: number;
  /** How long finished jobs stay in Redis, so the same contact enqueued again is not placed twice. @default 604800 (7 days) */
  keepFinishedSec?: number;
}

export interface RedisDispatcher extends ContactDispatcher {
  /** Workers (host:pid) that placed contacts of this run so far. */
  workers(): string[];
  /** Redis round trips the producer made per dispatched contact (add, state look-ups), for the bench. */
  stats(): { dispatched: number; producerRoundTrips: number };
}

interface Waiter {
  contact: DueContact;
  entry: ContactEntry;
  active: boolean;
  settled: boolean;
  resolve(outcome: DispatchOutcome): void;
}

/** A contact whose job failed before any Interaction came back. */
function queueFailureInteraction(entry: ContactEntry, runId: string, code: string, message: string, startedAt: number): Interaction {
  const hint = code === QUEUE_FAILURE.workerLost ? 'it may have been partly placed; `resume <runDir> --retry-failed` places it again on purpose' : 'see the worker’s output; `resume <runDir> --retry-failed` places it again';
  return failedBeforeCapture(entry, runId, startedAt, { code, message, hint });
}

function entryFor(store: RunStore, contact: DueContact): ContactEntry {
  const entries = store.manifest.contacts;
  // The scheduler normally plans the entry; a contact it did not is added, never refused.
  entries[contact.contactId] ??= { contactId: contact.contactId, scenarioId: contact.scenarioId, channel: contact.channel, index: Number(/\.(\d+)$/u.exec(contact.contactId)?.[1] ?? 1), status: 'pending', attempts: 0 };
  return entries[contact.contactId]!;
}

export async function createRedisDispatcher(opts: RedisDispatcherOptions): Promise<RedisDispatcher> {
  const { store } = opts;
  const runId = store.manifest.runId;
  const name = opts.queueName ?? DEFAULT_QUEUE_NAME;
  const connection = redisOptions(opts.queue);
  const queue = new Queue<QueueJobData, QueueJobResult>(name, { connection });
  // A plain connection for what BullMQ does not wrap: the event stream's head, the scenarios key.
  const client = new Redis(connection);
  client.on('error', () => {});
  // Listen from the newest event on: nothing about our jobs can be older, and nothing newer is missed.
  const newest = (await client.xrevrange(queue.keys.events!, '+', '-', 'COUNT', 1))[0]?.[0] ?? '0-0';
  const events = new QueueEvents(name, { connection, lastEventId: newest });
  events.on('error', () => {}); // ioredis reconnects; the reconcile loop covers what was missed
  await events.waitUntilReady();

  const caps = opts.caps;
  if (caps.concurrency) await queue.setGlobalConcurrency(caps.concurrency);
  else await queue.removeGlobalConcurrency();
  // One start per interval, not N per second in bursts: the same spacing the voice channel keeps.
  if (caps.callsPerSecond) await queue.setGlobalRateLimit(1, Math.ceil(1000 / caps.callsPerSecond));
  else await queue.removeGlobalRateLimit();
  await client.set(SCENARIOS_KEY_PREFIX + runId, JSON.stringify(opts.scenarios), 'EX', opts.keepFinishedSec ?? 604_800);

  const dispatch: LoadRunInfo['dispatch'] = { kind: 'queue', queue: `${redactedQueueUrl(opts.queue)}#${name}`, workers: [] };
  store.manifest.dispatch = dispatch;
  if (store.manifest.load) store.manifest.load.dispatch = dispatch;

  const waiters = new Map<string, Waiter>();
  let closing: Promise<void> | null = null;
  let accepting = true;
  let roundTrips = 0;
  let dispatched = 0;

  const noteWorker = (worker: string) => {
    if (!dispatch.workers!.includes(worker)) dispatch.workers!.push(worker);
  };

  const settle = async (jobId: string, how: { result: QueueJobResult } | { failedReason: string } | { removed: true }) => {
    const w = waiters.get(jobId);
    if (!w || w.settled) return;
    w.settled = true;
    waiters.delete(jobId);
    const { entry, contact } = w;
    let outcome: DispatchOutcome;
    try {
      let interaction: Interaction | null = null;
      if ('result' in how) {
        const r = how.result;
        noteWorker(r.worker);
        entry.load = { ...entry.load, stage: contact.stage, dueAt: contact.dueAt, worker: r.worker };
        interaction = r.interaction ?? (await readJson<Interaction>(path.join(store.contactsDir, `${contact.contactId}.json`)));
        outcome = { contactId: contact.contactId, outcome: interaction.outcome, startedAt: r.startedAt, endedAt: r.endedAt };
      } else if ('failedReason' in how && failureCodeOf(how.failedReason).code !== QUEUE_FAILURE.workerInterrupted) {
        const { code, message } = failureCodeOf(how.failedReason);
        interaction = queueFailureInteraction(entry, runId, code, message, Math.max(contact.dueAt, 0));
        outcome = { contactId: contact.contactId, outcome: 'failed', startedAt: interaction.startedAt, endedAt: Date.now() };
      } else {
        // Interrupted (a worker stopped hard, or this run was stopped): left pending for `resume`.
        entry.status = 'pending';
        outcome = { contactId: contact.contactId, outcome: 'interrupted', startedAt: Date.now(), endedAt: Date.now() };
      }
      if (interaction) {
        interaction.runId = runId;
        await store.saveInteraction(interaction);
        const scenario = opts.scenarios.find((s) => s.id === contact.scenarioId);
        if (scenario) await opts.hooks?.onFinish?.(entry, interaction, scenario);
      }
    } catch (err) {
      opts.hooks?.onHookError?.(err, entry);
      outcome = { contactId: contact.contactId, outcome: 'failed', startedAt: Date.now(), endedAt: Date.now() };
    }
    w.resolve(outcome);
  };

  const markActive = (jobId: string) => {
    const w = waiters.get(jobId);
    if (!w || w.active) return;
    w.active = true;
    store.markRunning(w.contact.contactId);
    opts.hooks?.onStart?.(w.entry);
  };

  events.on('active', ({ jobId }) => markActive(jobId));
  events.on('completed', ({ jobId, returnvalue }) => {
    const result = (typeof returnvalue === 'string' ? JSON.parse(returnvalue) : returnvalue) as QueueJobResult;
    void settle(jobId, { result });
  });
  events.on('failed', ({ jobId, failedReason }) => void settle(jobId, { failedReason }));

  /** Settle a job from its state in Redis (an event was missed, or the job had ended before we asked). */
  const settleFromRedis = async (jobId: string): Promise<void> => {
    const job = await queue.getJob(jobId);
    roundTrips += 2;
    if (!job) return void settle(jobId, { removed: true });
    const state = await job.getState();
    if (state === 'completed') await settle(jobId, { result: job.returnvalue as QueueJobResult });
    else if (state === 'failed') await settle(jobId, { failedReason: job.failedReason });
    else if (state === 'active') markActive(jobId);
  };

  const reconcile = setInterval(() => {
    const overdue = [...waiters.entries()].filter(([, w]) => !w.settled && w.contact.dueAt < Date.now() - (opts.reconcileMs ?? 5000)).slice(0, 100);
    for (const [jobId] of overdue) void settleFromRedis(jobId).catch(() => {});
  }, opts.reconcileMs ?? 5000);
  reconcile.unref();

  const enqueue = async (contact: DueContact, entry: ContactEntry, jobId: string): Promise<void> => {
    const patienceMs = store.manifest.load?.patienceMs;
    const data: QueueJobData = { runId, runDir: store.dir, centre: store.manifest.config.centre, contact, index: entry.index, attempts: entry.attempts, ...(patienceMs !== undefined && { patienceMs }) };
    const keep = { age: opts.keepFinishedSec ?? 604_800 };
    const add = () => queue.add('contact', data, { jobId, delay: Math.max(0, contact.dueAt - Date.now()), attempts: 1, removeOnComplete: keep, removeOnFail: keep });
    const job = await add();
    let state = await queue.getJobState(jobId);
    roundTrips += 2;
    // Adding an existing id returns the existing job: a finished one means this contact was placed
    // already (a restarted producer) and is adopted; a failed one is a deliberate retry: replace it.
    if (state === 'failed') {
      await job.remove();
      await add();
      state = 'delayed';
      roundTrips += 2;
    }
    if (state === 'completed' || state === 'active') await settleFromRedis(jobId);
  };

  return {
    dispatch(contact: DueContact): Promise<DispatchOutcome> {
      const entry = entryFor(store, contact);
      if (!accepting) return Promise.resolve({ contactId: contact.contactId, outcome: 'interrupted', startedAt: Date.now(), endedAt: Date.now() });
      const jobId = jobIdFor(runId, contact.contactId);
      entry.load = { ...entry.load, stage: contact.stage, dueAt: contact.dueAt };
      dispatched += 1;
      return new Promise<DispatchOutcome>((resolve) => {
        waiters.set(jobId, { contact, entry, active: false, settled: false, resolve });
        enqueue(contact, entry, jobId).catch((err: Error) => void settle(jobId, { failedReason: `${QUEUE_FAILURE.jobFailed}: could not enqueue (${err.message})` }));
      });
    },
    inFlight: () => [...waiters.values()].filter((w) => w.active && !w.settled).length,
    workers: () => [...(dispatch.workers ?? [])],
    stats: () => ({ dispatched, producerRoundTrips: roundTrips }),
    close(): Promise<void> {
      closing ??= closeOnce();
      return closing;
    },
  };

  async function closeOnce(): Promise<void> {
    accepting = false;
    // Jobs not taken yet are withdrawn (an interrupted run must stop offering load); contacts a
    // worker is placing are waited for, so each ends stored or failed with a code.
    for (const [jobId, w] of waiters) {
      if (w.active) continue;
      const job = await queue.getJob(jobId);
      const state = await job?.getState();
      if (state === 'delayed' || state === 'waiting' || state === 'prioritized') {
        await job!.remove().catch(() => {});
        await settle(jobId, { removed: true });
      }
    }
    while ([...waiters.values()].some((w) => !w.settled)) await new Promise((r) => setTimeout(r, 100));
    clearInterval(reconcile);
    await events.close();
    await queue.close();
    client.disconnect();
    await store.flush();
  }
}
