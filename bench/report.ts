/**
 * npm run bench -- report [contacts] [--pdf]: every report of a run with 10,000 synthetic contacts
 * (default), built from stored files as `report <runDir>` does: time per format and peak RSS of
 * this process (targets: < 5 s, < 500 MB). The synthetic contacts are the scoring fixture's scored
 * contacts with their item scores varied deterministically. The PDF holds the summary and run
 * sheets only (its size does not grow with contacts) and needs Chromium, so it is timed only with
 * --pdf and outside the target.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { scoreRunDir } from '../harness/scoring/score-run.js';
import { totals } from '../scorers/sheets/build.js';
import { aggregateSheets } from '../scorers/sheets/rollup.js';
import type { ScoreSheet } from '../scorers/sheets/types.js';
import { REPORT_FORMATS } from '../reports/registry.js';
import { loadReportData } from '../reports/report-data.js';
import { seededRandom } from '../reports/statistics.js';

const FIXTURE = path.resolve(import.meta.dirname, '../test/fixtures/scoring/run-fixture');

interface StoredContact {
  contactId: string;
  scenarioId: string;
  channel: string;
  outcome: string;
  sheets: ScoreSheet[];
  qualityScore: number | null;
  pass: boolean | null;
}

async function syntheticRun(n: number): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'ms-bench-report-')), 'run');
  await cp(FIXTURE, dir, { recursive: true });
  await scoreRunDir(dir);
  const sheetsFile = JSON.parse(await readFile(path.join(dir, 'sheets.json'), 'utf8'));
  const templates = (sheetsFile.contacts as StoredContact[]).filter((c) => c.outcome === 'completed');
  const rand = seededRandom(11);
  const contacts: StoredContact[] = [];
  for (let k = 0; k < n; k++) {
    const t = templates[k % templates.length]!;
    const sheets = t.sheets.map((s) => {
      const items = s.items.map((it) => (it.status === 'scored' ? { ...it, score: Math.round(it.max * (0.5 + 0.5 * rand()) * 10) / 10 } : it));
      return { ...s, items, ...totals(items) };
    });
    const q = sheets.filter((s) => s.group === 'quality');
    const max = q.reduce((a, s) => a + s.max, 0);
    const quality = max ? Math.round((q.reduce((a, s) => a + s.total, 0) / max) * 10_000) / 100 : null;
    contacts.push({ ...t, contactId: `${t.scenarioId}-${t.channel}-${k + 1}`, scenarioId: `${t.scenarioId}-${k % 20}`, sheets, qualityScore: quality, pass: quality === null ? null : quality >= 90 });
  }
  const summary = JSON.parse(await readFile(path.join(dir, 'summary.json'), 'utf8'));
  const aggregated = aggregateSheets(contacts.map((c) => c.sheets));
  summary.contacts = n;
  summary.overall.sheets = summary.overall.sheets.map((s: ScoreSheet) => aggregated.find((a) => a.sheetId === s.sheetId && s.level === 'contact') ?? s);
  await writeFile(path.join(dir, 'summary.json'), JSON.stringify(summary));
  await writeFile(path.join(dir, 'sheets.json'), JSON.stringify({ ...sheetsFile, contacts }));
  await rm(path.join(dir, 'contacts'), { recursive: true });
  return dir;
}

/** The measured part, in a child process so that generating the synthetic run is not counted. */
async function measure(dir: string, withPdf: boolean): Promise<void> {
  const out = path.join(dir, 'reports');
  await mkdir(out, { recursive: true });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // CPU time next to wall time: on a shared machine the wall clock mostly measures the neighbours.
  let cpuMark = process.cpuUsage();
  const lap = (label: string, t: number) => {
    const cpu = process.cpuUsage(cpuMark);
    cpuMark = process.cpuUsage();
    console.log(
      `  ${label.padEnd(30)} ${(performance.now() - t).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (RSS now ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB)`,
    );
  };
  const data = await loadReportData(dir);
  lap('load + review + 95% intervals', t0);
  for (const name of ['xlsx', 'junit', 'json']) {
    const t = performance.now();
    await REPORT_FORMATS[name]!.write(data, out, {});
    lap(name, t);
  }
  const cpu = process.cpuUsage(cpu0);
  console.log(`  total (without PDF)            ${(performance.now() - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU  (target < 5000)`);
  console.log(`  peak RSS                       ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (target < 500)`);
  if (withPdf) {
    const { chromiumPdfRenderer } = await import('../harness/cli/commands/report.js');
    const { loadConfig } = await import('../harness/config/load.js');
    const pdf = chromiumPdfRenderer((await loadConfig()).browser);
    const t = performance.now();
    try {
      await REPORT_FORMATS.pdf!.write(data, out, { renderPdf: pdf.render });
    } finally {
      await pdf.close();
    }
    lap('pdf (Chromium start included)', t);
  }
}

export async function benchReport(args: string[]): Promise<void> {
  const child = args.indexOf('--measure');
  if (child >= 0) return measure(args[child + 1]!, args.includes('--pdf'));
  const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
  console.log(`report bench: ${n} synthetic contacts (figures of a fresh process that only builds the reports)`);
  const dir = await syntheticRun(n);
  try {
    const entry = path.join(import.meta.dirname, 'main.ts');
    const code = await new Promise<number | null>((resolve) => {
      const p = spawn(process.execPath, ['--import', 'tsx', entry, 'report', '--measure', dir, ...(args.includes('--pdf') ? ['--pdf'] : [])], { stdio: 'inherit' });
      p.on('close', resolve);
    });
    if (code !== 0) process.exitCode = 1;
  } finally {
    await rm(path.dirname(dir), { recursive: true, force: true });
  }
}
