/**
 * Reading review.json (shape in reports/review-types.ts). Read tolerantly: the first draft of the
 * shape said `version` and `signoff`, so a file written that way is still read (normalised to
 * `schemaVersion` / `sign-off`); entries of an unknown kind are skipped rather than failing a
 * report, and an absent file means "nobody reviewed yet".
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REVIEW_FILE, type ReviewEntry, type ReviewFile } from '../review-types.js';

export class ReviewFileError extends Error {
  readonly code = 'E_REVIEW_FILE';
  constructor(message: string, readonly hint = 'see reports/review-types.ts for the shape of review.json') {
    super(message);
    this.name = 'ReviewFileError';
  }
}

function normaliseEntry(raw: unknown): ReviewEntry | null {
  if (!raw || typeof raw !== 'object') return null;
  const e = raw as Record<string, unknown>;
  if (typeof e.at !== 'string' || typeof e.reviewer !== 'string') return null;
  if (e.kind === 'override') {
    if (typeof e.sheetId !== 'string' || typeof e.item !== 'string' || typeof e.reason !== 'string') return null;
    if (!(typeof e.new === 'number' || e.new === null)) return null;
    return {
      kind: 'override',
      at: e.at,
      reviewer: e.reviewer,
      ...(typeof e.contactId === 'string' ? { contactId: e.contactId } : {}),
      sheetId: e.sheetId,
      item: e.item,
      old: typeof e.old === 'number' ? e.old : null,
      new: e.new as number | null,
      reason: e.reason,
    };
  }
  if (e.kind === 'sign-off' || e.kind === 'signoff') {
    return {
      kind: 'sign-off',
      at: e.at,
      reviewer: e.reviewer,
      ...(typeof e.contactId === 'string' ? { contactId: e.contactId } : {}),
      ...(typeof e.note === 'string' ? { note: e.note } : {}),
    };
  }
  return null;
}

/** Parses review.json text; throws ReviewFileError when it is not a review file at all. */
export function parseReviewFile(text: string, where = REVIEW_FILE): ReviewFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ReviewFileError(`${where} is not valid JSON: ${(err as Error).message}`);
  }
  const entries = (raw as { entries?: unknown })?.entries;
  if (!Array.isArray(entries)) throw new ReviewFileError(`${where}: "entries" must be an array`);
  return { schemaVersion: 1, entries: entries.map(normaliseEntry).filter((e): e is ReviewEntry => e !== null) };
}

/** review.json of a run folder; no file = no entries. */
export async function readReviewFile(runDir: string): Promise<ReviewFile> {
  const file = path.join(runDir, REVIEW_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { schemaVersion: 1, entries: [] };
    throw err;
  }
  return parseReviewFile(text, file);
}
