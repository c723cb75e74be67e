/**
 * A scored run folder, read once for the HTML report and the review page: summary.json,
 * sheets.json, findings.json, the Interactions (contacts/*.json) and review.json. Read-only and
 * tolerant: a contact without a stored Interaction is still listed (its transcript is just missing).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Interaction, Outcome } from '../../harness/interaction/types.js';
import type { Finding } from '../../scorers/scorer.js';
import type { RunSummary } from '../../scorers/sheets/summary.js';
import type { ScoreSheet } from '../../scorers/sheets/types.js';
import type { ReviewFile } from '../review-types.js';
import { readReviewFile } from '../review/review-file.js';
import { maskInPlace, runMasker, type TextMasker } from '../privacy/mask-data.js';
import type { PrivacyOptions } from '../privacy/types.js';

export class RunFolderError extends Error {
  readonly code = 'E_REPORT_INPUT';
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'RunFolderError';
  }
}

export interface ContactRecord {
  contactId: string;
  scenarioId: string;
  channel: string;
  outcome: Outcome;
  findings: Finding[];
  /** The machine's sheets (before review). */
  sheets: ScoreSheet[];
  qualityScore: number | null;
  pass: boolean | null;
  interaction: Interaction | null;
}

export interface RunData {
  runDir: string;
  runId: string;
  summary: RunSummary;
  contacts: ContactRecord[];
  review: ReviewFile;
  scenarioTitles: Map<string, string>;
}

interface SheetsFile {
  contacts?: { contactId: string; scenarioId: string; channel: string; outcome: Outcome; sheets: ScoreSheet[]; qualityScore: number | null; pass: boolean | null }[];
}
interface FindingsFile {
  contacts?: { contactId: string; findings: Finding[] }[];
}

async function readJson<T>(file: string, required: boolean): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    if (!required) return null;
    throw new RunFolderError(`${path.basename(file)} not found in ${path.dirname(file)}`, `score the run first: npx mystery-shopper score ${path.dirname(file)}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new RunFolderError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
}

/** contacts/*.json, read a few at a time (10,000 files must not open 10,000 handles at once). */
async function readInteractions(runDir: string): Promise<Map<string, Interaction>> {
  const dir = path.join(runDir, 'contacts');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.includes('.partial-')).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw err;
  }
  const out = new Map<string, Interaction>();
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++]!;
      const i = await readJson<Interaction>(path.join(dir, name), true);
      if (i && typeof i.contactId === 'string') out.set(i.contactId, i);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return out;
}

export interface RunDataOptions {
  /** Personal-data masking of transcripts, evidence, notes and reasons. @default mask every kind */
  privacy?: PrivacyOptions;
}

/** The run folder for the HTML report and the review page, personal data masked (the one place they get their inputs). */
export async function loadRunData(runDir: string, options: RunDataOptions = {}): Promise<RunData> {
  return (await loadMaskedRunData(runDir, options)).data;
}

/** loadRunData, and the masker it used (the review page masks review.json with it as reviewers write). */
export async function loadMaskedRunData(runDir: string, options: RunDataOptions = {}): Promise<{ data: RunData; mask: TextMasker }> {
  const raw = await loadRawRunData(runDir);
  const mask = await runMasker(runDir, options.privacy, raw.contacts);
  // raw was read just above and nothing else holds it: masked where it is, not copied
  const data = { ...raw, summary: maskInPlace(raw.summary, mask), contacts: maskInPlace(raw.contacts, mask), review: maskInPlace(raw.review, mask), scenarioTitles: maskInPlace(raw.scenarioTitles, mask) };
  return { data, mask };
}

async function loadRawRunData(runDir: string): Promise<RunData> {
  const summary = (await readJson<RunSummary>(path.join(runDir, 'summary.json'), true))!;
  const sheetsFile = (await readJson<SheetsFile>(path.join(runDir, 'sheets.json'), true))!;
  const findingsFile = (await readJson<FindingsFile>(path.join(runDir, 'findings.json'), false)) ?? {};
  const manifest = await readJson<{ runId?: string; scenarios?: { id: string; title: string }[] }>(path.join(runDir, 'run.json'), false);
  const interactions = await readInteractions(runDir);
  const review = await readReviewFile(runDir);
  const findingsById = new Map((findingsFile.contacts ?? []).map((c) => [c.contactId, c.findings]));
  const contacts: ContactRecord[] = (sheetsFile.contacts ?? []).map((c) => ({
    contactId: c.contactId,
    scenarioId: c.scenarioId,
    channel: c.channel,
    outcome: c.outcome,
    findings: findingsById.get(c.contactId) ?? [],
    sheets: c.sheets,
    qualityScore: c.qualityScore,
    pass: c.pass,
    interaction: interactions.get(c.contactId) ?? null,
  }));
  // Contacts stored but absent from sheets.json (e.g. the tool failed before scoring): listed too.
  const scored = new Set(contacts.map((c) => c.contactId));
  for (const i of [...interactions.values()].sort((a, b) => (a.contactId < b.contactId ? -1 : 1))) {
    if (scored.has(i.contactId)) continue;
    contacts.push({ contactId: i.contactId, scenarioId: i.scenarioId, channel: i.channel, outcome: i.outcome, findings: [], sheets: [], qualityScore: null, pass: null, interaction: i });
  }
  const scenarioTitles = new Map<string, string>();
  for (const s of manifest?.scenarios ?? []) scenarioTitles.set(s.id, s.title);
  for (const s of summary.scenarios ?? []) scenarioTitles.set(s.scenarioId, s.title);
  return { runDir, runId: summary.runId ?? manifest?.runId ?? path.basename(path.resolve(runDir)), summary, contacts, review, scenarioTitles };
}

export { contactGroup } from './transcript-view.js';
