/**
 * When the reports use worker threads, and how one is started. A worker only pays off on a core
 * nobody else wants: it costs ~1 s of CPU to start (its own TypeScript loader and modules) and
 * some more to hand its results over, so on a machine whose cores are all busy (1-minute load
 * average) a report is quicker in one thread. What a worker computes is the same either way.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';

/** Worker threads worth starting now besides this one: one per idle core, at most `max`. */
export function idleCoreWorkers(max = 3, cores = os.availableParallelism(), load = os.loadavg()[0] ?? 0): number {
  const idle = Math.floor(cores - load + 0.5);
  return Math.max(0, Math.min(max, cores - 1, idle - 1));
}

/** A worker thread running the TypeScript module `entry` (a file URL) with `data` as its workerData. */
export function startWorker(entry: URL, data: object): Worker {
  return new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { ...data, entry: entry.href } });
}
