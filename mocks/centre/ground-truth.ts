/**
 * The simulated centre's ground truth: what really happened in each session (who served it,
 * which defects the agent committed on purpose, which facts it stated), one JSON object per line.
 * Tests and the demo compare the harness's findings against it. Sessions are matched to the
 * harness's Interactions by `ref` (the contact id the harness put on the chat URL / call).
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ContactFate, ContactTruth } from './contact-ledger.js';
import type { CheckId, ProfileName } from './profiles.js';

export type GroundTruthChannel = 'webchat' | 'voice';

interface Base {
  sessionId: string;
  ref: string;
  /** Epoch ms, taken immediately before the centre sends the event / on receipt of the request. */
  at: number;
}

export interface SessionRecord extends Base {
  type: 'session';
  channel: GroundTruthChannel;
  profile: ProfileName;
  /** The agent's 工号, or null when the session started in the queue (see `agent-joined`). */
  agentId: string | null;
  agentName: string | null;
}
export interface QueuedRecord extends Base {
  type: 'queued';
  /** 1 = next in line. */
  position: number;
}
export interface AgentJoinedRecord extends Base {
  type: 'agent-joined';
  agentId: string;
  /** Optional addition to the agreed shape: the agent's display name. */
  agentName?: string;
}
export interface MessageRecord extends Base {
  type: 'message';
  seq: number;
  speaker: 'agent' | 'customer' | 'system';
  text: string;
}
export interface DefectRecord extends Base {
  type: 'defect';
  check: CheckId;
  kind: string;
  quote?: string;
  detail?: string;
  /** Optional addition: further checks the same defect should trigger. */
  alsoTriggers?: CheckId[];
  /** Optional addition: seq of the message that carries (or, for omissions, stands in for) it. */
  seq?: number;
}
export interface FactRecord extends Base {
  type: 'fact';
  key: string;
  stated: string;
  correct: boolean;
  /** Optional addition: seq of the message that states it. */
  seq?: number;
}
/** `busy` / `overflow`: the centre turned the chat away (queue full / waited too long, see capacity.ts). */
export type EndedBy = 'customer' | 'agent' | 'timeout' | 'disconnect' | 'busy' | 'overflow';
export interface EndRecord extends Base {
  type: 'end';
  by: EndedBy;
}

/** One finished contact as the ACD saw it (contact-ledger.ts): offered, queued, answered, abandoned … */
export interface ContactRecord extends Base, Omit<ContactTruth, 'sessionId' | 'ref'> {
  type: 'contact';
  fate: ContactFate;
  endedAt: number;
}

export type GroundTruthRecord =
  | SessionRecord
  | ContactRecord
  | QueuedRecord
  | AgentJoinedRecord
  | MessageRecord
  | DefectRecord
  | FactRecord
  | EndRecord;

/**
 * Appends records in batches: everything written during one tick of the event loop goes out in a
 * single `appendFile`, and batches are chained so lines never interleave. 200 busy chats cost a
 * handful of writes per tick, not one sync each.
 */
export class GroundTruthWriter {
  private buffer: string[] = [];
  private scheduled = false;
  private chain: Promise<void>;
  private failure: Error | null = null;

  constructor(readonly path: string) {
    this.chain = mkdir(dirname(path), { recursive: true }).then(() => undefined);
  }

  write(record: GroundTruthRecord): void {
    this.buffer.push(JSON.stringify(record));
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flushBuffer());
  }

  /** Resolves when everything written so far is on disk; rejects if a write failed. */
  async flush(): Promise<void> {
    this.flushBuffer();
    await this.chain;
    if (this.failure) throw this.failure;
  }

  private flushBuffer(): void {
    this.scheduled = false;
    if (!this.buffer.length) return;
    const text = this.buffer.join('\n') + '\n';
    this.buffer = [];
    this.chain = this.chain
      .then(() => appendFile(this.path, text, 'utf8'))
      .catch((err: Error) => {
        // Keep the chain alive for later batches; report the first failure on flush().
        this.failure ??= err;
      });
  }
}

/** Every record of a ground-truth file, in order; blank lines are skipped. */
export async function readGroundTruth(path: string): Promise<GroundTruthRecord[]> {
  const text = await readFile(path, 'utf8');
  const records: GroundTruthRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      records.push(JSON.parse(line) as GroundTruthRecord);
    } catch (err) {
      throw new Error(`${path}:${i + 1}: not a JSON line (${(err as Error).message})`);
    }
  });
  return records;
}

/** Records per contact ref (a ref used for several sessions keeps them all, in order). */
export function groupByRef(records: readonly GroundTruthRecord[]): Map<string, GroundTruthRecord[]> {
  const byRef = new Map<string, GroundTruthRecord[]>();
  for (const record of records) {
    const list = byRef.get(record.ref);
    if (list) list.push(record);
    else byRef.set(record.ref, [record]);
  }
  return byRef;
}

/** A compact view of one session: who, which profile, how it ended, and what went wrong. */
export interface SessionSummary {
  sessionId: string;
  ref: string;
  profile: ProfileName;
  agentId: string | null;
  queuedAt?: number;
  joinedAt?: number;
  endedBy?: EndedBy;
  messages: MessageRecord[];
  defects: DefectRecord[];
  facts: FactRecord[];
}

export function summariseSessions(records: readonly GroundTruthRecord[]): SessionSummary[] {
  const sessions = new Map<string, SessionSummary>();
  for (const r of records) {
    if (r.type === 'session') {
      sessions.set(r.sessionId, { sessionId: r.sessionId, ref: r.ref, profile: r.profile, agentId: r.agentId, messages: [], defects: [], facts: [] });
      continue;
    }
    const s = sessions.get(r.sessionId);
    if (!s) continue;
    if (r.type === 'queued') s.queuedAt ??= r.at;
    else if (r.type === 'agent-joined') {
      s.joinedAt = r.at;
      s.agentId = r.agentId;
    } else if (r.type === 'message') s.messages.push(r);
    else if (r.type === 'defect') s.defects.push(r);
    else if (r.type === 'fact') s.facts.push(r);
    else if (r.type === 'end') s.endedBy = r.by;
  }
  return [...sessions.values()];
}
