/**
 * `writeHtmlReport(runDir)`: report.html in the run folder — one file that opens from disk with
 * the overview against the pass lines, every sheet, and each contact's transcript, evidence,
 * timeline and recording (linked relative to the run folder, so keep the folder together).
 */
import { createWriteStream } from 'node:fs';
import { rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { checkResultsChart, qualityHistogramChart, sheetScoresChart } from './charts.js';
import { loadSectionHtml } from './load-section.js';
import { buildReportModel, type ReportModel } from './model.js';
import { writeReportPage } from './page.js';
import { loadRunData } from './run-data.js';

export interface HtmlReportOptions {
  /** Where to write the report. @default `<runDir>/report.html` */
  out?: string;
}

export interface HtmlReportResult {
  file: string;
  bytes: number;
  contacts: number;
}

/** The overview charts (server-side SVG) for a model. */
export function reportCharts(model: ReportModel): string[] {
  return [sheetScoresChart(model), qualityHistogramChart(model), checkResultsChart(model)];
}

export async function writeHtmlReport(runDir: string, options: HtmlReportOptions = {}): Promise<HtmlReportResult> {
  const data = await loadRunData(runDir);
  const model = buildReportModel(data);
  const file = options.out ?? path.join(runDir, 'report.html');
  // written next to the target and renamed, so a half-written report never replaces a good one
  const tmp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  // a load run: its section (knee, 稳定性, per-stage table, load charts) from summary.json's load block
  const sections = data.summary.load ? [loadSectionHtml(data.summary.load)] : [];
  await writeReportPage(out, model, { mode: 'report', charts: reportCharts(model), sections });
  out.end();
  await finished(out);
  await rename(tmp, file);
  return { file, bytes: (await stat(file)).size, contacts: model.contacts.length };
}
