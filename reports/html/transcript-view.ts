/**
 * The part of a contact's HTML view that comes from its Interaction and findings — the heavy part
 * of the report, read from the run folder one contact at a time (by worker threads for a large run:
 * transcript-pool.ts) — and that part as JSON text (transcriptJson, see packed-contact.ts). Kept
 * apart from model.ts so that a worker loads only what it runs.
 */
import path from 'node:path';
import type { Interaction } from '../../harness/interaction/types.js';
import type { Finding } from '../../scorers/scorer.js';
import type { TextMasker } from '../privacy/mask-data.js';
import type { ContactView } from './model.js';

/** ContactView's fields that come from the Interaction and findings, with the same meaning. */
export type TranscriptView = Pick<ContactView, 'group' | 'needsReview' | 'failed' | 'durationMs' | 'recordingOffsetMs' | 'turns' | 'events' | 'findings' | 'recording' | 'error'>;

/** Error codes that mean the tool itself failed (browser, selectors), not the centre. */
const HARNESS_CODES = /^E_(BROWSER|SELECTOR|PAGE_CRASHED|HARNESS|INTERNAL|UNSUPPORTED|CHAT_URL)/;

/** Which list of the page a contact is in: scored, not reached (no answer, busy, the centre failed), or the tool failed. */
export function contactGroup(c: { outcome: string; interaction: Interaction | null }): 'scored' | 'unreached' | 'tool' {
  const i = c.interaction;
  if (c.outcome === 'failed' && (i?.failedBy === 'harness' || (!i?.failedBy && i?.error && HARNESS_CODES.test(i.error.code)))) return 'tool';
  return c.outcome === 'completed' ? 'scored' : 'unreached';
}

/** Recording path as the page links it: relative to the run folder (the report lives there). */
function recordingHref(runDir: string, recording: string | undefined): string | undefined {
  if (!recording) return undefined;
  const rel = path.isAbsolute(recording) ? path.relative(path.resolve(runDir), recording) : recording;
  return rel.split(path.sep).join('/');
}

/**
 * A contact's TranscriptView. `mask` is applied here to every free text the view shows (turn
 * texts, finding reasons, evidence quotes, error messages) — the only strings of the view that
 * are not identifiers, codes or numbers — so that inputs can be read raw and only what is shown
 * is masked. Inputs that are masked already are given without `mask`.
 */
export function transcriptView(c: { channel: string; outcome: string; findings: readonly Finding[]; interaction: Interaction | null }, runDir: string, mask?: TextMasker): TranscriptView {
  const i = c.interaction;
  // what maskInPlace would do to the string where it is (non-strings are left alone)
  const m = mask ? <T>(s: T): T => (typeof s === 'string' ? (mask(s) as T) : s) : <T>(s: T): T => s;
  const answered = i?.events.find((e) => e.type === 'answered')?.atMs;
  const view: TranscriptView = {
    group: contactGroup(c),
    needsReview: c.findings.some((f) => f.needsReview === true),
    failed: [...new Set(c.findings.filter((f) => f.pass === false).map((f) => f.check))],
    durationMs: i?.durationMs ?? 0,
    recordingOffsetMs: c.channel === 'voice' && answered !== undefined ? answered : 0,
    turns: (i?.turns ?? []).map((t) => [t.speaker, m(t.text), t.startMs, t.endMs]),
    events: (i?.events ?? []).map((e) => [e.type, e.atMs]),
    findings: c.findings.map((f) => [
      f.check,
      f.pass === 'na' ? -1 : f.pass ? 1 : 0,
      m(f.reason),
      typeof f.confidence === 'number' ? f.confidence : null,
      f.needsReview === true,
      f.evidence.map((e) => [e.turn, m(e.quote), e.atMs]),
    ]),
  };
  const rec = recordingHref(runDir, i?.recording);
  if (rec) view.recording = rec;
  if (i?.error) view.error = `${i.error.code}: ${m(i.error.message)}`;
  return view;
}

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
export function prop(key: string, value: unknown): string | null {
  const json = JSON.stringify(value) as string | undefined;
  return json === undefined ? null : `${JSON.stringify(key)}:${json}`;
}

/** An array element as JSON.stringify writes it (undefined and functions become null). */
const element = (value: unknown) => (JSON.stringify(value) as string | undefined) ?? 'null';

/** Joins the properties JSON.stringify would write, in order. */
export const props = (list: (string | null)[]) => list.filter((p): p is string => p !== null).join(',');

export function transcriptJson(t: TranscriptView): TranscriptJson {
  const pieces: string[] = [];
  const reasons: string[] = [];
  // these fields are always there (a boolean, numbers, arrays): written without prop's checks, the hottest lines of the report
  let text = `"needsReview":${t.needsReview},"failed":${JSON.stringify(t.failed)},"durationMs":${element(t.durationMs)},"recordingOffsetMs":${element(t.recordingOffsetMs)},"turns":${JSON.stringify(t.turns)},"events":${JSON.stringify(t.events)},"findings":[`;
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
