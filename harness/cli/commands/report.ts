/**
 * `report <runDir>`: (re)write every file report of a stored run without dialling — xlsx, pdf,
 * junit, json (reports/registry.ts) — through the ReporterMux, so one failing format never loses
 * the others. Also what `run`, `resume` and `score` call when they finish. The CLI owns the
 * browser: the PDF is printed by the harness's shared Debian-Chromium launcher.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserConfig, PrivacyConfig } from '../../config/types.js';
import { SharedBrowser } from '../../channels/webchat/browser.js';
import { HarnessError } from '../../errors.js';
import { ReportFormatError, createReportSession } from '../../../reports/file-reporter.js';
import { resolveFormats } from '../../../reports/registry.js';
import type { ReportData } from '../../../reports/report-data.js';
import { ReporterMux, type Reporter } from '../../../reports/reporter.js';
import type { Interaction } from '../../interaction/types.js';
import type { RunManifest } from '../../store/types.js';
import { isStoredContactFile } from '../../store/run-store.js';
import { RunStoreError } from '../../errors.js';
import { loadConfig } from '../../config/load.js';
import { EXIT } from '../output.js';

export interface ReportFlags {
  /** Directory for the reports. @default <runDir>/reports */
  out?: string;
  /** Comma-separated formats. @default every registered format */
  format?: string;
  /** Exit EXIT.belowThreshold (4) when the reviewed 服务质量 score is under this (or not scorable). */
  failUnder?: number;
  /** JUnit: a contact × sheet case fails under this 0–100 score. @default the rubric's pass line */
  junitLine?: number;
  /** Target half-width of the 95% intervals, points. @default 2 */
  margin?: number;
  config?: string;
  /**
   * `--no-mask` gives false: reports show personal data as recorded (a warning is printed, and
   * they may only be written inside the run folder). @default the config's privacy.mask (true)
   */
  mask?: boolean;
}

/** PDF through Chromium's print: one browser for the whole report, closed afterwards. */
export function chromiumPdfRenderer(config: BrowserConfig): { render: (html: string) => Promise<Buffer>; close: () => Promise<void> } {
  const shared = new SharedBrowser(config);
  return {
    async render(html) {
      const got = await shared.get();
      if (!got.ok) throw new HarnessError(got.error.code, got.error.message, got.error.hint);
      const context = await got.browser.newContext();
      try {
        const page = await context.newPage();
        // The HTML is self-contained (inline CSS and SVG): nothing is fetched.
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        await context.close().catch(() => {});
      }
    },
    close: () => shared.close(),
  };
}

export interface ReportOutcome {
  written: { format: string; files: string[] }[];
  failures: { reporter: string; message: string }[];
  data: ReportData | null;
}

/** Write the reports of a finished run; failures are reported on stderr and returned, never thrown. */
export async function writeRunReports(
  runDir: string,
  args: { flags: ReportFlags; manifest: RunManifest; interactions: readonly Interaction[]; interrupted?: boolean; browser?: BrowserConfig; privacy?: PrivacyConfig; stderr?: NodeJS.WritableStream },
): Promise<ReportOutcome> {
  const stderr = args.stderr ?? process.stderr;
  const config = args.browser && args.privacy ? null : await loadConfig({ config: args.flags.config });
  const pdf = chromiumPdfRenderer(args.browser ?? config!.browser);
  const privacy = args.flags.mask === false ? { mask: false } : (args.privacy ?? config?.privacy ?? { mask: true });
  const session = createReportSession(resolveFormats(args.flags.format), { outDir: args.flags.out, junitLine: args.flags.junitLine, targetMargin: args.flags.margin, renderPdf: pdf.render, privacy });
  const failures: ReportOutcome['failures'] = [];
  const mux = new ReporterMux(session.reporters as Reporter[], (name, _hook, err) => {
    failures.push({ reporter: name, message: (err as Error)?.message ?? String(err) });
    stderr.write(`warning: ${name} failed: ${(err as Error)?.message}\n`);
  });
  try {
    await mux.runEnd({ manifest: args.manifest, runDir, interactions: args.interactions, interrupted: args.interrupted ?? false });
  } finally {
    await pdf.close();
  }
  const data = await session.data()?.catch(() => null) ?? null;
  return { written: session.written, failures, data };
}

/** EXIT.belowThreshold when --fail-under is given and the reviewed 服务质量 is under it or missing. */
export function failUnderCode(data: ReportData | null, failUnder: number | undefined, out: NodeJS.WritableStream): number {
  if (failUnder === undefined) return EXIT.ok;
  const q = data?.summary.overall.qualityScore ?? null;
  if (q !== null && q >= failUnder) {
    out.write(`fail-under: 服务质量 ${q.toFixed(2)} ≥ ${failUnder}\n`);
    return EXIT.ok;
  }
  out.write(`fail-under: 服务质量 ${q === null ? 'not scorable' : q.toFixed(2)} < ${failUnder} → exit ${EXIT.belowThreshold}\n`);
  return EXIT.belowThreshold;
}

export function printWritten(written: ReportOutcome['written'], out: NodeJS.WritableStream): void {
  if (!written.length) return;
  out.write('reports:\n');
  for (const w of written) for (const f of w.files) out.write(`  ${w.format.padEnd(5)} ${path.relative(process.cwd(), f) || f}\n`);
}

/**
 * A stored run read without opening its RunStore: `report` must never change run.json. A missing
 * manifest (an `score --interactions --out` directory) gives a minimal one. `interactions: false`
 * leaves contacts/ on disk (the reports read it one contact at a time).
 */
export async function readStoredRun(runDir: string, opts: { interactions?: boolean } = {}): Promise<{ dir: string; manifest: RunManifest; interactions: Interaction[] }> {
  const dir = path.resolve(runDir);
  let manifest: RunManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, 'run.json'), 'utf8')) as RunManifest;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new RunStoreError(`${dir}/run.json: not readable as JSON (${(err as Error).message})`, 'restore run.json; contacts/ still holds every contact');
    manifest = { runId: path.basename(dir) } as RunManifest;
  }
  if (opts.interactions === false) return { dir, manifest, interactions: [] };
  const contactsDir = path.join(dir, 'contacts');
  const names = (await readdir(contactsDir).catch(() => [] as string[])).filter(isStoredContactFile).sort();
  const interactions = await Promise.all(names.map(async (n) => JSON.parse(await readFile(path.join(contactsDir, n), 'utf8')) as Interaction));
  return { dir, manifest, interactions };
}

export async function reportCommand(runDir: string, flags: ReportFlags, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  try {
    resolveFormats(flags.format);
  } catch (err) {
    if (err instanceof ReportFormatError) throw new HarnessError(err.code, err.message, 'e.g. --format xlsx,junit');
    throw err;
  }
  // the reports read contacts/ themselves, one contact at a time: 10,000 transcripts are never all in memory
  const run = await readStoredRun(runDir, { interactions: false });
  if (flags.mask === false) {
    const out = path.resolve(flags.out ?? path.join(run.dir, 'reports'));
    // raw personal data stays where the raw transcripts already are: never copied out of the run
    if (path.relative(run.dir, out).startsWith('..') || path.isAbsolute(path.relative(run.dir, out))) {
      throw new HarnessError('E_PRIVACY_OUT', `--no-mask reports may only be written inside the run folder ${run.dir}, not ${out}`, 'drop --out, or drop --no-mask to hand reports out masked');
    }
    process.stderr.write('warning: --no-mask: these reports show phone numbers, 身份证号, card numbers, addresses and names as recorded; keep them with the run folder and hand out masked reports only\n');
  }
  const result = await writeRunReports(run.dir, { flags, manifest: run.manifest, interactions: run.interactions });
  printWritten(result.written, out);
  const input = result.failures.find((f) => f.message && result.data === null);
  if (input && !result.written.length) {
    throw new HarnessError('E_REPORT_INPUT', `no report could be written: ${input.message}`, `score the run first: npx mystery-shopper score ${runDir}`);
  }
  const gate = failUnderCode(result.data, flags.failUnder, out);
  if (gate !== EXIT.ok) return gate;
  return result.failures.length ? EXIT.reportFailed : EXIT.ok;
}
