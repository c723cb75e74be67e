/**
 * A contact's packed JSON (ContactPacker.pack, then JSON.stringify) written in two halves, so that
 * the heavy half — the transcript, events and findings, read and masked from the run folder — can
 * be made in a worker thread while the page's string table stays in contact order:
 *
 *   transcriptJson (any thread)  the TranscriptView's fields as JSON text, cut where each finding's
 *                                reason goes (its index in the string table is not known yet)
 *   packedContactJson (main)     the contact's fields around it, sheet notes interned, then the
 *                                reasons, in the order ContactPacker.pack interns them
 *
 * The text is byte for byte what scriptJson(packer.pack(contactView(…))) gives: same keys in the
 * same order, the same values, undefined fields left out as JSON.stringify leaves them out
 * (test/reports/html/packed-contact.test.ts holds the two side by side).
 */
import type { ScoreSheet } from '../../scorers/sheets/types.js';
import type { ScoreOverride } from '../review-types.js';
import { contactChanges, revisionsOf, sheetView } from './model.js';
import { prop, props, type TranscriptJson } from './transcript-view.js';

export type { TranscriptJson };
import { scriptSafe, type ContactPacker } from './page.js';

/** What packedContactJson needs of a contact besides its transcript: its scores and the review. */
export interface ContactScores {
  contactId: string;
  scenarioId: string;
  channel: string;
  outcome: string;
  /** The machine's sheets. */
  sheets: ScoreSheet[];
  /** The reviewed sheets and scores. */
  reviewed: { sheets: ScoreSheet[]; qualityScore: number | null; pass: boolean | null };
}

export interface ReviewLookups {
  overrides: Map<string, ScoreOverride>;
  revisions: Map<string, number>;
  signed: Set<string>;
}

/** The contact's packed JSON, safe inside <script>; interns its sheet notes, then its findings' reasons. */
export function packedContactJson(c: ContactScores, t: TranscriptJson, packer: ContactPacker, review: ReviewLookups): string {
  const sheets = JSON.stringify(packer.packSheets(c.reviewed.sheets.map((s) => sheetView(s, c.sheets))));
  let middle = t.pieces[0]!;
  for (let k = 0; k < t.reasons.length; k++) middle += packer.intern(t.reasons[k]!) + t.pieces[k + 1]!;
  const head = props([prop('id', c.contactId), prop('scenario', c.scenarioId), prop('channel', c.channel), prop('outcome', c.outcome), prop('group', t.group), prop('quality', c.reviewed.qualityScore), prop('pass', c.reviewed.pass)]);
  const after = props([
    prop('changes', contactChanges(c.contactId, c.sheets, review.overrides)),
    prop('revisions', revisionsOf(review.revisions, c.contactId)),
    prop('signedOff', review.signed.has(c.contactId) || review.signed.has('*')),
  ]);
  return scriptSafe(`{${head},${middle},"sheets":${sheets},${after}${t.tail},"packed":1}`);
}
