/**
 * The HTML report as a --format: one self-contained report.html (reports/html/write-report.ts)
 * written next to the other formats. It reads the run folder itself (transcripts, findings,
 * review.json), so it only takes the run's folder from the shared data.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FileReportFormat } from '../file-reporter.js';
import { writeHtmlReport } from '../html/write-report.js';

export const htmlFormat: FileReportFormat = {
  name: 'html',
  description: 'report.html — overview, sheets, charts, every contact with evidence, timeline and recording',
  async write(data, outDir) {
    await mkdir(outDir, { recursive: true });
    const result = await writeHtmlReport(data.runDir, { out: path.join(outDir, 'report.html'), privacy: data.privacy });
    return [result.file];
  },
};
