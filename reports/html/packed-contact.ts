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
import { contactChanges, revisionsOf, sheetView, type ContactView, type TranscriptView } from './model.js';
import { scriptSafe, type ContactPacker } from './page.js';

/** A TranscriptView as JSON text: `pieces` joined with each reason's string-table index between them. */
export interface TranscriptJson {
  group: ContactView['group'];
  /** `"needsReview":…` up to the findings' end; pieces.length === reasons.length + 1. */
  pieces: string[];
  reasons: string[];
  /** `,"recording":…,"error":…` as present, else ''. */
  tail: string;
  /** [check, pass] of each finding, for the overview's check chart. */
  tally: [string, 1 | 0 | -1][];
}

/** `"key":value` as JSON.stringify writes an object's property; null when it leaves it out. */
function prop(key: string, value: unknown): string | null {
  const json = JSON.stringify(value) as string | undefined;
  return json === undefined ? null : `${JSON.stringify(key)}:${json}`;
}

/** An array element as JSON.stringify writes it (undefined and functions become null). */
const element = (value: unknown) => (JSON.stringify(value) as string | undefined) ?? 'null';

/** Joins the properties JSON.stringify would write, in order. */
const props = (list: (string | null)[]) => list.filter((p): p is string => p !== null).join(',');

export function transcriptJson(t: TranscriptView): TranscriptJson {
  const pieces: string[] = [];
  const reasons: string[] = [];
  let text = `${props([prop('needsReview', t.needsReview), prop('failed', t.failed), prop('durationMs', t.durationMs), prop('recordingOffsetMs', t.recordingOffsetMs), prop('turns', t.turns), prop('events', t.events)])},"findings":[`;
  t.findings.forEach((f, k) => {
    text += `${k ? ',' : ''}[${element(f[0])},${element(f[1])},`;
    pieces.push(text);
    reasons.push(f[2]);
    text = `,${element(f[3])},${element(f[4])},${element(f[5])}]`;
  });
  pieces.push(`${text}]`);
  const tail = [prop('recording', t.recording), prop('error', t.error)].filter((p) => p !== null).map((p) => `,${p}`).join('');
  return { group: t.group, pieces, reasons, tail, tally: t.findings.map((f) => [f[0], f[1]]) };
}

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
