/**
 * The first look at findings.json (~60 MB for 10,000 contacts): each contact's byte range, for
 * reading its findings back later, and every name said with a cue, for the masker. On a large run
 * with an idle core it is done by a worker thread (findings-scan-worker.ts) while this thread reads
 * sheets.json and contacts/; the names it learnt come back in the order it learnt them, so the
 * masker knows the same names in the same order as after a scan in this thread.
 */
import { statSync } from 'node:fs';
import { scanJsonArray } from './json-array-stream.js';
import type { NameLearner } from './privacy/mask-data.js';
import type { FindingsScanResult, FindingsScanSeed } from './findings-scan-worker.js';
import { errorFromWorker, idleCoreWorkers, startWorker } from './workers.js';

export type FindingRanges = Map<string, readonly [number, number]>;

/** A findings.json smaller than this is scanned in this thread (about 700 contacts): a worker would not start in time. */
export const MIN_BYTES_FOR_WORKER = 4 * 2 ** 20;

/** Ranges of findings.json, the names in it taught to `learner`; an absent file has none. */
export async function scanFindings(file: string, learner: NameLearner): Promise<FindingRanges> {
  const ranges: FindingRanges = new Map();
  try {
    await scanJsonArray(file, (e) => {
      if (e.id !== undefined) ranges.set(e.id, [e.start, e.end]);
      learner.learnJson(e.text);
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return ranges;
}

/** A scan of findings.json under way, in a worker or (started when asked for) in this thread. */
export interface FindingsScan {
  /** The ranges, with the scan's names taught to `learner` (after everything it learnt before: findings come last). */
  finish(learner: NameLearner): Promise<FindingRanges>;
}

/**
 * Starts the scan in a worker when the file is large and a core is idle (`workers` > 0 forces one,
 * 0 keeps it in this thread), else returns a scan that runs in this thread when finished.
 */
export function startFindingsScan(file: string, learner: NameLearner, workers?: number): FindingsScan {
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    // absent: scanned here, where an absent file gives no ranges
  }
  const inWorker = workers !== undefined ? workers > 0 : size >= MIN_BYTES_FOR_WORKER && idleCoreWorkers(1) > 0;
  if (!inWorker) return { finish: (l) => scanFindings(file, l) };
  const seed: FindingsScanSeed = { file, ...learner.seed() };
  const w = startWorker(new URL('./findings-scan-worker.ts', import.meta.url), seed);
  const result = new Promise<FindingsScanResult>((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`the findings.json scan worker stopped (exit code ${code})`)));
  });
  // settled by finish(); a failure before then must not count as unhandled
  result.catch(() => {});
  return {
    async finish(l) {
      try {
        const r = await result;
        if ('error' in r) throw errorFromWorker(r.error);
        l.adopt(r.names);
        return new Map(r.ranges.map(([id, start, end]) => [id, [start, end] as const]));
      } finally {
        await w.terminate();
      }
    },
  };
}
