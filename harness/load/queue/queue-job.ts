/**
 * What travels through the Redis queue between the producer (`load --queue`, `run --queue`) and
 * the `worker` processes: the job's data, its result, stable job ids and failure codes, and how a
 * `redis://` URL becomes an ioredis connection. Both sides import this file only, so they cannot
 * disagree on the shape.
 */
import os from 'node:os';
import { HarnessError } from '../../errors.js';
import type { Interaction } from '../../interaction/types.js';
import type { DueContact } from '../types.js';

/** The BullMQ queue every producer and worker uses unless told otherwise. @default "mystery-shopper" */
export const DEFAULT_QUEUE_NAME = 'mystery-shopper';

/** Prefix of the Redis key holding a run's scenarios, for workers that do not share the run directory. */
export const SCENARIOS_KEY_PREFIX = 'ms:scenarios:';

export interface QueueJobData {
  runId: string;
  /** The run directory as the producer sees it; workers use it when the same path is mounted. */
  runDir: string;
  /** The run's target ({{centre}}): a worker may serve several runs, each against its own centre. */
  centre: string;
  contact: DueContact;
  /** 1-based repetition of the scenario on this channel (ContactEntry.index). */
  index: number;
  /** Attempts already made on this contact before this job (ContactEntry.attempts). */
  attempts: number;
  /** The load profile's customer patience (LoadRunInfo.patienceMs), for the worker's channel. */
  patienceMs?: number;
}

export interface QueueJobResult {
  /** host:pid of the worker that placed it. */
  worker: string;
  outcome: Interaction['outcome'];
  /** Epoch ms the worker began and ended placing it. */
  startedAt: number;
  endedAt: number;
  /** True when the worker wrote contacts/<id>.json into the shared run directory itself. */
  storedInRunDir: boolean;
  /** The Interaction, when the run directory is not shared: the producer stores it. */
  interaction?: Interaction;
}

/**
 * One job per contact and run: adding the same contact again (a producer restarted, a resumed
 * run) finds the existing job instead of placing the contact twice. BullMQ forbids ':' in custom
 * ids, so the separator is '__' (contact ids are file-name safe and never contain it).
 */
export function jobIdFor(runId: string, contactId: string): string {
  return `${runId}__${contactId}`;
}

/** Who placed a contact: stable across one process's jobs, distinct between machines. */
export function workerIdentity(): string {
  return `${os.hostname()}:${process.pid}`;
}

/** Failure codes a queued contact can end with when no Interaction came back from a worker. */
export const QUEUE_FAILURE = {
  /** The worker died or lost its lock while placing the contact (BullMQ "stalled"); not placed again. */
  workerLost: 'E_WORKER_LOST',
  /** The worker was stopped hard (second SIGINT/SIGTERM) while placing the contact. */
  workerInterrupted: 'E_WORKER_INTERRUPTED',
  /** Anything else that made the job fail (the worker could not read the run, a bug). */
  jobFailed: 'E_QUEUE_JOB_FAILED',
} as const;

/**
 * A job failure as the producer records it. Workers throw errors whose message starts with a
 * code ("E_WORKER_LOST: …"); BullMQ's own stalled-job failure has no code and means a lost worker.
 */
export function failureCodeOf(failedReason: string): { code: string; message: string } {
  const coded = /^(E_[A-Z_]+): ?(.*)$/su.exec(failedReason);
  if (coded) return { code: coded[1]!, message: coded[2]! };
  if (/stalled/iu.test(failedReason)) return { code: QUEUE_FAILURE.workerLost, message: `a worker stopped while placing this contact (${failedReason})` };
  return { code: QUEUE_FAILURE.jobFailed, message: failedReason };
}

export class QueueError extends HarnessError {
  constructor(message: string, hint?: string) {
    super('E_QUEUE', message, hint);
  }
}

/**
 * ioredis options from `redis://[user:pass@]host:port[/db]` (or rediss:// for TLS). Workers need
 * `maxRetriesPerRequest: null` (BullMQ blocks on Redis and must not give up on a slow reply).
 */
export interface QueueConnection {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: Record<string, never>;
  maxRetriesPerRequest: null;
}

export function redisOptions(url: string): QueueConnection {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new QueueError(`--queue ${url}: not a URL`, 'give the Redis server as redis://host:port, e.g. redis://127.0.0.1:6379');
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new QueueError(`--queue ${url}: expected a redis:// or rediss:// URL`, 'e.g. redis://127.0.0.1:6379');
  }
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new QueueError(`--queue ${url}: the database number "${u.pathname.slice(1)}" is not a whole number`);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    db,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/** The queue URL as recorded in a manifest: never its password. */
export function redactedQueueUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
