/**
 * npm run bench -- load [--only chat|voice] [--step-sec 30] [--workers N]
 *
 * Ramps load against simulated centres of known capacity and prints what a capacity planner
 * checks first: the knee the load metrics found against the configured truth, the centre's own
 * counts against ours, the harness's overhead (CPU and memory per contact in flight, Chromium
 * included, the lab process excluded) and the largest concurrency it drove with a start-timing
 * error (due → started) p95 ≤ 50 ms.
 *
 *   chat:  20 agents × 1 chat, no queue (a chat beyond them is told "busy"), closed-model ramp to 16,
 *          then steps 16 → 20 → 24 (each chat held 20 s after the answer)
 *   voice: 10 lines, no queue, ramp to 8, then steps 8 → 10 → 12
 *
 * Bounded: a ramp and three steps of `--step-sec` (default 30 s) per channel, plus the last
 * contacts' end (~2.5 min per channel).
 *
 * `--workers N`: each channel runs twice, first placed in-process as above, then through `--queue`
 * on a private redis-server with N real `worker` processes (the CLI) pointed at the same lab. The
 * queue run prints the same figures (its CPU and memory include the workers, their Chromium and
 * redis-server) plus the queue's overhead: start lag p50 / p95 local vs queue and the Redis
 * commands per contact (all clients, BullMQ's idle polling included).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { spawnLab } from '../harness/cli/commands/demo.js';
import { loadCommand } from '../harness/cli/commands/load.js';
import { percentile } from '../harness/load/harness-lag.js';
import { actualStart } from '../harness/load/local-dispatcher.js';
import type { Interaction } from '../harness/interaction/types.js';
import type { RunManifest } from '../harness/store/types.js';
import { contactSample } from '../scorers/load/samples.js';
import type { LoadMetrics } from '../scorers/load/types.js';
import { startRedis, type RedisHandle } from '../test/harness/load/queue/redis-server.js';
import { redisCommandCount, startWorkerFleet, writeWorkerConfig, type WorkerFleet } from './load-workers.js';
import { mib, ProcSampler, pssOf, readAllStats, treeOf } from './proc-sampler.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const TIMING_P95_LIMIT_MS = 50;

interface Case {
  channel: 'webchat' | 'voice';
  capacity: number;
  steps: number[];
  labArgs: string[];
  scenario: string;
  /** Pause before the customer's goodbye, ms. */
  holdMs: number;
}

const CASES: Case[] = [
  { channel: 'webchat', capacity: 20, steps: [16, 20, 24], labArgs: ['--chat-agents=20', '--chats-per-agent=1', '--chat-queue-capacity=0'], scenario: 'quick-chat.yaml', holdMs: 20_000 },
  { channel: 'voice', capacity: 10, steps: [8, 10, 12], labArgs: ['--lines=10', '--voice-queue-capacity=0'], scenario: 'quick-call.yaml', holdMs: 0 },
];

/** Most contacts in progress at once (a sweep over starts and ends). */
function peakInFlight(samples: readonly { startedAt: number; endedAt: number }[]): number {
  const events = samples.flatMap((s) => [[s.startedAt, 1] as const, [s.endedAt, -1] as const]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, d] of events) peak = Math.max(peak, (now += d));
  return peak;
}

const silent = () => new Writable({ write: (_c, _e, cb) => cb() });

/** Through the queue: the redis-server and how many `worker` processes to start per case. */
interface ViaQueue {
  redis: RedisHandle;
  workers: number;
}

/** What the local-vs-queue comparison needs from one run of a case. */
interface CaseResult {
  /** Start lags (due → started) of the step stages' contacts, ms. */
  lags: number[];
  /** Redis commands per contact offered (queue runs only). */
  redisPerContact?: number;
}

const pssSum = (pids: readonly number[]) => pids.reduce((n, pid) => n + pssOf(pid), 0);

async function benchCase(c: Case, stepSec: number, dir: string, via?: ViaQueue): Promise<CaseResult> {
  const mode = via ? `queue-${via.workers}w` : 'local';
  const profile = path.join(dir, `${c.channel}-${mode}.yaml`);
  // A ramp to the first step first: a burst of browser starts at t = 0 would only measure the burst.
  const ramp = `  - { name: ramp, duration: ${stepSec}s, concurrency: { from: 0, to: ${c.steps[0]} }, role: ramp }\n`;
  const stages = ramp + c.steps.map((n) => `  - { name: c${n}, duration: ${stepSec}s, concurrency: ${n} }`).join('\n');
  // The short load scenario, held open a while (the customer reads the answer): contacts must last
  // long against start-up for the centre to see the level offered.
  const scenario = path.join(dir, c.scenario);
  const text = await readFile(path.join(ROOT, 'scenarios', 'load', c.scenario), 'utf8');
  await writeFile(scenario, text.replace(/^(\s*)- say: 好的，谢谢，再见。/mu, `$1- pause: ${c.holdMs}\n$1- say: 好的，谢谢，再见。`));
  await writeFile(
    profile,
    `id: bench-${c.channel}\nmix:\n  - { scenario: ${scenario} }\nstages:\n${stages}\nthinkTime: 500ms\ncaps: { callsPerSecond: 10 }\ntargets:\n  answerRate: 0.95\n  serviceLevel: { threshold: 30s, target: 0.8 }\nseed: 5\n`,
  );
  const out = path.join(dir, `runs-${c.channel}-${mode}`);
  const lab = await spawnLab({ groundTruth: path.join(dir, `${c.channel}-${mode}-truth.jsonl`), timeScale: 0.05, agents: c.capacity, extraArgs: c.labArgs });
  let fleet: WorkerFleet | undefined;
  try {
    if (lab.info.twilio) {
      process.env.TWILIO_ACCOUNT_SID = lab.info.twilio.accountSid;
      process.env.TWILIO_AUTH_TOKEN = lab.info.twilio.authToken;
    }
    if (lab.info.deepgram) process.env.DEEPGRAM_API_KEY = lab.info.deepgram.apiKey;
    const exclude = () => (lab.pid ? [lab.pid] : []);
    const harnessPids = () => treeOf(readAllStats(), process.pid, exclude());
    let fleetIdlePss = 0;
    const queueName = `bench-${c.channel}-${Date.now()}`;
    if (via) {
      const beforeFleet = pssSum(harnessPids());
      // Each worker can take the whole top step: the queue's global caps are what must hold, not a worker's.
      const concurrency = Math.max(...c.steps) + 2;
      const configFile = await writeWorkerConfig(path.join(dir, `worker-${c.channel}.config.yaml`), lab.info, concurrency);
      fleet = await startWorkerFleet({ queue: via.redis.url, queueName, workers: via.workers, concurrency, configFile });
      fleetIdlePss = pssSum(harnessPids()) - beforeFleet;
    }
    const baselinePss = pssSum(harnessPids());
    const commandsBefore = via ? await redisCommandCount(via.redis.url) : 0;
    const sampler = new ProcSampler({ exclude }).start();
    const wallStart = Date.now();
    const code = await loadCommand(profile, {
      centre: lab.info.centre,
      out,
      reports: false,
      live: false,
      stdout: silent(),
      labOverrides: { twilioBaseUrl: lab.info.twilio?.baseUrl, deepgramBaseUrl: lab.info.deepgram?.baseUrl },
      ...(via && { queue: via.redis.url, queueName }),
    });
    const wallSec = (Date.now() - wallStart) / 1000;
    const figures = sampler.stop();
    const redisCommands = via ? (await redisCommandCount(via.redis.url)) - commandsBefore : 0;
    const truth = (await (await fetch(`${lab.info.centre}/truth/counts?channel=${c.channel}`)).json()) as { offered: number; answered: number; busy: number; abandoned: number; asaMs: number | null };
    const [runId] = (await import('node:fs')).readdirSync(out);
    const runDir = path.join(out, runId!);
    const manifest = JSON.parse(await readFile(path.join(runDir, 'run.json'), 'utf8')) as RunManifest;
    const summary = JSON.parse(await readFile(path.join(runDir, 'summary.json'), 'utf8')) as { load: LoadMetrics };
    const interactions = await Promise.all(Object.values(manifest.contacts).filter((e) => e.file).map(async (e) => ({ e, i: JSON.parse(await readFile(path.join(runDir, e.file!), 'utf8')) as Interaction })));
    const samples = interactions.map(({ e, i }) => contactSample(i, e));
    // Contact-seconds in flight: what the CPU and memory are spread over.
    const contactSec = samples.reduce((n, s) => n + (s.endedAt - s.startedAt) / 1000, 0);
    const peak = peakInFlight(samples);
    const { knee, overall } = summary.load;
    const lines = [`${c.channel} [${via ? `through the Redis queue, ${via.workers} worker process(es)` : 'in-process'}]: truth capacity ${c.capacity}, steps ${c.steps.join(' → ')} (${stepSec} s each), exit ${code}, wall ${wallSec.toFixed(0)} s`];
    lines.push(`  knee: ${knee.status} at ${knee.capacity ?? '–'} (first failing ${knee.firstFailing ?? '–'}) vs truth ${c.capacity}: ${knee.capacity === null ? 'n/a' : `${(((knee.capacity - c.capacity) / c.capacity) * 100).toFixed(0)}%`} error`);
    for (const l of knee.levels) lines.push(`    level ${l.level}: offered ${l.offered}, answered ${l.answered}, answer rate ${l.answerRate ?? '–'}, SL ${l.serviceLevel ?? '–'}, ASA ${l.asaMs ?? '–'} ms ${l.pass ? 'pass' : 'FAIL'}`);
    lines.push(`  counts ours/centre: offered ${overall.offered}/${truth.offered}, answered ${overall.answered}/${truth.answered}, busy ${overall.busy}/${truth.busy}, abandoned ${overall.abandoned}/${truth.abandoned}; ASA ${overall.asaMs ?? '–'}/${truth.asaMs === null ? '–' : Math.round(truth.asaMs)} ms`);
    let drove = 0;
    const allLags: number[] = [];
    // Timing error: when the contact really started (chat: after the browser start gate; voice: when
    // Twilio accepted the call, after the calls-per-second queue) minus when it was due.
    const lagOf = ({ e, i }: (typeof interactions)[number]) => Math.max(0, actualStart(i, i.startedAt) - (e.load?.dueAt ?? i.startedAt));
    for (const n of c.steps) {
      const lags = interactions.filter(({ e }) => e.load?.stage === `c${n}`).map(lagOf);
      allLags.push(...lags);
      const p95 = percentile(lags, 95);
      lines.push(`  step ${n}: ${lags.length} contacts, start lag p50 ${percentile(lags, 50)} ms, p95 ${p95} ms, max ${Math.max(0, ...lags)} ms`);
      if (lags.length && p95 <= TIMING_P95_LIMIT_MS) drove = Math.max(drove, n);
    }
    lines.push(`  largest concurrency driven with start-timing p95 ≤ ${TIMING_P95_LIMIT_MS} ms: ${drove || 'none'}`);
    const lag = manifest.load?.harnessLag;
    if (lag) lines.push(`  harness lag: p95 ${lag.p95LagMs} ms, ${lag.lateContacts} late (> ${lag.toleranceMs} ms)${lag.warning ? `; WARNING ${lag.warning}` : ''}`);
    const memPer = peak ? (figures.peakPssBytes - baselinePss) / peak : 0;
    lines.push(
      `  harness overhead: CPU ${figures.cpuSec.toFixed(1)} s over ${contactSec.toFixed(0)} contact-seconds = ${((figures.cpuSec / Math.max(1, contactSec)) * 1000).toFixed(1)} ms CPU per contact-second in flight (${Object.entries(figures.cpuSecByKind).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}); peak PSS ${mib(figures.peakPssBytes)} (baseline ${mib(baselinePss)}), ≈${mib(memPer)} per contact in flight at peak ${peak}; sampler ${figures.samplerCpuSec.toFixed(2)} s CPU`,
    );
    let redisPerContact: number | undefined;
    if (via) {
      redisPerContact = redisCommands / Math.max(1, overall.offered);
      lines.push(`  queue: ${redisCommands} Redis commands = ${redisPerContact.toFixed(1)} per contact offered (all clients, idle polling included); ${via.workers} idle worker(s) ${mib(fleetIdlePss)} PSS before the run`);
    }
    console.log(lines.join('\n'));
    return { lags: allLags, redisPerContact };
  } finally {
    // Workers first (their contacts in flight talk to the lab), each bounded in time.
    await fleet?.stop();
    await lab.stop();
  }
}

const lagLine = (lags: number[]) => `p50 ${percentile(lags, 50)} ms, p95 ${percentile(lags, 95)} ms (${lags.length} contacts)`;

export async function benchLoad(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { only: { type: 'string' }, 'step-sec': { type: 'string', default: '30' }, workers: { type: 'string', default: '0' } } });
  const stepSec = Math.max(10, Number(values['step-sec']));
  const workers = Math.max(0, Math.floor(Number(values.workers) || 0));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-bench-load-'));
  const cases = CASES.filter((c) => !values.only || values.only === c.channel || (values.only === 'chat' && c.channel === 'webchat'));
  let redis: RedisHandle | undefined;
  try {
    for (const c of cases) {
      const local = await benchCase(c, stepSec, dir);
      if (!workers) continue;
      // Started after the first in-process run, so that run's CPU and memory leave redis-server out.
      redis ??= await startRedis();
      const queued = await benchCase(c, stepSec, dir, { redis, workers });
      console.log(`${c.channel} queue overhead: start lag in-process ${lagLine(local.lags)} vs queue ${lagLine(queued.lags)}; ${queued.redisPerContact?.toFixed(1)} Redis commands per contact`);
    }
  } finally {
    // Bounded: redis-server without persistence exits at once on SIGTERM; never hang the bench on it.
    if (redis) await Promise.race([redis.stop(), new Promise((r) => setTimeout(r, 10_000).unref())]);
  }
  console.log(`runs under ${dir}`);
}
