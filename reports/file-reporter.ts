/**
 * File reports (xlsx, pdf, junit, json, …): the one interface a report format implements. Formats
 * are listed in reports/registry.ts; each becomes a Reporter that writes its files at the end of a
 * run (or when `report <runDir>` replays one), behind the ReporterMux, so one failing format never
 * loses the run or the other formats.
 */
import type { Reporter, RunEndInfo } from './reporter.js';
import { loadReportData, type ReportData } from './report-data.js';
import type { PrivacyOptions } from './privacy/types.js';

export interface FileReportOptions {
  /** JUnit: a contact × sheet test case fails below this 0–100 score. @default the rubric's pass line (90) */
  junitLine?: number;
  /**
   * Renders HTML to a PDF (A4). Injected by the CLI, which owns the browser (reports/ never starts
   * one itself); without it the pdf format fails with E_REPORT_NO_RENDERER and the others still run.
   */
  renderPdf?: (html: string) => Promise<Buffer>;
  /** Target half-width of the 95% intervals, points. @default 2 */
  targetMargin?: number;
  /** Personal-data masking of every format (config `privacy`, `report --no-mask`). @default mask every kind */
  privacy?: PrivacyOptions;
  /** Worker threads: the HTML report's transcript readers, and findings.json's first scan (0: all in one thread). The files are the same either way. @default one per idle core, for large runs only */
  workers?: number;
}

export interface FileReportFormat {
  /** --format name, e.g. "xlsx". */
  readonly name: string;
  readonly description: string;
  /** Writes the format's files into outDir and returns their paths. */
  write(data: ReportData, outDir: string, options: FileReportOptions): Promise<string[]>;
}

export class ReportFormatError extends Error {
  constructor(
    readonly code: 'E_REPORT_FORMAT' | 'E_REPORT_NO_RENDERER',
    message: string,
  ) {
    super(message);
    this.name = 'ReportFormatError';
  }
}

export interface ReportSession {
  reporters: Reporter[];
  /** Files written so far, per format. */
  written: { format: string; files: string[] }[];
  /** The data the formats were given (after the run ended), e.g. for --fail-under. */
  data(): Promise<ReportData> | null;
}

export interface SessionOptions extends FileReportOptions {
  /** Where reports go. @default <runDir>/reports */
  outDir?: string;
}

/**
 * One Reporter per requested format; the run's data is loaded once (on the first format's
 * onRunEnd) and shared. Loading failing makes every format fail, each reported by the mux.
 */
export function createReportSession(formats: readonly FileReportFormat[], opts: SessionOptions = {}): ReportSession {
  let loading: Promise<ReportData> | null = null;
  const written: ReportSession['written'] = [];
  const load = (info: RunEndInfo) => (loading ??= loadReportData(info.runDir, { interactions: info.interactions, targetMargin: opts.targetMargin, privacy: opts.privacy, workers: opts.workers }));
  const reporters = formats.map(
    (f): Reporter => ({
      name: `report:${f.name}`,
      async onRunEnd(info) {
        const data = await load(info);
        const outDir = opts.outDir ?? `${info.runDir}/reports`;
        const files = await f.write(data, outDir, opts);
        written.push({ format: f.name, files });
      },
    }),
  );
  return { reporters, written, data: () => loading };
}
