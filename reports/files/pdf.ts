/**
 * report.pdf: the summary and the run's score sheets, printed by Chromium (page.pdf()) from the
 * HTML in pdf-html.ts. reports/ never launches a browser: the CLI injects `renderPdf`, which uses
 * the harness's shared Debian-Chromium launcher. Per-contact sheets are in the workbook, not here,
 * so the PDF stays a few pages whatever the number of contacts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ReportFormatError, type FileReportFormat } from '../file-reporter.js';
import { buildReportHtml } from './pdf-html.js';

export const PDF_FILE = 'report.pdf';

export const pdfFormat: FileReportFormat = {
  name: 'pdf',
  description: 'PDF (A4) of the summary and the score sheets, printed by Chromium',
  async write(data, outDir, options) {
    if (!options.renderPdf) throw new ReportFormatError('E_REPORT_NO_RENDERER', 'no PDF renderer was given (the CLI provides Chromium); the other formats are unaffected');
    await mkdir(outDir, { recursive: true });
    const html = buildReportHtml(data);
    const file = path.join(outDir, PDF_FILE);
    await writeFile(file, await options.renderPdf(html));
    return [file];
  },
};
