/**
 * `writeHtmlReport(runDir)`: report.html in the run folder — one file that opens from disk with
 * the overview against the pass lines, every sheet, and each contact's transcript, evidence,
 * timeline and recording (linked relative to the run folder, so keep the folder together).
 *
 * Written contact by contact: each contact's Interaction and findings are read from the run folder,
 * masked, packed into the page's data and dropped, so memory does not grow with the run (10,000
 * contacts of 40 turns are ~80 MB of transcripts). The page renders a contact when it is opened.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { CHECK_LABELS } from '../../scorers/sheets/labels.js';
import { loadReportData, type ReportData } from '../report-data.js';
import { CheckTally, checkResultsChart, qualityHistogramChart, sheetScoresChart } from './charts.js';
import { loadSectionHtml } from './load-section.js';
import { buildRunView, cellRevisions, signedContacts, type ContactView, type ReportModel } from './model.js';
import { packedContactJson, type ReviewLookups } from './packed-contact.js';
import { transcriptJson, transcriptView, type TranscriptJson } from './transcript-view.js';
import { ContactPacker, pageEnd, pageStart } from './page.js';
import { defaultTranscriptWorkers, TranscriptPool } from './transcript-pool.js';
import type { TranscriptTask } from './transcript-task.js';
import type { PrivacyOptions } from '../privacy/types.js';

export interface HtmlReportOptions {
  /** Where to write the report. @default `<runDir>/report.html` */
  out?: string;
  /** Personal-data masking. @default mask every kind */
  privacy?: PrivacyOptions;
}

export interface HtmlReportResult {
  file: string;
  bytes: number;
  contacts: number;
}

/** The overview charts (server-side SVG) for a model; they need the contacts' scores and check results, not their transcripts. */
export function reportCharts(model: Pick<ReportModel, 'run' | 'checkLabels'> & { contacts: readonly Pick<ContactView, 'quality' | 'findings'>[] }): string[] {
  return [sheetScoresChart(model), qualityHistogramChart(model), checkResultsChart(model)];
}

export async function writeHtmlReport(runDir: string, options: HtmlReportOptions = {}): Promise<HtmlReportResult> {
  const data = await loadReportData(runDir, { privacy: options.privacy });
  return writeHtmlReportFrom(data, options.out ?? path.join(runDir, 'report.html'));
}

/** Options of writeHtmlReportFrom. */
export interface HtmlWriteOptions {
  /** Worker threads reading the transcripts (0: all in this thread). @default defaultTranscriptWorkers(contacts): one per idle core for 1,000 contacts and more */
  workers?: number;
  /** Contacts per message to a worker. @default DEFAULT_CHUNK (100) */
  chunk?: number;
}

/**
 * Each contact's packed JSON for the page, in order: scored contacts in sheets.json's order, then
 * those stored but absent from it (e.g. the tool failed before scoring). Their transcripts and
 * findings are read from the run folder as they are reached — by worker threads when `workers` > 0
 * — and `seen` gets each contact's findings tally and score for the overview's charts.
 */
async function* packedContacts(data: ReportData, packer: ContactPacker, opts: HtmlWriteOptions & { workers: number }, seen: (tally: TranscriptJson['tally'], quality: number | null) => void): AsyncGenerator<string> {
  const review: ReviewLookups = { overrides: data.overrides, revisions: cellRevisions(data.review), signed: signedContacts(data.review) };
  const { sources } = data;
  const mask = data.mask ?? ((t: string) => t);
  // read as stored, masked as shown (transcriptView), as the workers do
  const inline = (c: { contactId: string; channel: string; outcome: string }) =>
    transcriptJson(transcriptView({ channel: c.channel, outcome: c.outcome, findings: sources?.storedFindings(c.contactId) ?? [], interaction: sources?.storedInteraction(c.contactId) ?? null }, data.runDir, mask));
  const tasks: TranscriptTask[] = [];
  // contacts only this process holds (no contacts/ file) are read here, not by a worker
  const here = new Set<number>();
  data.contacts.forEach((row, k) => {
    const at = sources?.location(row.contactId) ?? { file: null, findings: null, inMemory: false };
    if (at.inMemory) here.add(k);
    tasks.push({ contactId: row.contactId, channel: row.channel, outcome: row.outcome, file: at.file, findings: at.findings, ...(at.record ? { record: at.record } : {}) });
  });
  // a worker makes its masker from options: data masked by a function alone is read in this thread
  const maskOptions = data.maskOptions ?? (data.mask ? null : { mask: false });
  const pool = opts.workers > 0 && sources?.workerReadable && maskOptions && tasks.length ? new TranscriptPool(opts.workers, { runDir: data.runDir, findingsFile: sources.findingsFile, maskOptions, ...(sources.viewsFile ? { viewsFile: sources.viewsFile } : {}) }, opts.chunk) : null;
  try {
    const read = pool ? pool.read(tasks, inline) : null;
    const listed = new Set<string>();
    let k = 0;
    for (const row of data.contacts) {
      listed.add(row.contactId);
      const fromPool = read ? ((await read.next()).value as TranscriptJson) : null;
      // a contact only this process holds is read here again (a worker had nothing to read for it; rare: the run just ended and its file is missing)
      const t = fromPool && !here.has(k) ? fromPool : inline(row);
      seen(t.tally, row.qualityScore);
      yield packedContactJson({ contactId: row.contactId, scenarioId: row.scenarioId, channel: row.channel, outcome: row.outcome, sheets: row.machineSheets ?? row.sheets, reviewed: row }, t, packer, review);
      // a breath for the event loop now and then: the reads above are synchronous
      if (++k % 500 === 0 && !pool) await new Promise((resolve) => setImmediate(resolve));
    }
    for (const id of sources?.storedIds ?? []) {
      if (listed.has(id)) continue;
      const i = sources!.storedInteraction(id);
      if (!i) continue;
      const t = transcriptJson(transcriptView({ channel: i.channel, outcome: i.outcome, findings: [], interaction: i }, data.runDir, mask));
      seen(t.tally, null);
      yield packedContactJson({ contactId: i.contactId, scenarioId: i.scenarioId, channel: i.channel, outcome: i.outcome, sheets: [], reviewed: { sheets: [], qualityScore: null, pass: null } }, t, packer, review);
    }
  } finally {
    await pool?.close();
  }
}

/** The contacts' packed JSON, comma-separated, written in batches of about 1 MB (10,000 tiny writes otherwise). Returns the count. */
async function writeContactTexts(out: Writable, texts: AsyncIterable<string>): Promise<number> {
  let batch = '';
  let k = 0;
  for await (const text of texts) {
    batch += (k++ ? ',' : '') + text;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  if (batch && !out.write(batch)) await once(out, 'drain');
  return k;
}

/**
 * report.html from loaded report data (the html --format: the data the other formats share). The
 * contacts' data goes to a side file first, because the overview charts at the top of the page
 * count the checks of every contact; the page is then written around it.
 */
export async function writeHtmlReportFrom(data: ReportData, file: string, options: HtmlWriteOptions = {}): Promise<HtmlReportResult> {
  const scenarioTitles = new Map<string, string>();
  for (const s of data.manifest?.scenarios ?? []) scenarioTitles.set(s.id, s.title);
  for (const s of data.machineSummary.scenarios ?? []) scenarioTitles.set(s.scenarioId, s.title);
  const run = buildRunView({ runId: data.runId, summary: data.summary, machineSummary: data.machineSummary, review: data.review });
  const page = { run, checkLabels: { ...CHECK_LABELS }, scenarioTitles: Object.fromEntries(scenarioTitles) };
  // written next to the target and renamed, so a half-written report never replaces a good one
  const tmp = `${file}.${process.pid}.tmp`;
  const side = `${tmp}.contacts`;
  try {
    const tally = new CheckTally();
    const quality: { quality: number | null }[] = [];
    const packer = new ContactPacker(page);
    const sideOut = createWriteStream(side);
    const workers = options.workers ?? defaultTranscriptWorkers(data.contacts.length);
    const contacts = await writeContactTexts(
      sideOut,
      packedContacts(data, packer, { ...options, workers }, (findings, q) => {
        tally.add(findings);
        quality.push({ quality: q });
      }),
    );
    sideOut.end();
    await finished(sideOut);
    // a load run: its section (knee, 稳定性, per-stage table, load charts) from summary.json's load block
    const sections = data.summary.load ? [loadSectionHtml(data.summary.load)] : [];
    const charts = [sheetScoresChart(page), qualityHistogramChart({ run, contacts: quality }), checkResultsChart({ ...page, tally })];
    const out = createWriteStream(tmp);
    out.write(pageStart(page, { mode: 'report', charts, sections }));
    await pipeline(createReadStream(side), out, { end: false });
    out.end(pageEnd(packer, 'report'));
    await finished(out);
    await rename(tmp, file);
    return { file, bytes: (await stat(file)).size, contacts };
  } finally {
    await rm(side, { force: true });
    await rm(tmp, { force: true });
  }
}
