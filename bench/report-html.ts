/**
 * npm run bench -- report-html [--contacts 10000] [--turns 40] [--dir <runDir>]
 * Builds report.html for a synthetic scored run (default 10,000 contacts of 40 turns) and prints
 * the wall time, the file size and the peak RSS of the process that wrote it (a child process of
 * its own, so that generating and scoring the synthetic run does not count). Target for all
 * reports together: < 5 s and < 500 MB.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRubric } from '../harness/scoring/rubric-loader.js';
import { scoreRun } from '../scorers/sheets/summary.js';
import { writeHtmlReport } from '../reports/html/write-report.js';
import { ReportRecordsBuilder } from '../reports/records/record-writer.js';
import { BENCH_SCENARIO } from './score.js';
import { syntheticInteraction } from './synthetic-transcripts.js';

function flag(args: string[], name: string): string | undefined {
  const k = args.indexOf(`--${name}`);
  return k >= 0 ? args[k + 1] : undefined;
}

/** A scored run folder of `count` synthetic contacts (contacts/*.json, findings, sheets, summary). */
export async function buildSyntheticRun(dir: string, count: number, turns: number): Promise<void> {
  const rubric = await loadRubric();
  const interactions = Array.from({ length: count }, (_, k) => ({ ...syntheticInteraction(k + 1, turns), contactId: `bench-${String(k + 1).padStart(5, '0')}`, runId: 'bench-report' }));
  const scored = scoreRun({ runId: 'bench-report', interactions, scenarioFor: () => BENCH_SCENARIO, rubric, requestedConcurrency: 100 });
  await mkdir(path.join(dir, 'contacts'), { recursive: true });
  // the report records, as `score` writes them (reports/records/): a bench run without them measures the fallback
  const records = new ReportRecordsBuilder();
  for (const i of interactions) {
    const text = JSON.stringify(i);
    const file = path.join(dir, 'contacts', `${i.contactId}.json`);
    await writeFile(file, text);
    records.addContactFile(file, text, i);
  }
  await writeFile(path.join(dir, 'findings.json'), JSON.stringify(scored.findings));
  await writeFile(path.join(dir, 'sheets.json'), JSON.stringify(scored.sheets));
  await writeFile(path.join(dir, 'summary.json'), JSON.stringify(scored.summary));
  await records.write(dir, scored.sheets, scored.findings);
}

/** In the child: write the report, print what it cost. */
async function measure(dir: string): Promise<void> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const r = await writeHtmlReport(dir);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  // maxRSS is in KiB: the peak of this process over its whole life (module loading included)
  console.log(JSON.stringify({ ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), bytes: r.bytes, contacts: r.contacts, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
}

export async function benchReportHtml(args: string[]): Promise<void> {
  const measured = flag(args, 'measure');
  if (measured) return measure(measured);
  const count = Number(flag(args, 'contacts') ?? 10_000);
  const turns = Number(flag(args, 'turns') ?? 40);
  const dir = flag(args, 'dir') ?? (await mkdtemp(path.join(os.tmpdir(), 'ms-bench-report-')));
  if (!existsSync(path.join(dir, 'summary.json'))) {
    const t = performance.now();
    await buildSyntheticRun(dir, count, turns);
    console.log(`synthetic run: ${count} contacts × ${turns} turns in ${((performance.now() - t) / 1000).toFixed(1)} s → ${dir}`);
  }
  const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', main, 'report-html', '--measure', dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const r = JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number; cpuMs: number; bytes: number; contacts: number; peakRssBytes: number };
  console.log(`report-html: ${r.contacts} contacts → report.html ${(r.bytes / 1024 / 1024).toFixed(1)} MiB in ${(r.ms / 1000).toFixed(2)} s (CPU ${(r.cpuMs / 1000).toFixed(2)} s: on a shared machine the wall time includes waiting for a core), peak RSS ${(r.peakRssBytes / 1024 / 1024).toFixed(0)} MiB (targets for all reports together: < 5 s, < 500 MB)`);
}
