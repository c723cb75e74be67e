/**
 * Everything a file report shows, loaded once from a stored run (run.json, summary.json,
 * sheets.json, review.json and the Interactions) with the review applied and the statistics
 * computed. summary.json is read defensively: other tools add fields, and a field we do not know
 * is passed through untouched.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Interaction, Outcome } from '../harness/interaction/types.js';
import type { RunManifest } from '../harness/store/types.js';
import type { RunSummary } from '../scorers/sheets/summary.js';
import type { ScoreSheet } from '../scorers/sheets/types.js';
import { maskDeep, maskInPlace, NameLearner, type TextMasker } from './privacy/mask-data.js';
import type { PrivacyOptions } from './privacy/types.js';
import { cellKey, latestOverrides, reviewContact, reviewSummary } from './review-apply.js';
import { EMPTY_REVIEW, REVIEW_FILE, type ReviewFile, type ScoreOverride, type SignOff } from './review-types.js';
import { startFindingsScan } from './findings-scan.js';
import { scanRunSources, type ContactSources, type ContactTimings } from './run-sources.js';
import { openReportRecords } from './records/record-reader.js';
import { readContactSheets } from './sheets-stream.js';
import { rateInterval, scoreInterval, type Interval } from './statistics.js';

export interface ContactRow {
  contactId: string;
  scenarioId: string;
  channel: string;
  outcome: Outcome;
  failedBy?: string;
  sheets: ScoreSheet[];
  /** The machine's sheets when a person changed some (the HTML report shows the machine's notes next to the change). @default sheets */
  machineSheets?: ScoreSheet[];
  qualityScore: number | null;
  pass: boolean | null;
  /** Caller-side timings from the Interaction (absent when the contact file was not given). */
  answerMs?: number;
  firstResponseMs?: number;
  durationMs?: number;
  /** A person changed at least one of this contact's scores. */
  reviewed: boolean;
  signedOff: boolean;
}

export interface Statistics {
  targetMargin: number;
  /** Per contact-level sheet (sheetId → interval of the contacts' 0–100 sheet scores). */
  sheets: { sheetId: string; title: string; interval: Interval }[];
  qualityScore: Interval;
  rates: { name: string; label: string; interval: Interval }[];
}

export interface ReportData {
  runDir: string;
  runId: string;
  manifest: RunManifest | null;
  /** The reviewed summary (equal to summary.json when review.json is absent or empty). */
  summary: RunSummary;
  /** summary.json as the machine scored it. */
  machineSummary: RunSummary;
  contacts: ContactRow[];
  review: ReviewFile;
  overrides: Map<string, ScoreOverride>;
  signOffs: SignOff[];
  statistics: Statistics;
  /** How personal data was masked in this data (formats that read the run folder themselves, like html, pass it on). @default masked */
  privacy?: PrivacyOptions;
  /** The masker this data was masked with, for what a format reads later from `sources` (transcripts, findings). */
  mask?: TextMasker;
  /** The options `mask` was made from (textMasker), for a worker thread that reads from `sources` too. */
  maskOptions?: PrivacyOptions;
  /** Each contact's Interaction and findings, read one contact at a time (the HTML report). Absent for data built in memory. */
  sources?: ContactSources;
  /** Where the contacts came from: the report records scoring wrote, or the run's own files (no records, stale ones, or Interactions in memory). */
  readFrom?: 'records' | 'run-files';
}

interface SheetsFile {
  contacts?: { contactId: string; scenarioId: string; channel: string; outcome: Outcome; sheets: ScoreSheet[]; qualityScore: number | null; pass: boolean | null }[];
}

export class ReportInputError extends Error {
  readonly code = 'E_REPORT_INPUT';
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'ReportInputError';
  }
}

async function readJson<T>(file: string, optional: boolean): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && optional) return null;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new ReportInputError(`${path.basename(file)} not found in ${path.dirname(file)}`, `score the run first: npx mystery-shopper score ${path.dirname(file)}`);
    throw err;
  }
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new ReportInputError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
}

/** review.json, or no overrides when it is absent; entries of an unknown kind are skipped. */
export async function readReview(runDir: string): Promise<ReviewFile> {
  const raw = await readJson<Partial<ReviewFile>>(path.join(runDir, REVIEW_FILE), true);
  if (!raw) return EMPTY_REVIEW;
  if (!Array.isArray(raw.entries)) throw new ReportInputError(`${REVIEW_FILE}: "entries" must be an array`, 'see reports/review-types.ts for the shape');
  return { schemaVersion: 1, entries: raw.entries.filter((e) => e && (e.kind === 'override' || e.kind === 'sign-off')) };
}

export function computeStatistics(summary: RunSummary, contacts: readonly ContactRow[], targetMargin = 2): Statistics {
  const contactSheets = summary.overall.sheets.filter((s) => s.level === 'contact');
  const sheets = contactSheets.map((s) => {
    const values: number[] = [];
    for (const c of contacts) {
      const v = c.sheets.find((x) => x.sheetId === s.sheetId)?.normalised;
      if (typeof v === 'number') values.push(v);
    }
    return { sheetId: s.sheetId, title: s.title, interval: scoreInterval(values, { targetMargin }) };
  });
  const quality = contacts.map((c) => c.qualityScore).filter((v): v is number => typeof v === 'number');
  const eff = summary.efficiency ?? ({} as RunSummary['efficiency']);
  const check = (id: string) => (summary.checks as Record<string, { pass: number; fail: number } | undefined>)?.[id] ?? { pass: 0, fail: 0 };
  const scored = contacts.filter((c) => c.pass !== null);
  const rates = [
    { name: 'connect', label: '呼叫接通率', interval: rateInterval(eff.answered ?? 0, eff.placed ?? 0, targetMargin) },
    { name: 'resolution', label: '问题解决率', interval: rateInterval(check('resolution').pass, check('resolution').pass + check('resolution').fail, targetMargin) },
    { name: 'survey', label: '满意度调查邀请率', interval: rateInterval(check('survey-offered').pass, check('survey-offered').pass + check('survey-offered').fail, targetMargin) },
    { name: 'pass', label: `达标率（服务质量≥${summary.passLine}）`, interval: rateInterval(scored.filter((c) => c.pass).length, scored.length, targetMargin) },
  ];
  return { targetMargin, sheets, qualityScore: scoreInterval(quality, { targetMargin }), rates };
}

export interface LoadOptions {
  /** The run's Interactions when the caller holds them (timings in the contacts sheet). @default read from the run folder's contacts/*.json */
  interactions?: readonly Interaction[];
  /** Target half-width of the 95% intervals, in points. @default 2 */
  targetMargin?: number;
  /** Personal-data masking of everything loaded (transcripts, quotes, notes, reasons). @default mask every kind */
  privacy?: PrivacyOptions;
  /** A worker thread scans findings.json while this one reads sheets.json and contacts/ (> 0), or not (0). @default when it is large and a core is idle */
  workers?: number;
  /** Read the report records scoring wrote (reports/records/) when they match the run; false: always the run's own files. @default true */
  records?: boolean;
}

/**
 * The contacts' sheets and timings, and where their transcripts are, with every name said in them
 * taught to `learner` (sheets, then contacts, then findings: the order the masker learns names in).
 * From the report records when scoring wrote some that match the run (records/record-reader.ts):
 * two compact files instead of every contacts/*.json, findings.json and sheets.json. Interactions
 * held in memory (a run that just ended) are newer than any records: the run's files are read then.
 */
async function readContacts(runDir: string, learner: NameLearner, opts: LoadOptions): Promise<{ sheetsFile: SheetsFile; sources: ContactSources; timings: Map<string, ContactTimings>; readFrom: 'records' | 'run-files' }> {
  const records = opts.interactions?.length || opts.records === false ? null : openReportRecords(runDir);
  if (records) {
    learner.adopt(records.names.sheets);
    learner.adopt(records.names.contacts);
    learner.adopt(records.names.findings);
    return { sheetsFile: { contacts: records.rows }, sources: records.sources, timings: records.timings, readFrom: 'records' };
  }
  // started first, taught to the learner last: the worker learns from findings.json with the run's persona names only
  const findings = startFindingsScan(path.join(runDir, 'findings.json'), learner, opts.workers);
  const sheetsPath = path.join(runDir, 'sheets.json');
  let sheetsFile: SheetsFile = {};
  try {
    sheetsFile = { contacts: await readContactSheets(sheetsPath, (text) => learner.learnJson(text)) };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new ReportInputError(`${sheetsPath} is not valid JSON: ${(err as Error).message}`);
  }
  const { sources, timings } = await scanRunSources(runDir, learner, opts.interactions, findings);
  return { sheetsFile, sources, timings, readFrom: 'run-files' };
}

/**
 * Reads the run folder once, contact by contact: what every format shows of a contact (its slim
 * sheets and timings) is kept; transcripts and findings are only looked at for the names said in
 * them and left on disk for the HTML report to read one contact at a time (`sources`).
 */
export async function loadReportData(runDir: string, opts: LoadOptions = {}): Promise<ReportData> {
  const manifest = await readJson<RunManifest>(path.join(runDir, 'run.json'), true);
  const machineSummary = (await readJson<RunSummary>(path.join(runDir, 'summary.json'), false))!;
  const review = await readReview(runDir);
  const learner = await NameLearner.forRun(runDir, opts.privacy);
  learner.learn({ manifest, machineSummary, review });
  const { sheetsFile, sources, timings, readFrom } = await readContacts(runDir, learner, opts);
  // the one place every format gets its inputs: masked here (or, for what is read later, with this masker), no format can forget
  const mask = learner.masker();
  const data = buildReportData({
    runDir,
    manifest: maskDeep(manifest, mask),
    machineSummary: maskDeep(machineSummary, mask),
    // read just above and held by nobody else: masked where they are
    sheetsFile: maskInPlace(sheetsFile, mask),
    review: maskDeep(review, mask),
    timings,
    targetMargin: opts.targetMargin,
  });
  return { ...data, privacy: opts.privacy ?? {}, mask, maskOptions: learner.maskerOptions(), sources, readFrom };
}

export function buildReportData(args: {
  runDir: string;
  manifest: RunManifest | null;
  machineSummary: RunSummary;
  sheetsFile: SheetsFile;
  review: ReviewFile;
  /** Caller-side timings per contact. @default none: timings left blank */
  timings?: ReadonlyMap<string, ContactTimings>;
  targetMargin?: number;
}): ReportData {
  const { machineSummary, review } = args;
  const overrides = latestOverrides(review);
  const signOffs = review.entries.filter((e): e is SignOff => e.kind === 'sign-off');
  const signedContacts = new Set(signOffs.map((s) => s.contactId ?? '*'));
  const contacts: ContactRow[] = (args.sheetsFile.contacts ?? []).map((c) => {
    const reviewed = reviewContact(c, overrides, machineSummary.passLine);
    const row: ContactRow = {
      contactId: c.contactId,
      scenarioId: c.scenarioId,
      channel: c.channel,
      outcome: c.outcome,
      sheets: reviewed.sheets,
      qualityScore: reviewed.qualityScore,
      pass: reviewed.pass,
      reviewed: reviewed !== c,
      signedOff: signedContacts.has(c.contactId) || signedContacts.has('*'),
    };
    if (reviewed !== c) row.machineSheets = c.sheets;
    const t = args.timings?.get(c.contactId);
    if (t) {
      if (t.failedBy) row.failedBy = t.failedBy;
      row.answerMs = t.answerMs;
      row.firstResponseMs = t.firstResponseMs;
      row.durationMs = t.durationMs;
    }
    return row;
  });
  const summary = reviewSummary(machineSummary, contacts, overrides);
  return {
    runDir: args.runDir,
    runId: machineSummary.runId ?? args.manifest?.runId ?? path.basename(args.runDir),
    manifest: args.manifest,
    summary,
    machineSummary,
    contacts,
    review,
    overrides,
    signOffs,
    statistics: computeStatistics(summary, contacts, args.targetMargin),
  };
}

/** The override that changed this cell, if a person changed it. */
export function overrideFor(data: ReportData, contactId: string | undefined, sheetId: string, item: string): ScoreOverride | undefined {
  return data.overrides.get(cellKey(contactId, sheetId, item));
}

/** Run-level cells whose value moved because contacts under them were reviewed. */
export function reviewedAggregate(data: ReportData, sheetId: string, item: string): boolean {
  if (overrideFor(data, undefined, sheetId, item)) return true;
  for (const o of data.overrides.values()) if (o.contactId !== undefined && o.sheetId === sheetId && o.item === item) return true;
  return false;
}
