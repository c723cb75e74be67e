/**
 * The zoo's ground truth: every message a page inserted into its DOM, as the page itself reported
 * it (POST /zoo/api/truth). Records of one contact come back ordered by the page clock, because the
 * POSTs of two quick bubbles may overtake each other on the wire.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isZooPageId, type TruthRecord, type TruthSpeaker } from './types.js';

const SPEAKERS: readonly TruthSpeaker[] = ['bot', 'agent', 'system', 'customer'];

export class TruthRejected extends Error {
  readonly code = 'E_TRUTH_INVALID';
  constructor(detail: string) {
    super(`truth record rejected: ${detail}`);
  }
}

interface Stored {
  record: TruthRecord;
  /** Per-document counter from the page: breaks ties between equal `at` values. */
  seq: number;
}

/** Check a page's report and keep only the agreed fields. */
export function parseTruthReport(body: unknown): { record: TruthRecord; seq: number } {
  if (typeof body !== 'object' || body === null) throw new TruthRejected('body must be a JSON object');
  const b = body as Record<string, unknown>;
  if (typeof b.page !== 'string' || !isZooPageId(b.page)) throw new TruthRejected(`unknown page ${JSON.stringify(b.page)}`);
  if (typeof b.speaker !== 'string' || !SPEAKERS.includes(b.speaker as TruthSpeaker)) {
    throw new TruthRejected(`speaker must be one of ${SPEAKERS.join(', ')}`);
  }
  if (typeof b.text !== 'string') throw new TruthRejected('text must be a string');
  if (typeof b.at !== 'number' || !Number.isFinite(b.at) || b.at <= 0) throw new TruthRejected('at must be epoch ms');
  const ref = typeof b.ref === 'string' ? b.ref : '';
  const seq = typeof b.seq === 'number' && Number.isFinite(b.seq) ? b.seq : 0;
  return { record: { page: b.page, ref, speaker: b.speaker as TruthSpeaker, text: b.text, at: b.at }, seq };
}

export class TruthStore {
  private readonly byRef = new Map<string, Stored[]>();
  private writes: Promise<void> = Promise.resolve();

  /** @param logPath JSONL file every record is appended to (created with its directory); none = memory only. */
  constructor(private readonly logPath?: string) {}

  add(record: TruthRecord, seq: number): void {
    const list = this.byRef.get(record.ref) ?? [];
    list.push({ record, seq });
    this.byRef.set(record.ref, list);
    if (this.logPath) {
      const path = this.logPath;
      // Appends are chained so lines never interleave and flush() can wait for all of them.
      this.writes = this.writes
        .then(async () => {
          await mkdir(dirname(path), { recursive: true });
          await appendFile(path, `${JSON.stringify(record)}\n`);
        })
        .catch((err: Error) => console.error(`widget-zoo: cannot append truth to ${path}: ${err.message}`));
    }
  }

  /** The contact's messages in the order the page inserted them. */
  truth(ref: string): TruthRecord[] {
    const list = [...(this.byRef.get(ref) ?? [])];
    list.sort((a, b) => a.record.at - b.record.at || a.seq - b.seq);
    return list.map((s) => ({ ...s.record }));
  }

  flush(): Promise<void> {
    return this.writes;
  }
}
