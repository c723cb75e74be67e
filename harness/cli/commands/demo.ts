/**
 * `demo` (what `npm start` runs): the offline lab — simulated centre plus Twilio and Deepgram
 * emulators — is started as a separate process, and the harness then runs the demo scenarios
 * against it exactly as it would against a real centre: over the network, through the real
 * clients. (Production code never imports mocks/; the lab is a process we talk to.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { HarnessError } from '../../errors.js';
import type { RunSummary } from '../../../scorers/sheets/summary.js';
import { runCommand } from './run.js';
import { printSummary } from './score.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const LAB_ENTRY = path.join(ROOT, 'mocks', 'lab', 'main.ts');
export const DEMO_SCENARIOS = path.join(ROOT, 'scenarios', 'demo');
/**
 * The demo's vendor-widget contacts (launcher → cross-origin iframe → shadow root, bot → human;
 * a launcher that opens the chat in a window of its own), served by the lab's widget zoo. Its own folder: `run scenarios/demo/` targets the simulated
 * centre alone, whose ground truth the e2e tests compare against.
 */
export const DEMO_WIDGET_SCENARIOS = path.join(ROOT, 'scenarios', 'demo-widget');

/** What the lab prints as its first stdout line (JSON). */
export interface LabInfo {
  centre: string;
  groundTruth: string;
  /** The widget zoo (vendor-style chat widgets), reachable as `${centre}/zoo/<page>` too. */
  widgetZoo?: string;
  twilio?: { baseUrl: string; accountSid: string; authToken: string };
  deepgram?: { baseUrl: string; apiKey: string };
}

export interface Lab {
  info: LabInfo;
  /** The lab process (benchmarks leave it out of the harness's CPU figures). */
  pid?: number;
  stop(): Promise<void>;
}

/** Start the lab process and wait for its "ready" line. */
export async function spawnLab(args: { groundTruth: string; seed?: number; timeScale?: number; agents?: number; /** More lab options as given (`load --lab-arg`). */ extraArgs?: string[] }): Promise<Lab> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', LAB_ENTRY, '--ground-truth', args.groundTruth, '--seed', String(args.seed ?? 7), '--time-scale', String(args.timeScale ?? 0.25), '--agents', String(args.agents ?? 4), ...(args.extraArgs ?? [])],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! });
  const info = await new Promise<LabInfo>((resolve, reject) => {
    const timer = setTimeout(() => reject(new HarnessError('E_LAB_START', 'the offline lab did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new HarnessError('E_LAB_START', `the offline lab exited (code ${code}) before it was ready`, 'run `npm run setup` and try again; the lab’s error is printed above')));
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(line) as LabInfo);
      } catch {
        reject(new HarnessError('E_LAB_START', `the offline lab printed an unexpected line: ${line.slice(0, 200)}`));
      }
    });
  });
  return {
    info,
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface DemoFlags {
  out?: string;
  concurrency?: number;
  /** Scenario files/directories. @default scenarios/demo and scenarios/demo-widget */
  scenarios?: string[];
  stdout?: NodeJS.WritableStream;
  /** End with a one-minute load run that finds a lab centre's capacity knee (D.2.1). @default true */
  load?: boolean;
}

/** The demo's load profile: voice steps of 3 → 4 → 5 calls in progress against a lab centre of 4 lines. */
export const DEMO_LOAD_PROFILE = path.join(ROOT, 'scenarios', 'load', 'voice-knee.yaml');

export async function demoCommand(flags: DemoFlags = {}): Promise<number> {
  const code = await serviceDemo(flags);
  if (flags.load === false || code !== 0) return code;
  // After the first lab stopped: the load run starts a lab of its own with a known capacity.
  const stdout = flags.stdout ?? process.stdout;
  stdout.write('\nload test (并发处理能力, D.2.1): voice steps of 3 → 4 → 5 calls in progress against a lab centre of 4 lines…\n');
  const { loadCommand } = await import('./load.js');
  const out = path.resolve(flags.out ?? 'runs');
  const before = new Set(await readdir(out).catch(() => [] as string[]));
  const loadCode = await loadCommand(DEMO_LOAD_PROFILE, { offline: true, labTimeScale: 0.05, labArg: ['--lines=4'], out, live: false, stdout });
  const runDir = (await readdir(out)).filter((n) => !before.has(n) && !n.endsWith('.jsonl')).map((n) => path.join(out, n))[0];
  const knee = runDir ? (JSON.parse(await readFile(path.join(runDir, 'summary.json'), 'utf8').catch(() => 'null')) as RunSummary | null)?.load?.knee : undefined;
  if (knee) stdout.write(`并发处理能力 (capacity knee): ${knee.status === 'knee' ? `${knee.capacity} calls in progress (first failing level ${knee.firstFailing}); the lab centre has 4 lines` : knee.status}\n`);
  stdout.write(`Try your own: \`npx mystery-shopper load ${path.relative(process.cwd(), DEMO_LOAD_PROFILE)} --offline --lab-time-scale 0.05 --lab-arg=--lines=4\` (profiles in scenarios/load/).\n`);
  return loadCode;
}

/** The scripted contacts (chats, a call, a vendor widget) against the simulated centre, scored and reported. */
async function serviceDemo(flags: DemoFlags): Promise<number> {
  const out = path.resolve(flags.out ?? 'runs');
  await mkdir(out, { recursive: true });
  const groundTruth = path.join(out, `lab-ground-truth-${Date.now()}.jsonl`);
  const stdout = flags.stdout ?? process.stdout;
  stdout.write('starting the offline lab (simulated centre, Twilio and Deepgram emulators)…\n');
  const lab = await spawnLab({ groundTruth });
  try {
    const { info } = lab;
    stdout.write(`  simulated centre: ${info.centre}/chat\n  ground truth:     ${info.groundTruth}\n`);
    if (info.widgetZoo) {
      stdout.write(`  widget zoo:       ${info.centre}/zoo/vendor-launcher (launcher → iframe → shadow root, bot → human)\n`);
      stdout.write(`                    ${info.centre}/zoo/popup-window (launcher → chat in a new window)\n`);
    }
    if (info.twilio) {
      process.env.TWILIO_ACCOUNT_SID = info.twilio.accountSid;
      process.env.TWILIO_AUTH_TOKEN = info.twilio.authToken;
    }
    if (info.deepgram) process.env.DEEPGRAM_API_KEY = info.deepgram.apiKey;
    const { code, runDir, contacts, failed } = await runCommand(flags.scenarios ?? [DEMO_SCENARIOS, DEMO_WIDGET_SCENARIOS], {
      centre: info.centre,
      out,
      concurrency: flags.concurrency ?? 4,
      offline: true,
      stdout,
      labOverrides: { twilioBaseUrl: info.twilio?.baseUrl, deepgramBaseUrl: info.deepgram?.baseUrl },
    });
    const summary = JSON.parse(await readFile(path.join(runDir, 'summary.json'), 'utf8').catch(() => 'null')) as RunSummary | null;
    if (summary) {
      stdout.write('\n');
      printSummary(summary, runDir, stdout);
    }
    const reportsDir = path.join(runDir, 'reports');
    const rel = path.relative(process.cwd(), runDir);
    stdout.write(`\ndemo done. The assessor's reports are in ${reportsDir}:\n`);
    stdout.write(`  report.html (open it in a browser: evidence, timeline, recordings)  report.xlsx (Appendix D sheets, summary, contacts)  report.pdf  junit.xml  report.json\n`);
    stdout.write(`Re-score offline with \`npx mystery-shopper score ${rel}\`; rewrite the reports with \`npx mystery-shopper report ${rel}\`.\n`);
    // Simulated agents commit defects on purpose, and a defect can end a scripted contact early:
    // some failed contacts are part of the demo. All of them failing means the demo is broken.
    if (code === 2 && failed < contacts) {
      stdout.write(`(${failed} of ${contacts} contacts ended early because of the simulated agents' deliberate defects)\n`);
      return 0;
    }
    return code;
  } finally {
    await lab.stop();
  }
}
