/**
 * npm run bench -- report [contacts] [--turns 40] [--dir <runDir>] [--pdf] [--workers N] [--no-records]
 * Every file report — html, xlsx, junit, json — of a scored run of 10,000 synthetic contacts of 40
 * turns (default), built from the stored run folder as `report <runDir>` does: time (wall and CPU)
 * and peak RSS per format and in total, in a fresh process that only builds the reports (targets:
 * < 5 s, < 500 MB). --dir reuses (or keeps) the synthetic run. The PDF holds the summary and run
 * sheets only (its size does not grow with contacts) and needs Chromium, so it is timed only with
 * --pdf and outside the target. --workers N sets the HTML report's worker threads (default: one per
 * idle core); the main thread's own CPU time is printed too (Linux), which is about the wall time
 * on a machine with a core free for each worker. The synthetic run has the report records `score`
 * writes (reports/records/); --no-records measures a run without them (read from its own files).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPORT_FORMATS } from '../reports/registry.js';
import { loadReportData } from '../reports/report-data.js';
import { defaultTranscriptWorkers } from '../reports/html/transcript-pool.js';
import { buildSyntheticRun } from './report-html.js';

const FORMATS = ['html', 'xlsx', 'junit', 'json'];

function flag(args: string[], name: string): string | undefined {
  const k = args.indexOf(`--${name}`);
  return k >= 0 ? args[k + 1] : undefined;
}

/** CPU time of this process's main thread alone, ms (Linux /proc; null elsewhere): workers' time is not in it. */
function mainThreadCpuMs(): number | null {
  try {
    // fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks (100 Hz)
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(')').at(-1)!.trim().split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The measured part, in a child process so that generating the synthetic run is not counted. */
async function measure(dir: string, withPdf: boolean, workers: number | undefined, records: boolean): Promise<void> {
  const out = path.join(dir, 'reports');
  await mkdir(out, { recursive: true });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // CPU time next to wall time: on a shared machine the wall clock mostly measures the neighbours.
  let cpuMark = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  let mainMark = main0;
  const lap = (label: string, t: number) => {
    const cpu = process.cpuUsage(cpuMark);
    cpuMark = process.cpuUsage();
    const main = mainThreadCpuMs();
    const mainCpu = main !== null && mainMark !== null ? `, main thread ${String(main - mainMark).padStart(5)}` : '';
    mainMark = main;
    console.log(
      `  ${label.padEnd(30)} ${(performance.now() - t).toFixed(0).padStart(6)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(6)} ms CPU${mainCpu} (RSS now ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB)`,
    );
  };
  // as `report <runDir>`: no Interactions in memory, the formats read contacts/ themselves
  const data = await loadReportData(dir, { ...(workers === undefined ? {} : { workers }), ...(records ? {} : { records: false }) });
  lap(`load (${data.readFrom === 'records' ? 'report records' : "run's own files"})`.padEnd(30), t0);
  for (const name of FORMATS) {
    const t = performance.now();
    await REPORT_FORMATS[name]!.write(data, out, workers === undefined ? {} : { workers });
    lap(name, t);
  }
  const cpu = process.cpuUsage(cpu0);
  const main = mainThreadCpuMs();
  const mainCpu = main !== null && main0 !== null ? `, main thread ${main - main0}` : '';
  console.log(`  total (without PDF)            ${(performance.now() - t0).toFixed(0).padStart(6)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(6)} ms CPU${mainCpu}  (target < 5000)`);
  console.log(`  peak RSS                       ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB, module loading included (target < 500)`);
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
  const workers = flag(args, 'workers');
  if (child >= 0) return measure(args[child + 1]!, args.includes('--pdf'), workers === undefined ? undefined : Number(workers), !args.includes('--no-records'));
  const n = Number(args.find((a, k) => /^\d+$/.test(a) && !args[k - 1]?.startsWith('--')) ?? 10_000);
  const turns = Number(flag(args, 'turns') ?? 40);
  const kept = flag(args, 'dir');
  const dir = kept ?? path.join(await mkdtemp(path.join(os.tmpdir(), 'ms-bench-report-')), 'run');
  if (!existsSync(path.join(dir, 'summary.json'))) {
    const t = performance.now();
    await buildSyntheticRun(dir, n, turns);
    console.log(`synthetic run: ${n} contacts × ${turns} turns in ${((performance.now() - t) / 1000).toFixed(1)} s → ${dir}`);
  }
  console.log(`report bench: ${FORMATS.join(', ')} of ${dir} (figures of a fresh process that only builds the reports)`);
  // wall time on a shared machine is mostly the neighbours': say how busy it was
  console.log(`machine: ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)} (worker threads besides the main one: ${workers ?? `${defaultTranscriptWorkers(n)} now`} for the HTML transcripts, and, without records, one for findings.json's scan when > 0; CPU adds up every thread)`);
  try {
    const entry = path.join(import.meta.dirname, 'main.ts');
    const code = await new Promise<number | null>((resolve) => {
      const p = spawn(process.execPath, ['--import', 'tsx', entry, 'report', '--measure', dir, ...(args.includes('--pdf') ? ['--pdf'] : []), ...(args.includes('--no-records') ? ['--no-records'] : []), ...(workers !== undefined ? ['--workers', workers] : [])], { stdio: 'inherit' });
      p.on('close', resolve);
    });
    if (code !== 0) process.exitCode = 1;
  } finally {
    if (!kept) await rm(path.dirname(dir), { recursive: true, force: true });
  }
}
