/**
 * Worker thread of the HTML report (transcript-pool.ts): reads, masks and writes as JSON the
 * transcripts and findings of the chunks of contacts it is sent, in the order they come.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { textMasker } from '../privacy/mask-data.js';
import type { PrivacyOptions } from '../privacy/types.js';
import { workerErrorData, type WorkerErrorData } from '../workers.js';
import { readTranscript, type TranscriptContext, type TranscriptTask } from './transcript-task.js';
import { ViewsFile } from '../records/views-file.js';

export interface TranscriptWorkerData {
  runDir: string;
  findingsFile: string;
  /** The options the main thread's masker was made from (learnt names included): the same masking. */
  maskOptions: PrivacyOptions;
  /** The report records' views.jsonl, when the contacts are read from it. */
  viewsFile?: string;
}

export interface ChunkRequest {
  seq: number;
  tasks: TranscriptTask[];
}

export type ChunkReply = { seq: number; out: ReturnType<typeof readTranscript>[] } | { seq: number; error: WorkerErrorData };

const init = workerData as TranscriptWorkerData;
const ctx: TranscriptContext = { runDir: init.runDir, findingsFile: init.findingsFile, mask: textMasker(init.maskOptions), ...(init.viewsFile ? { views: new ViewsFile(init.viewsFile) } : {}) };

parentPort!.on('message', (req: ChunkRequest) => {
  let reply: ChunkReply;
  try {
    reply = { seq: req.seq, out: req.tasks.map((t) => readTranscript(t, ctx)) };
  } catch (err) {
    reply = { seq: req.seq, error: workerErrorData(err) };
  }
  parentPort!.postMessage(reply);
});
