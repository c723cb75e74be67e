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
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { finished, pipeline } from 'node:stream/promises';
import { CHECK_LABELS } from '../../scorers/sheets/labels.js';
import { loadReportData, type ReportData } from '../report-data.js';
import { CheckTally, checkResultsChart, qualityHistogramChart, sheetScoresChart } from './charts.js';
import { loadSectionHtml } from './load-section.js';
import { buildRunView, cellRevisions, contactView, signedContacts, type ContactView, type ReportModel } from './model.js';
import { ContactPacker, pageEnd, pageStart, writeContactData } from './page.js';
import type { ContactRecord } from './run-data.js';
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

/** Each contact's view, its Interaction and findings read from the run folder as it is reached. */
async function* contactViews(data: ReportData): AsyncGenerator<ContactView> {
  const overrides = data.overrides;
  const revisions = cellRevisions(data.review);
  const signed = signedContacts(data.review);
  const { sources } = data;
  const mask = data.mask ?? ((t: string) => t);
  const record = (base: Omit<ContactRecord, 'findings' | 'interaction'>): ContactRecord => ({
    ...base,
    findings: sources?.findings(base.contactId, mask) ?? [],
    interaction: sources?.interaction(base.contactId, mask) ?? null,
  });
  const listed = new Set<string>();
  let k = 0;
  for (const row of data.contacts) {
    listed.add(row.contactId);
    const c = record({ contactId: row.contactId, scenarioId: row.scenarioId, channel: row.channel, outcome: row.outcome, sheets: row.machineSheets ?? row.sheets, qualityScore: row.qualityScore, pass: row.pass });
    yield contactView(c, row, data.runDir, overrides, revisions, signed);
    // a breath for the event loop now and then: the reads above are synchronous
    if (++k % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  // contacts stored but absent from sheets.json (e.g. the tool failed before scoring): listed too
  for (const id of sources?.storedIds ?? []) {
    if (listed.has(id)) continue;
    const i = sources!.interaction(id, mask);
    if (!i) continue;
    const c: ContactRecord = { contactId: i.contactId, scenarioId: i.scenarioId, channel: i.channel, outcome: i.outcome, findings: [], sheets: [], qualityScore: null, pass: null, interaction: i };
    yield contactView(c, c, data.runDir, overrides, revisions, signed);
  }
}

/**
 * report.html from loaded report data (the html --format: the data the other formats share). The
 * contacts' data goes to a side file first, because the overview charts at the top of the page
 * count the checks of every contact; the page is then written around it.
 */
export async function writeHtmlReportFrom(data: ReportData, file: string): Promise<HtmlReportResult> {
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
    const contacts = await writeContactData(sideOut, contactViews(data), packer, (c) => {
      tally.add(c.findings);
      quality.push({ quality: c.quality });
    });
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
