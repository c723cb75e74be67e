/**
 * review.json: what a person changed after the machine scored a run. Append-only — a later entry
 * for the same cell wins, nothing is ever edited in place — so the file is also the audit trail an
 * assessor hands in (who changed what, when and why). The review UI writes it; every report reads
 * it. An absent review.json means no overrides.
 */

/** One changed score: a contact's sheet item (contactId set) or a run-level item (contactId absent). */
export interface ScoreOverride {
  kind: 'override';
  /** ISO 8601 time of the change. */
  at: string;
  /** Who changed it (name or staff id of the assessor). */
  reviewer: string;
  /** Absent: the item of the run-level sheet (e.g. D.2.1, or a manual item of an aggregated sheet). */
  contactId?: string;
  sheetId: string;
  /** 评价项目 as on the sheet, e.g. "服务流程规范性". */
  item: string;
  /** The score the reviewer saw (null: N/A or a manual item not yet filled in). */
  old: number | null;
  /** The score the reviewer set (null: mark the item not applicable). */
  new: number | null;
  reason: string;
}

/** A reviewer signing the run off (or a contact, when contactId is set) as checked. */
export interface SignOff {
  kind: 'sign-off';
  at: string;
  reviewer: string;
  contactId?: string;
  /** Free text, e.g. "已复核全部联络". */
  note?: string;
}

export type ReviewEntry = ScoreOverride | SignOff;

export interface ReviewFile {
  schemaVersion: 1;
  entries: ReviewEntry[];
}

export const REVIEW_FILE = 'review.json';

export const EMPTY_REVIEW: ReviewFile = { schemaVersion: 1, entries: [] };
