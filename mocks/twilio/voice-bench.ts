/**
 * The voice load benchmark (`npm run bench -- voice` calls runVoiceBench for 100, 500 and 1,000
 * calls): every call goes through the real twilio SDK to the emulator, is played against the
 * simulated centre (IVR → queue → shared agent brain), recorded, and transcribed through the real
 * @deepgram/sdk by the Deepgram emulator. The emulators run in a child process by default, as a
 * real Twilio would be elsewhere (bench-lab.ts); `sameProcess` puts them in ours, for comparison.
 * Reports what the issue asks: webhook latency p50/p99 (as Twilio sees it), timing error vs ground
 * truth, CPS violations, RSS (of the harness process).
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVoiceChannel } from '../../harness/channels/voice/channel.js';
import type { HarnessConfig } from '../../harness/config/types.js';
import type { Interaction } from '../../harness/interaction/types.js';
import type { LoadedScenario } from '../../harness/scenario/schema.js';
import { percentile as nearestRank } from '../../reports/console/summary-table.js';
import { forkBenchLab, startBenchLab, type BenchLabReport } from './bench-lab.js';
import { formatLoopStats, startLoopStats, type LoopStats } from './loop-stats.js';

export interface VoiceBenchOptions {
  calls: number;
  /** Calls per second for the run. @default min(100, max(1, calls / 10)) */
  cps?: number;
  /** Speaking rate in the emulator, ms per character. @default 220 (natural Mandarin speech) */
  msPerChar?: number;
  /** Multiplier on the agents' think times. @default 0.5 */
  timeScale?: number;
  /** Transcribe recordings with (emulated) Deepgram; off keeps the Gather transcript. @default true */
  transcribe?: boolean;
  /** Run the emulators in this process instead of a child process. @default false */
  sameProcess?: boolean;
}

export interface VoiceBenchResult {
  calls: number;
  /** Where the emulators ran. */
  emulators: 'child process' | 'same process';
  cps: number;
  completed: number;
  failed: number;
  /** Error codes of the contacts that did not complete, with counts and one message each. */
  failures: Record<string, number>;
  failureExamples: Record<string, string>;
  /** Errors the emulator logged on calls (webhook failures …), by message start. */
  emulatorErrors: Record<string, number>;
  /** Most calls alive at once at the emulator. */
  maxConcurrent: number;
  webhookP50Ms: number;
  webhookP99Ms: number;
  /**
   * Webhook p99 by load phase: while calls are still being created, while all are up, and once
   * the first ones have ended (recordings downloaded and transcribed alongside live calls).
   */
  webhookP99ByPhase: Record<LoadPhase, number>;
  /** |caller-side time − ground truth| over every turn start/end and answer time. */
  timingErrorP50Ms: number;
  timingErrorP95Ms: number;
  /** Calls whose turns did not line up one-to-one with the ground truth. */
  turnMismatches: number;
  cpsViolations: number;
  peakRssMb: number;
  wallSec: number;
  /** Event-loop delay, GC and CPU of the harness's process and of the emulators'. */
  harnessLoop: LoopStats;
  emulatorLoop: LoopStats;
}

export type LoadPhase = 'ramp-up' | 'steady' | 'wind-down';

/** Splits webhook latencies by when they were sent relative to the calls' creation and end. */
export function latenciesByPhase(report: Pick<BenchLabReport, 'webhookLatenciesMs' | 'webhookSentAt' | 'truths'>): Record<LoadPhase, number[]> {
  const truths = Object.values(report.truths);
  const lastCreate = Math.max(...truths.map((t) => t.createdAt));
  const firstEnd = Math.min(...truths.map((t) => t.endedAt ?? Number.POSITIVE_INFINITY));
  const phases: Record<LoadPhase, number[]> = { 'ramp-up': [], steady: [], 'wind-down': [] };
  report.webhookLatenciesMs.forEach((ms, k) => {
    const at = report.webhookSentAt[k]!;
    phases[at <= lastCreate ? 'ramp-up' : at >= firstEnd ? 'wind-down' : 'steady'].push(ms);
  });
  return phases;
}

/** The reports' nearest-rank percentile; NaN for no values, so a figure prints as NaN, not blank. */
function percentile(values: readonly number[], p: number): number {
  return nearestRank(values, p) ?? Number.NaN;
}

const SCENARIO: LoadedScenario = {
  id: 'bench-card-loss',
  title: '信用卡挂失（电话压测）',
  channel: 'voice',
  target: { phone: '+8695566000' },
  persona: { name: '王女士' },
  steps: [
    { wait: { pattern: '请按1', speaker: 'ivr', timeoutMs: 60_000 } },
    { press: '1' },
    { wait: { pattern: '工号', timeoutMs: 120_000 } },
    { say: '你好，我的信用卡丢了，想挂失一下。' },
    { wait: { pattern: '身份证', timeoutMs: 60_000 } },
    { say: '身份证后四位是1234，手机号是13800001234。' },
    { wait: { pattern: '受理编号', timeoutMs: 60_000 } },
    { say: '好的，没有其他问题了，谢谢，再见。' },
    { wait: { pattern: '再见', timeoutMs: 60_000, optional: true } },
    { end: true },
  ],
  file: '(bench)',
  sha256: '0'.repeat(64),
};

function timingErrors(i: Interaction, report: BenchLabReport): number[] | null {
  const truth = i.centreRef ? report.truths[i.centreRef] : undefined;
  if (!truth || truth.utterances.length !== i.turns.length) return null;
  const errors: number[] = [];
  i.turns.forEach((t, k) => {
    const u = truth.utterances[k]!;
    if (u.speaker !== t.speaker) return;
    errors.push(Math.abs(i.startedAt + t.startMs - u.startAt), Math.abs(i.startedAt + t.endMs - u.endAt));
  });
  const answered = i.events.find((e) => e.type === 'answered');
  if (answered && truth.answeredAt) errors.push(Math.abs(i.startedAt + answered.atMs - truth.answeredAt));
  return errors;
}

export async function runVoiceBench(options: VoiceBenchOptions): Promise<VoiceBenchResult> {
  const cps = options.cps ?? Math.min(100, Math.max(1, Math.round(options.calls / 10)));
  const spec = { msPerChar: options.msPerChar ?? 220, timeScale: options.timeScale ?? 0.5, ringMs: 1000, queueWaitMs: 2000 };
  const lab = options.sameProcess ? await startBenchLab(spec) : await forkBenchLab(spec);
  const { twilio, deepgram } = lab.info;
  const config: HarnessConfig = {
    centre: 'http://127.0.0.1:1',
    out: 'runs',
    concurrency: options.calls,
    seed: 1,
    browser: { executablePath: '/usr/bin/chromium', headless: true, extraArgs: [] },
    voice: {
      callsPerSecond: cps,
      maxConcurrentCalls: options.calls,
      ringTimeoutSec: 30,
      machineDetection: false,
      from: '+15005550006',
      twilio: { accountSid: twilio.accountSid, authToken: twilio.authToken, baseUrl: twilio.url },
      webhookPort: 0,
    },
    deepgram: { apiKey: deepgram.apiKey, baseUrl: deepgram.url, model: 'nova-3', language: 'zh-CN' },
    scoreOnFinish: false,
    rubric: 'sjt-11739',
  };
  const channel = await createVoiceChannel(config, options.transcribe === false ? { transcriber: null } : {});
  const recordingsDir = mkdtempSync(join(tmpdir(), 'voice-bench-'));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
  const started = performance.now();
  const loop = startLoopStats();
  try {
    const signal = new AbortController().signal;
    const interactions = await Promise.all(
      Array.from({ length: options.calls }, (_, n) =>
        channel.place({ runId: 'bench', contactId: `bench-${n}`, scenario: SCENARIO, vars: {}, signal, recordingsDir }),
      ),
    );
    const wallSec = (performance.now() - started) / 1000;
    const harnessLoop = loop.stop();
    const report = await lab.report(cps);
    const errors: number[] = [];
    let turnMismatches = 0;
    for (const i of interactions) {
      const e = timingErrors(i, report);
      if (e) errors.push(...e);
      else if (i.outcome === 'completed') turnMismatches++;
    }
    const latencies = report.webhookLatenciesMs;
    const failures: Record<string, number> = {};
    const failureExamples: Record<string, string> = {};
    for (const i of interactions) {
      if (i.outcome === 'completed') continue;
      const code = i.error?.code ?? i.outcome;
      failures[code] = (failures[code] ?? 0) + 1;
      failureExamples[code] ??= i.error?.message ?? i.outcome;
    }
    return {
      emulatorErrors: report.emulatorErrors,
      calls: options.calls,
      emulators: options.sameProcess ? 'same process' : 'child process',
      cps,
      completed: interactions.filter((i) => i.outcome === 'completed').length,
      failed: interactions.filter((i) => i.outcome !== 'completed').length,
      failures,
      failureExamples,
      maxConcurrent: report.maxConcurrent,
      webhookP50Ms: percentile(latencies, 50),
      webhookP99Ms: percentile(latencies, 99),
      webhookP99ByPhase: Object.fromEntries(Object.entries(latenciesByPhase(report)).map(([phase, v]) => [phase, percentile(v, 99)])) as Record<LoadPhase, number>,
      timingErrorP50Ms: percentile(errors, 50),
      timingErrorP95Ms: percentile(errors, 95),
      turnMismatches,
      cpsViolations: report.cpsViolations,
      peakRssMb: Math.round(peakRss / 2 ** 20),
      wallSec: Math.round(wallSec * 10) / 10,
      harnessLoop,
      emulatorLoop: report.loop,
    };
  } finally {
    clearInterval(sampler);
    await channel.close();
    await lab.close();
    await rm(recordingsDir, { recursive: true, force: true });
  }
}

export function formatVoiceBench(r: VoiceBenchResult): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return [
    `voice: ${r.calls} calls at ${r.cps} CPS, emulators in ${r.emulators} — ${r.completed} completed, ${r.failed} not${r.failed ? ` ${JSON.stringify(r.failures)}` : ''}; max ${r.maxConcurrent} concurrent; ${r.wallSec} s`,
    `  webhook latency p50 ${ms(r.webhookP50Ms)}, p99 ${ms(r.webhookP99Ms)} (target p99 < 50 ms); p99 by phase: ${Object.entries(r.webhookP99ByPhase).map(([p, v]) => `${p} ${ms(v)}`).join(', ')}`,
    `  timing error vs ground truth p50 ${ms(r.timingErrorP50Ms)}, p95 ${ms(r.timingErrorP95Ms)} (target p95 ≤ 100 ms); ${r.turnMismatches} calls with unmatched turns`,
    `  CPS violations ${r.cpsViolations} (must be 0); peak RSS ${r.peakRssMb} MB`,
    `  harness:   ${formatLoopStats(r.harnessLoop)}`,
    `  emulators: ${formatLoopStats(r.emulatorLoop)}`,
  ].join('\n');
}
