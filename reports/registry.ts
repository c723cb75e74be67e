/**
 * The file report formats, by --format name. A new format is one file implementing
 * FileReportFormat (reports/file-reporter.ts) and one line here.
 */
import { ReportFormatError, type FileReportFormat } from './file-reporter.js';
import { htmlFormat } from './files/html.js';
import { jsonFormat } from './files/json.js';
import { junitFormat } from './files/junit.js';
import { pdfFormat } from './files/pdf.js';
import { xlsxFormat } from './files/xlsx.js';

export const REPORT_FORMATS: Record<string, FileReportFormat> = {
  html: htmlFormat,
  xlsx: xlsxFormat,
  pdf: pdfFormat,
  junit: junitFormat,
  json: jsonFormat,
};

/** Formats for a --format list ("xlsx,pdf"); unknown names throw with the known ones listed. */
export function resolveFormats(list?: string): FileReportFormat[] {
  const names = list ? list.split(',').map((s) => s.trim()).filter(Boolean) : Object.keys(REPORT_FORMATS);
  return names.map((n) => {
    const f = REPORT_FORMATS[n];
    if (!f) throw new ReportFormatError('E_REPORT_FORMAT', `unknown report format "${n}"; known: ${Object.keys(REPORT_FORMATS).join(', ')}`);
    return f;
  });
}
