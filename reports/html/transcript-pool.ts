/**
 * Worker threads that read the HTML report's transcripts (transcript-worker.ts) — the bulk of the
 * report's work: reading, parsing and masking each contact's Interaction and findings — so that a
 * large run uses every core. Contacts go out in chunks, round robin, and come back in the order
 * they were sent, so the page is the same bytes as when one thread writes it. At most a few
 * chunks per worker are in flight: memory stays flat however far the workers could run ahead.
 */
import type { Worker } from 'node:worker_threads';
import type { PrivacyOptions } from '../privacy/types.js';
import { errorFromWorker, idleCoreWorkers, startWorker } from '../workers.js';
import type { TranscriptJson } from './transcript-view.js';
import type { TranscriptTask } from './transcript-task.js';
import type { ChunkReply, ChunkRequest, TranscriptWorkerData } from './transcript-worker.js';

/** Below this many contacts the report is written in one thread: starting workers costs more than they save. */
export const MIN_CONTACTS_FOR_WORKERS = 1000;

/** Contacts per message: large enough that messaging is cheap, small enough to keep the workers evenly fed. */
export const DEFAULT_CHUNK = 100;
/** Chunks sent ahead per worker. */
const AHEAD = 3;

/** Workers for a run of `contacts`: none for a small run, else one per idle core (idleCoreWorkers). */
export function defaultTranscriptWorkers(contacts: number, cores?: number, load?: number): number {
  return contacts < MIN_CONTACTS_FOR_WORKERS ? 0 : idleCoreWorkers(3, cores, load);
}

export class TranscriptPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (out: TranscriptJson[]) => void; reject: (err: Error) => void }>();
  private failed: Error | null = null;

  constructor(
    count: number,
    init: TranscriptWorkerData,
    /** Contacts per message. @default DEFAULT_CHUNK */
    private readonly chunk = DEFAULT_CHUNK,
  ) {
    const data: TranscriptWorkerData = init;
    this.workers = Array.from({ length: count }, () => {
      const w = startWorker(new URL('./transcript-worker.ts', import.meta.url), data);
      w.on('message', (reply: ChunkReply) => {
        const waiter = this.waiting.get(reply.seq);
        this.waiting.delete(reply.seq);
        if ('error' in reply) waiter?.reject(errorFromWorker(reply.error));
        else waiter?.resolve(reply.out);
      });
      // a worker that dies (out of memory, a bug) fails every chunk still out: the report fails, it never hangs
      const fail = (err: Error) => {
        this.failed ??= err;
        for (const waiter of this.waiting.values()) waiter.reject(err);
        this.waiting.clear();
      };
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0) fail(new Error(`an HTML report worker stopped (exit code ${code})`));
      });
      return w;
    });
  }

  /**
   * Each task's TranscriptJson, in the tasks' order. The calling thread takes its share of the
   * chunks too (`readHere`), one in every workers + 1: it would otherwise mostly wait.
   */
  async *read(tasks: readonly TranscriptTask[], readHere: (task: TranscriptTask) => TranscriptJson): AsyncGenerator<TranscriptJson> {
    const slots = this.workers.length + 1;
    const CHUNK = this.chunk;
    const chunks: Promise<TranscriptJson[]>[] = [];
    const send = (seq: number) => {
      const start = seq * CHUNK;
      if (start >= tasks.length || seq % slots === 0) return;
      const done = new Promise<TranscriptJson[]>((resolve, reject) => {
        if (this.failed) return reject(this.failed);
        this.waiting.set(seq, { resolve, reject });
      });
      // handled when its turn comes; until then a rejection must not count as unhandled
      done.catch(() => {});
      chunks[seq] = done;
      const req: ChunkRequest = { seq, tasks: tasks.slice(start, start + CHUNK) };
      this.workers[(seq % slots) - 1]!.postMessage(req);
    };
    const ahead = slots * AHEAD;
    for (let seq = 0; seq < ahead; seq++) send(seq);
    for (let seq = 0; seq * CHUNK < tasks.length; seq++) {
      send(seq + ahead);
      if (seq % slots === 0) {
        for (const task of tasks.slice(seq * CHUNK, (seq + 1) * CHUNK)) yield readHere(task);
        continue;
      }
      const out = await chunks[seq]!;
      delete chunks[seq];
      yield* out;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
