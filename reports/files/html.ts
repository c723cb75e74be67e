/**
 * The HTML report as a --format: one self-contained report.html (reports/html/write-report.ts)
 * written next to the other formats, from the shared data: its scores and masker, and its
 * `sources`, from which each contact's transcript and findings are read one at a time.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FileReportFormat } from '../file-reporter.js';
import { writeHtmlReportFrom } from '../html/write-report.js';

export const htmlFormat: FileReportFormat = {
  name: 'html',
  description: 'report.html — overview, sheets, charts, every contact with evidence, timeline and recording',
  async write(data, outDir, options) {
    await mkdir(outDir, { recursive: true });
    const result = await writeHtmlReportFrom(data, path.join(outDir, 'report.html'), { workers: options.workers });
    return [result.file];
  },
};
