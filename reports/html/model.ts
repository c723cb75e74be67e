/**
 * The data the report page's script works from: the run folder with review.json applied (the
 * reviewed score of an item is its newest override), flattened into compact JSON so that 10,000
 * contacts fit in one file. Turns and findings are arrays/short keys because they are repeated
 * hundreds of thousands of times; sheet labels are sent once as templates.
 */
import { CHECK_LABELS } from '../../scorers/sheets/labels.js';
import type { RunSummary } from '../../scorers/sheets/summary.js';
import type { AppendixC, ScoreSheet, TargetRow } from '../../scorers/sheets/types.js';
import { cellKey, latestOverrides, reviewContact, reviewSummary } from '../review-apply.js';
import type { ReviewFile, ScoreOverride, SignOff } from '../review-types.js';
import type { ContactRecord, RunData } from './run-data.js';
import { transcriptView, type TranscriptView } from './transcript-view.js';

export { transcriptView, type TranscriptView };

/** A person's change of one cell, as the page shows it. */
export interface ChangeView {
  sheetId: string;
  item: string;
  old: number | null;
  new: number | null;
  by: string;
  at: string;
  why: string;
}

export interface SheetView {
  id: string;
  title: string;
  supplementary: boolean;
  level: 'contact' | 'run';
  total: number;
  max: number;
  manualMax: number;
  normalised: number | null;
  veto?: string;
  /** [评价项目, 评价内容, 分值, 得分, status, 备注] */
  items: [string, string, number, number | null, string, string][];
}

/** [speaker, text, startMs, endMs] */
export type TurnView = [string, string, number, number];
/** [check, pass (1 / 0 / -1 = N/A), reason, confidence | null, needsReview, evidence [turn, quote, atMs][]] */
export type FindingView = [string, 1 | 0 | -1, string, number | null, boolean, [number | null, string, number][]];

export interface ContactView {
  id: string;
  scenario: string;
  channel: string;
  outcome: string;
  group: 'scored' | 'unreached' | 'tool';
  error?: string;
  quality: number | null;
  pass: boolean | null;
  needsReview: boolean;
  failed: string[];
  durationMs: number;
  recording?: string;
  /** Where the recording starts on the contact's clock (voice: when the call was answered). */
  recordingOffsetMs: number;
  turns: TurnView[];
  events: [string, number][];
  findings: FindingView[];
  sheets: SheetView[];
  changes: ChangeView[];
  /** Overrides written per cell so far, "sheetId\u0000item" → count (the review page's revision). */
  revisions: Record<string, number>;
  signedOff: boolean;
}

export interface RunView {
  runId: string;
  rubric: string;
  passLine: number;
  contacts: number;
  outcomes: Record<string, number>;
  quality: number | null;
  pass: boolean | null;
  machineQuality: number | null;
  appendixC: AppendixC;
  targets: TargetRow[];
  sheets: SheetView[];
  scenarios: { id: string; title: string; contacts: number; quality: number | null; pass: boolean | null }[];
  changes: ChangeView[];
  revisions: Record<string, number>;
  signOffs: { by: string; at: string; note?: string; contactId?: string }[];
}

export interface ReportModel {
  run: RunView;
  contacts: ContactView[];
  checkLabels: Record<string, string>;
  scenarioTitles: Record<string, string>;
}

/** review-apply puts "人工复核：…" in a changed item's note; the page shows the change on its own line, so keep the machine's evidence note. */
const REVIEW_NOTE = '人工复核：';

export function sheetView(s: ScoreSheet, machine?: readonly ScoreSheet[]): SheetView {
  const machineSheet = machine?.find((m) => m.sheetId === s.sheetId);
  const noteOf = (item: string, note: string) => (note.startsWith(REVIEW_NOTE) ? (machineSheet?.items.find((i) => i.item === item)?.note ?? '') : note);
  const v: SheetView = {
    id: s.sheetId,
    title: s.title,
    supplementary: s.supplementary,
    level: s.level,
    total: s.total,
    max: s.max,
    manualMax: s.manualMax,
    normalised: s.normalised,
    items: s.items.map((it) => [it.item, it.content, it.max, it.score, it.status, noteOf(it.item, it.note)]),
  };
  if (s.veto) v.veto = `${s.veto.reason}（${s.veto.finding}）`;
  return v;
}

function changeView(o: ScoreOverride): ChangeView {
  return { sheetId: o.sheetId, item: o.item, old: o.old, new: o.new, by: o.reviewer, at: o.at, why: o.reason };
}

/** Number of overrides per cell: the revision a reviewer saw, for optimistic concurrency. */
export function cellRevisions(review: ReviewFile): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of review.entries) if (e.kind === 'override') out.set(cellKey(e.contactId, e.sheetId, e.item), (out.get(cellKey(e.contactId, e.sheetId, e.item)) ?? 0) + 1);
  return out;
}

export function revisionsOf(revisions: Map<string, number>, contactId: string | undefined): Record<string, number> {
  const prefix = `${contactId ?? '*'}\u0000`;
  const out: Record<string, number> = {};
  for (const [k, n] of revisions) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = n;
  return out;
}

/** The cells of this contact a person changed, in sheet and item order. */
export function contactChanges(contactId: string, sheets: readonly ScoreSheet[], overrides: Map<string, ScoreOverride>): ChangeView[] {
  const changes: ChangeView[] = [];
  for (const s of sheets) for (const it of s.items) {
    const o = overrides.get(cellKey(contactId, s.sheetId, it.item));
    if (o) changes.push(changeView(o));
  }
  return changes;
}

export function contactView(c: ContactRecord, reviewed: Pick<ContactRecord, 'sheets' | 'qualityScore' | 'pass'>, runDir: string, overrides: Map<string, ScoreOverride>, revisions: Map<string, number>, signed: Set<string>): ContactView {
  return assembleContactView(c, reviewed, transcriptView(c, runDir), overrides, revisions, signed);
}

/** A contact's view from its scores and its TranscriptView; the key order is the page's JSON order. */
export function assembleContactView(
  c: Pick<ContactRecord, 'contactId' | 'scenarioId' | 'channel' | 'outcome' | 'sheets'>,
  reviewed: Pick<ContactRecord, 'sheets' | 'qualityScore' | 'pass'>,
  t: TranscriptView,
  overrides: Map<string, ScoreOverride>,
  revisions: Map<string, number>,
  signed: Set<string>,
): ContactView {
  const view: ContactView = {
    id: c.contactId,
    scenario: c.scenarioId,
    channel: c.channel,
    outcome: c.outcome,
    group: t.group,
    quality: reviewed.qualityScore,
    pass: reviewed.pass,
    needsReview: t.needsReview,
    failed: t.failed,
    durationMs: t.durationMs,
    recordingOffsetMs: t.recordingOffsetMs,
    turns: t.turns,
    events: t.events,
    findings: t.findings,
    sheets: reviewed.sheets.map((s) => sheetView(s, c.sheets)),
    changes: contactChanges(c.contactId, c.sheets, overrides),
    revisions: revisionsOf(revisions, c.contactId),
    signedOff: signed.has(c.contactId) || signed.has('*'),
  };
  if (t.recording) view.recording = t.recording;
  if (t.error) view.error = t.error;
  return view;
}

/** The run folder with its review applied, as the page's JSON. */
export interface ModelOptions {
  /** Build the view of these contacts only (the review server answering one edit). @default all */
  only?: ReadonlySet<string>;
}

export function buildReportModel(data: RunData, opts: ModelOptions = {}): ReportModel {
  const overrides = latestOverrides(data.review);
  const revisions = cellRevisions(data.review);
  const signed = signedContacts(data.review);
  const passLine = data.summary.passLine;
  const reviewed = data.contacts.map((c) => (c.sheets.length ? reviewContact(c, overrides, passLine) : c));
  const summary = reviewSummary(data.summary, reviewed.filter((c) => c.sheets.length), overrides);
  const contacts: ContactView[] = [];
  data.contacts.forEach((c, k) => {
    if (!opts.only || opts.only.has(c.contactId)) contacts.push(contactView(c, reviewed[k]!, data.runDir, overrides, revisions, signed));
  });
  return {
    run: buildRunView({ runId: data.runId, summary, machineSummary: data.summary, review: data.review }),
    contacts,
    checkLabels: { ...CHECK_LABELS },
    scenarioTitles: Object.fromEntries(data.scenarioTitles),
  };
}

/** Contacts signed off ("*": the whole run). */
export function signedContacts(review: ReviewFile): Set<string> {
  return new Set(review.entries.filter((e): e is SignOff => e.kind === 'sign-off').map((s) => s.contactId ?? '*'));
}

/** The run part of the page's data: the reviewed summary, what changed and who signed off. */
export function buildRunView(args: { runId: string; summary: RunSummary; machineSummary: RunSummary; review: ReviewFile }): RunView {
  const { summary, machineSummary, review } = args;
  const overrides = latestOverrides(review);
  const signOffs = review.entries.filter((e): e is SignOff => e.kind === 'sign-off');
  const runChanges: ChangeView[] = [];
  for (const o of overrides.values()) if (o.contactId === undefined) runChanges.push(changeView(o));
  return {
    runId: args.runId,
    rubric: summary.rubric.title,
    passLine: summary.passLine,
    contacts: summary.contacts,
    outcomes: summary.outcomes,
    quality: summary.overall.qualityScore,
    pass: summary.overall.pass,
    machineQuality: machineSummary.overall.qualityScore,
    appendixC: summary.overall.appendixC,
    targets: summary.targets,
    sheets: summary.overall.sheets.map((s) => sheetView(s, machineSummary.overall.sheets)),
    scenarios: summary.scenarios.map((s) => ({ id: s.scenarioId, title: s.title, contacts: s.contacts, quality: s.qualityScore, pass: s.pass })),
    changes: runChanges,
    revisions: revisionsOf(cellRevisions(review), undefined),
    signOffs: signOffs.map((s) => ({ by: s.reviewer, at: s.at, ...(s.note ? { note: s.note } : {}), ...(s.contactId ? { contactId: s.contactId } : {}) })),
  };
}
