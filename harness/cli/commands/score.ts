/**
 * `score`: re-score a stored run offline (never dials), or score Interactions recorded elsewhere.
 * Prints the headline figures; the full sheets and evidence are in the written files.
 */
import path from 'node:path';
import type { RunSummary } from '../../../scorers/sheets/summary.js';
import { ConfigError } from '../../errors.js';
import { scoreInteractionsFile, scoreRunDir } from '../../scoring/score-run.js';
import { EXIT } from '../output.js';
import { maskText } from '../../../reports/privacy/mask.js';
import { failUnderCode, printWritten, readStoredRun, writeRunReports } from './report.js';

export interface ScoreFlags {
  rubric?: string;
  interactions?: string;
  /** Scenario files or folders (repeatable). */
  scenario?: string | string[];
  out?: string;
  /** Write the file reports after scoring. @default true */
  reports?: boolean;
  /** Report formats, comma-separated. @default every registered format */
  format?: string;
  /** Exit 4 when the reviewed 服务质量 score is under this (CI gate). */
  failUnder?: number;
}

/** Reports after scoring, then the --fail-under gate; `code` is kept when it already says something. */
async function reportAfterScoring(dir: string, flags: ScoreFlags, code: number, out: NodeJS.WritableStream): Promise<number> {
  if (flags.reports === false) return code;
  // the contacts stay on disk: the reports read the records scoring just wrote (or contacts/, one at a time)
  const run = await readStoredRun(dir, { interactions: false });
  const reports = await writeRunReports(run.dir, { flags: { format: flags.format }, manifest: run.manifest, interactions: run.interactions });
  printWritten(reports.written, out);
  const gate = failUnderCode(reports.data, flags.failUnder, out);
  return code === EXIT.ok ? gate : code;
}

const pct = (v: number | null) => (v === null ? '–' : v.toFixed(1));

export function printSummary(s: RunSummary, where: string, out: NodeJS.WritableStream = process.stdout): void {
  out.write(`${s.rubric.title}: ${s.contacts} contact(s) scored → ${where}\n`);
  out.write(`服务质量 ${pct(s.overall.qualityScore)} / 100 (pass line ${s.passLine}: ${s.overall.pass === null ? 'n/a' : s.overall.pass ? 'PASS' : 'below'})\n`);
  for (const sheet of s.overall.sheets) {
    const tag = sheet.supplementary ? ' (supplementary)' : '';
    out.write(`  ${sheet.sheetId} ${sheet.title}${tag}: ${sheet.total.toFixed(1)} / ${sheet.max}${sheet.manualMax ? ` (+${sheet.manualMax} manual)` : ''}\n`);
  }
  for (const sc of s.scenarios) out.write(`  scenario ${sc.scenarioId}: 服务质量 ${pct(sc.qualityScore)} over ${sc.contacts} contact(s)\n`);
  const failing = Object.entries(s.checks)
    .filter(([, c]) => c.fail > 0)
    .map(([id, c]) => `${id} ×${c.fail}`);
  if (failing.length) out.write(`  failed checks: ${failing.join(', ')}\n`);
  if (s.needsReview.findings) out.write(`  needs review: ${s.needsReview.findings} finding(s) in ${s.needsReview.contacts} contact(s) below confidence — check these first\n`);
  if (s.notConnected.count) out.write(`  not connected (N/A, counted in 呼叫接通率 only): ${s.notConnected.count}\n`);
  if (s.toolFailures.count) {
    out.write(`  tool failures (the harness's problem, excluded from every sheet): ${s.toolFailures.count}\n`);
    for (const t of s.toolFailures.contacts) out.write(`    ${t.contactId}: ${t.code ?? t.outcome}${t.message ? ` ${maskText(t.message)}` : ''}\n`);
  }
  for (const p of s.problems) out.write(`  problem: ${p}\n`);
  for (const w of s.warnings) out.write(`  warning: ${w}\n`);
}

export async function scoreCommand(runDir: string | undefined, flags: ScoreFlags, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  if (flags.interactions) {
    if (!flags.out) throw new ConfigError('--interactions needs --out <dir> for findings.json, sheets.json and summary.json');
    const summary = await scoreInteractionsFile(flags.interactions, { out: flags.out, scenario: flags.scenario, rubric: flags.rubric });
    printSummary(summary, path.resolve(flags.out), out);
    return reportAfterScoring(flags.out, flags, summary.problems.length ? EXIT.input : EXIT.ok, out);
  }
  if (!runDir) throw new ConfigError('score needs a run directory, or --interactions <file.jsonl> --out <dir>', 'e.g. npx mystery-shopper score runs/20261123-164501-3f9a');
  const summary = await scoreRunDir(runDir, { rubric: flags.rubric });
  printSummary(summary, path.resolve(runDir), out);
  return reportAfterScoring(runDir, flags, EXIT.ok, out);
}
