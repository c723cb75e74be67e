/**
 * report.json: the reviewed summary (summary.json with review.json applied; same schema,
 * reports/schemas/summary.schema.json), the 95% intervals and the review trail, for other tools.
 * summary.json itself is never rewritten by reports: it stays what the machine scored.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileReportFormat } from '../file-reporter.js';
import type { ReportData } from '../report-data.js';

export const JSON_FILE = 'report.json';

export function buildReportJson(data: ReportData) {
  return {
    schemaVersion: 1 as const,
    runId: data.runId,
    reviewed: data.overrides.size > 0,
    summary: data.summary,
    statistics: data.statistics,
    review: data.review,
    contacts: data.contacts.map((c) => ({
      contactId: c.contactId,
      scenarioId: c.scenarioId,
      channel: c.channel,
      outcome: c.outcome,
      qualityScore: c.qualityScore,
      pass: c.pass,
      reviewed: c.reviewed,
      sheets: Object.fromEntries(c.sheets.map((s) => [s.sheetId, s.normalised])),
    })),
  };
}

export const jsonFormat: FileReportFormat = {
  name: 'json',
  description: 'report.json: reviewed summary, 95% intervals, review trail, per-contact scores',
  async write(data, outDir) {
    await mkdir(outDir, { recursive: true });
    const file = path.join(outDir, JSON_FILE);
    await writeFile(file, `${JSON.stringify(buildReportJson(data), null, 2)}\n`);
    return [file];
  },
};
