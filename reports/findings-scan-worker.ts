/** Worker thread of findings-scan.ts: scans findings.json with a learner of its own and posts the ranges and the names it learnt. */
import { parentPort, workerData } from 'node:worker_threads';
import { NameLearner } from './privacy/mask-data.js';
import type { PrivacyOptions } from './privacy/types.js';
import { scanFindings } from './findings-scan.js';
import { workerErrorData, type WorkerErrorData } from './workers.js';

export interface FindingsScanSeed {
  file: string;
  options: PrivacyOptions;
  personaNames: readonly string[];
}

export type FindingsScanResult = { ranges: [string, number, number][]; names: string[] } | { error: WorkerErrorData };

const seed = workerData as FindingsScanSeed;
let reply: FindingsScanResult;
try {
  const learner = new NameLearner(seed.options, seed.personaNames);
  const ranges = await scanFindings(seed.file, learner);
  reply = { ranges: [...ranges].map(([id, [start, end]]) => [id, start, end]), names: learner.learntNames() };
} catch (err) {
  reply = { error: workerErrorData(err) };
}
parentPort!.postMessage(reply);
