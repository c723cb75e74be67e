/**
 * When the reports use worker threads, and how one is started. A worker only pays off on a core
 * nobody else wants: it costs ~1 s of CPU to start (its own TypeScript loader and modules) and
 * some more to hand its results over, so on a machine whose cores are all busy (1-minute load
 * average) a report is quicker in one thread. What a worker computes is the same either way.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { ContactFileError } from './stored-contact.js';

/** Worker threads worth starting now besides this one: one per idle core, at most `max`. */
export function idleCoreWorkers(max = 3, cores = os.availableParallelism(), load = os.loadavg()[0] ?? 0): number {
  const idle = Math.floor(cores - load + 0.5);
  return Math.max(0, Math.min(max, cores - 1, idle - 1));
}

/** A worker thread running the TypeScript module `entry` (a file URL) with `data` as its workerData. */
export function startWorker(entry: URL, data: object): Worker {
  return new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { ...data, entry: entry.href } });
}

/** An error as a worker posts it (an Error does not survive postMessage with its code and hint). */
export interface WorkerErrorData {
  name: string;
  message: string;
  code?: string;
  hint?: string;
}

/** In the worker: the error it met, as data for postMessage. */
export function workerErrorData(err: unknown): WorkerErrorData {
  const e = err as Error & { code?: string; hint?: string };
  return { name: e.name ?? 'Error', message: e.message ?? String(err), ...(e.code ? { code: e.code } : {}), ...(e.hint !== undefined ? { hint: e.hint } : {}) };
}

/** In the main thread: the worker's error raised as the one it met (ContactFileError keeps its code and hint). */
export function errorFromWorker(e: WorkerErrorData): Error {
  if (e.code === 'E_REPORT_INPUT' && e.hint !== undefined) return new ContactFileError(e.message, e.hint);
  return Object.assign(new Error(e.message), { name: e.name, ...(e.code ? { code: e.code } : {}) });
}
