/**
 * The attempt journal: before a contact is placed, `attempts/<contactId>.<n>.json` is written
 * (atomically, fsync'ed) saying that attempt n has started; while it is in flight the channel's
 * progress (voice: the Call SID; chat: the turns so far) is written into it; when it ends the end
 * is recorded. After a SIGKILL, a journal that says "started" for a contact with no finished file
 * is a contact that was in flight: resume recognises it instead of placing it again blindly.
 *
 * Progress writes are coalesced per attempt (one write in progress, the newest update next), so a
 * chat flushing every turn costs at most one write at a time and a kill loses at most the last
 * update.
 */
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ContactProgress } from '../channels/channel.js';
import type { ChannelKind } from '../interaction/types.js';
import { readJson, writeJsonAtomic } from './atomic-write.js';
import { crashPoint } from './crash-point.js';
import type { AttemptEnd, AttemptRecord } from './types.js';

export interface AttemptJournal {
  schemaVersion: 1;
  contactId: string;
  channel: ChannelKind;
  attempt: number;
  /** ISO time, and the same as epoch ms (the voice search by start time needs ms). */
  startedAt: string;
  startedAtMs: number;
  progress: ContactProgress;
  endedAt?: string;
  end?: AttemptEnd;
  note?: string;
}

const NAME = /^(.+)\.(\d+)\.json$/u;

export function attemptFileName(contactId: string, attempt: number): string {
  return `${contactId}.${attempt}.json`;
}

/** Every journal in a run's attempts/ directory, grouped by contact, oldest attempt first. */
export async function readJournals(attemptsDir: string): Promise<Map<string, AttemptJournal[]>> {
  const names = (await readdir(attemptsDir).catch(() => [] as string[])).filter((n) => NAME.test(n));
  const byContact = new Map<string, AttemptJournal[]>();
  for (const name of names) {
    let journal: AttemptJournal;
    try {
      journal = await readJson<AttemptJournal>(path.join(attemptsDir, name));
    } catch {
      continue; // cannot happen with atomic writes; a hand-edited file must not stop a resume
    }
    const list = byContact.get(journal.contactId) ?? [];
    list.push(journal);
    byContact.set(journal.contactId, list);
  }
  for (const list of byContact.values()) list.sort((a, b) => a.attempt - b.attempt);
  return byContact;
}

export function attemptRecord(j: AttemptJournal): AttemptRecord {
  return {
    attempt: j.attempt,
    startedAt: j.startedAt,
    ...(j.endedAt ? { endedAt: j.endedAt } : {}),
    ...(j.end ? { end: j.end } : {}),
    ...(j.note ? { note: j.note } : {}),
    ...(j.progress.callSid ? { callSid: j.progress.callSid } : {}),
  };
}

/** Writes one attempt's journal: `begin` durably, then coalesced progress, then its end. */
export class AttemptWriter {
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;

  private constructor(
    private readonly file: string,
    readonly journal: AttemptJournal,
  ) {}

  /** Resolves once the "started" journal is on disk: only then may the contact be placed. */
  static async begin(attemptsDir: string, contactId: string, channel: ChannelKind, attempt: number, now = Date.now()): Promise<AttemptWriter> {
    await mkdir(attemptsDir, { recursive: true });
    const journal: AttemptJournal = { schemaVersion: 1, contactId, channel, attempt, startedAt: new Date(now).toISOString(), startedAtMs: now, progress: {} };
    const writer = new AttemptWriter(path.join(attemptsDir, attemptFileName(contactId, attempt)), journal);
    await writeJsonAtomic(writer.file, journal);
    return writer;
  }

  /** Reopens an attempt found in flight, to record how it ended. */
  static reopen(attemptsDir: string, journal: AttemptJournal): AttemptWriter {
    return new AttemptWriter(path.join(attemptsDir, attemptFileName(journal.contactId, journal.attempt)), journal);
  }

  get record(): AttemptRecord {
    return attemptRecord(this.journal);
  }

  /**
   * Merge an update and write it soon. Resolves when the update is on disk (callers that must know,
   * e.g. a chat about to open the centre's page, await it); never rejects: a journal error must
   * not fail the contact.
   */
  progress(update: ContactProgress): Promise<void> {
    if (this.journal.end) return Promise.resolve();
    Object.assign(this.journal.progress, update);
    if (this.dirty) return this.writing; // the queued write takes this update too
    this.dirty = true;
    this.writing = this.writing.then(async () => {
      this.dirty = false;
      if (this.journal.end) return;
      await writeJsonAtomic(this.file, this.journal).catch(() => undefined);
      crashPoint('progress-written');
    });
    return this.writing;
  }

  /** Resolves when every progress update so far is on disk. */
  written(): Promise<void> {
    return this.writing;
  }

  /** Records how the attempt ended, after any progress write still under way. */
  async end(end: AttemptEnd, note?: string): Promise<AttemptRecord> {
    await this.writing;
    this.journal.end = end;
    this.journal.endedAt = new Date().toISOString();
    if (note) this.journal.note = note;
    await writeJsonAtomic(this.file, this.journal);
    return this.record;
  }
}
