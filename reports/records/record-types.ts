/**
 * The report records a scoring writes next to its outputs (`<runDir>/report-records/`): what the
 * reports show of each contact, so that `report <runDir>` reads two compact files instead of
 * parsing every contacts/*.json twice and scanning findings.json and sheets.json (≈ 200 MB for
 * 10,000 contacts). Nothing in them is masked: like contacts/*.json they stay in the run folder, and
 * the reports mask what they show with the options of the day. They are a cache: a report falls
 * back to the run's own files when they are absent, stale or unreadable (record-reader.ts).
 *
 *   index.json   the run's small facts: caller-side timings, the names said with a cue (in the
 *                order a report learns them), where each contact's transcript side is in views.jsonl,
 *                and what the records were made from (to tell when they are stale)
 *   rows.jsonl   sheets.json's contacts, one a line, slimmed as sheets-stream.ts slims them and
 *                written as numbers into index.json's string table (row-codec.ts)
 *   views.jsonl  per contact, one line of its Interaction with only the fields the HTML report shows
 *                (SlimInteraction) and one line of its findings likewise (SlimFinding[])
 */
import type { Interaction } from '../../harness/interaction/types.js';
import type { Evidence, Finding } from '../../scorers/scorer.js';
import type { ContactTimings } from '../run-sources.js';

export const RECORDS_DIR = 'report-records';
export const RECORDS_INDEX = 'index.json';
export const RECORDS_VIEWS = 'views.jsonl';
export const RECORDS_ROWS = 'rows.jsonl';
export const RECORDS_SCHEMA_VERSION = 1;

/** A file as it was when the records were written: a different size or time means they are stale. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** The Interaction fields the HTML report reads (transcriptView, contactGroup, its list of unscored contacts). */
export type SlimInteraction = Pick<Interaction, 'contactId' | 'scenarioId' | 'channel' | 'outcome' | 'durationMs' | 'failedBy' | 'recording'> & {
  error?: Pick<NonNullable<Interaction['error']>, 'code' | 'message'>;
  turns: Pick<Interaction['turns'][number], 'speaker' | 'text' | 'startMs' | 'endMs'>[];
  events: Pick<Interaction['events'][number], 'type' | 'atMs'>[];
};

/** The Finding fields the HTML report shows. */
export type SlimFinding = Pick<Finding, 'check' | 'pass' | 'reason' | 'confidence' | 'needsReview'> & { evidence: Pick<Evidence, 'turn' | 'quote' | 'atMs'>[] };

export interface RecordsIndex {
  schemaVersion: typeof RECORDS_SCHEMA_VERSION;
  /** The inputs the records were made from (null: absent then). */
  inputs: { sheets: FileStamp | null; findings: FileStamp | null; rows: FileStamp; views: FileStamp; contactsDir: FileStamp | null };
  /** contacts/ files (finished contacts only), sorted by name, as they were read: a file changed since makes the records stale. */
  contactFiles: [name: string, size: number, mtimeMs: number][];
  /**
   * Names said with a cue, per input in the order a report reads them (sheets.json elements, then
   * contacts/ files sorted, then findings.json elements), each list in order of first appearance:
   * a report adopting the three in turn knows the same names in the same order as after reading them.
   */
  names: { sheets: string[]; contacts: string[]; findings: string[] };
  /** The strings of rows.jsonl, by index (row-codec.ts). */
  strings: string[];
  /** Caller-side timings of each contact with a contacts/ file. */
  timings: [contactId: string, timings: ContactTimings][];
  /** Every contact with a contacts/ file, sorted. */
  storedIds: string[];
  /** Byte ranges in views.jsonl of each contact's SlimInteraction and SlimFinding[] line (-1: none). */
  views: [contactId: string, interactionStart: number, interactionEnd: number, findingsStart: number, findingsEnd: number][];
}

/** Copies the fields of `keys` that `value` has (undefined ones left out, as JSON would). */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}

/** What the HTML report reads of a stored Interaction (as parsed from its file, unvalidated). */
export function slimInteraction(i: Interaction): SlimInteraction {
  const slim = pick(i, ['contactId', 'scenarioId', 'channel', 'outcome', 'durationMs', 'failedBy', 'recording']) as SlimInteraction;
  if (i.error) slim.error = pick(i.error, ['code', 'message']);
  // kept as they are when not arrays: the report meets the same value either way
  slim.turns = Array.isArray(i.turns) ? i.turns.map((t) => pick(t, ['speaker', 'text', 'startMs', 'endMs'])) : i.turns;
  slim.events = Array.isArray(i.events) ? i.events.map((e) => pick(e, ['type', 'atMs'])) : i.events;
  return slim;
}

/** What the HTML report shows of a contact's findings. */
export function slimFindings(findings: readonly Finding[]): SlimFinding[] {
  return findings.map((f) => {
    const slim = pick(f, ['check', 'pass', 'reason', 'confidence', 'needsReview']) as SlimFinding;
    slim.evidence = Array.isArray(f.evidence) ? f.evidence.map((e) => pick(e, ['turn', 'quote', 'atMs'])) : f.evidence;
    return slim;
  });
}
