/**
 * Appending to review.json safely when several reviewers (or several `review` servers) work on the
 * same run: every append happens under a lock file, re-reads the file, checks that the cell is
 * still at the revision the reviewer saw (optimistic concurrency: an edit made on a stale view is
 * refused, never silently overwriting a colleague's), and replaces the file atomically
 * (write a temporary file, then rename), so a crash never leaves half a file.
 */
import { open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cellKey } from '../review-apply.js';
import { REVIEW_FILE, type ReviewEntry, type ReviewFile, type ScoreOverride } from '../review-types.js';
import { parseReviewFile } from './review-file.js';

export class ReviewConflictError extends Error {
  readonly code = 'E_REVIEW_CONFLICT';
  constructor(
    readonly revision: number,
    readonly latest: ScoreOverride | undefined,
  ) {
    super(`this item was changed by ${latest?.reviewer ?? 'someone'} in the meantime (now at revision ${revision}); reload it and decide again`);
    this.name = 'ReviewConflictError';
  }
}

export class ReviewLockError extends Error {
  readonly code = 'E_REVIEW_LOCKED';
  constructor(lockFile: string) {
    super(`review.json is locked by another writer (${lockFile}); try again, or delete the lock file if no review server is running`);
    this.name = 'ReviewLockError';
  }
}

export interface ReviewStoreOptions {
  /** How long to wait for the lock. @default 5000 */
  lockWaitMs?: number;
  /** A lock file older than this is left over from a crash and is taken over. @default 30000 */
  staleLockMs?: number;
}

/** Overrides written so far for one cell (its revision). */
export function cellRevision(review: ReviewFile, contactId: string | undefined, sheetId: string, item: string): number {
  const key = cellKey(contactId, sheetId, item);
  let n = 0;
  for (const e of review.entries) if (e.kind === 'override' && cellKey(e.contactId, e.sheetId, e.item) === key) n++;
  return n;
}

function latestOf(review: ReviewFile, contactId: string | undefined, sheetId: string, item: string): ScoreOverride | undefined {
  const key = cellKey(contactId, sheetId, item);
  let latest: ScoreOverride | undefined;
  for (const e of review.entries) if (e.kind === 'override' && cellKey(e.contactId, e.sheetId, e.item) === key) latest = e;
  return latest;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class ReviewStore {
  readonly file: string;
  private readonly lockFile: string;
  /** Appends from this process, one after another (the lock file covers other processes). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly runDir: string,
    private readonly options: ReviewStoreOptions = {},
  ) {
    this.file = path.join(runDir, REVIEW_FILE);
    this.lockFile = `${this.file}.lock`;
  }

  async read(): Promise<ReviewFile> {
    try {
      return parseReviewFile(await readFile(this.file, 'utf8'), this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { schemaVersion: 1, entries: [] };
      throw err;
    }
  }

  /**
   * Appends one entry. For an override, `expectedRevision` is the cell's revision the reviewer saw;
   * if someone changed the cell since, ReviewConflictError (nothing is written).
   */
  append(entry: ReviewEntry, expectedRevision?: number): Promise<ReviewFile> {
    const run = this.queue.then(() => this.locked(() => this.appendNow(entry, expectedRevision)));
    this.queue = run.catch(() => {});
    return run;
  }

  private async appendNow(entry: ReviewEntry, expectedRevision?: number): Promise<ReviewFile> {
    const review = await this.read();
    if (entry.kind === 'override' && expectedRevision !== undefined) {
      const now = cellRevision(review, entry.contactId, entry.sheetId, entry.item);
      if (now !== expectedRevision) throw new ReviewConflictError(now, latestOf(review, entry.contactId, entry.sheetId, entry.item));
    }
    const next: ReviewFile = { schemaVersion: 1, entries: [...review.entries, entry] };
    const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, `${JSON.stringify(next, null, 2)}\n`);
    await rename(tmp, this.file);
    return next;
  }

  private async locked<T>(fn: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + (this.options.lockWaitMs ?? 5000);
    for (;;) {
      try {
        const handle = await open(this.lockFile, 'wx');
        await handle.writeFile(`${process.pid}\n`);
        await handle.close();
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const age = await stat(this.lockFile).then((s) => Date.now() - s.mtimeMs, () => 0);
        if (age > (this.options.staleLockMs ?? 30_000)) {
          await unlink(this.lockFile).catch(() => {});
          continue;
        }
        if (Date.now() > deadline) throw new ReviewLockError(this.lockFile);
        await sleep(20);
      }
    }
    try {
      return await fn();
    } finally {
      await unlink(this.lockFile).catch(() => {});
    }
  }
}
