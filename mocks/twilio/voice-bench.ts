/**
 * The voice load benchmark (`npm run bench -- voice` calls runVoiceBench for 100, 500 and 1,000
 * calls): every call goes through the real twilio SDK to the emulator, is played against the
 * simulated centre (IVR → queue → shared agent brain), recorded, and transcribed through the real
 * @deepgram/sdk by the Deepgram emulator, all in this one process. Reports what the issue asks:
 * webhook latency p50/p99 (as Twilio sees it), timing error vs ground truth, CPS violations, RSS.
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVoiceChannel } from '../../harness/channels/voice/channel.js';
import type { HarnessConfig } from '../../harness/config/types.js';
import type { Interaction } from '../../harness/interaction/types.js';
import type { LoadedScenario } from '../../harness/scenario/schema.js';
import { sharedBrainAgents } from '../centre-voice/brain.js';
import { createVoiceCentre } from '../centre-voice/centre.js';
import { startDeepgramEmulator } from '../deepgram/server.js';
import { startTwilioEmulator, type TwilioEmulator } from './server.js';

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
}

export interface VoiceBenchResult {
  calls: number;
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
  /** |caller-side time − ground truth| over every turn start/end and answer time. */
  timingErrorP50Ms: number;
  timingErrorP95Ms: number;
  /** Calls whose turns did not line up one-to-one with the ground truth. */
  turnMismatches: number;
  cpsViolations: number;
  peakRssMb: number;
  wallSec: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
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

function timingErrors(i: Interaction, emu: TwilioEmulator): number[] | null {
  const truth = i.centreRef ? emu.groundTruth(i.centreRef) : undefined;
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
  const twilioEmu = await startTwilioEmulator({
    centre: createVoiceCentre({ ringMs: 1000, queueWaitMs: 2000, timeScale: options.timeScale ?? 0.5, agents: sharedBrainAgents({ profile: 'exemplary' }) }),
    timing: { msPerChar: options.msPerChar ?? 220, endpointingMs: 600 },
  });
  const deepgramEmu = await startDeepgramEmulator();
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
      twilio: { accountSid: twilioEmu.accountSid, authToken: twilioEmu.authToken, baseUrl: twilioEmu.url },
      webhookPort: 0,
    },
    deepgram: { apiKey: deepgramEmu.apiKey, baseUrl: deepgramEmu.url, model: 'nova-3', language: 'zh-CN' },
    scoreOnFinish: false,
    rubric: 'sjt-11739',
  };
  const channel = await createVoiceChannel(config, options.transcribe === false ? { transcriber: null } : {});
  const recordingsDir = mkdtempSync(join(tmpdir(), 'voice-bench-'));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
  const started = performance.now();
  try {
    const signal = new AbortController().signal;
    const interactions = await Promise.all(
      Array.from({ length: options.calls }, (_, n) =>
        channel.place({ runId: 'bench', contactId: `bench-${n}`, scenario: SCENARIO, vars: {}, signal, recordingsDir }),
      ),
    );
    const wallSec = (performance.now() - started) / 1000;
    const errors: number[] = [];
    let turnMismatches = 0;
    for (const i of interactions) {
      const e = timingErrors(i, twilioEmu);
      if (e) errors.push(...e);
      else if (i.outcome === 'completed') turnMismatches++;
    }
    const latencies = twilioEmu.stats.webhookLatenciesMs;
    const failures: Record<string, number> = {};
    const failureExamples: Record<string, string> = {};
    for (const i of interactions) {
      if (i.outcome === 'completed') continue;
      const code = i.error?.code ?? i.outcome;
      failures[code] = (failures[code] ?? 0) + 1;
      failureExamples[code] ??= i.error?.message ?? i.outcome;
    }
    const emulatorErrors: Record<string, number> = {};
    for (const call of twilioEmu.calls.values()) {
      for (const e of call.errors) {
        const key = `${e.code} ${e.message.replace(/https?:\/\/\S+/gu, '<url>').slice(0, 60)}`;
        emulatorErrors[key] = (emulatorErrors[key] ?? 0) + 1;
      }
    }
    return {
      emulatorErrors,
      calls: options.calls,
      cps,
      completed: interactions.filter((i) => i.outcome === 'completed').length,
      failed: interactions.filter((i) => i.outcome !== 'completed').length,
      failures,
      failureExamples,
      maxConcurrent: twilioEmu.stats.maxConcurrent,
      webhookP50Ms: percentile(latencies, 50),
      webhookP99Ms: percentile(latencies, 99),
      timingErrorP50Ms: percentile(errors, 50),
      timingErrorP95Ms: percentile(errors, 95),
      turnMismatches,
      cpsViolations: twilioEmu.cpsViolations(cps),
      peakRssMb: Math.round(peakRss / 2 ** 20),
      wallSec: Math.round(wallSec * 10) / 10,
    };
  } finally {
    clearInterval(sampler);
    await channel.close();
    await twilioEmu.close();
    await deepgramEmu.close();
    await rm(recordingsDir, { recursive: true, force: true });
  }
}

export function formatVoiceBench(r: VoiceBenchResult): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return [
    `voice: ${r.calls} calls at ${r.cps} CPS — ${r.completed} completed, ${r.failed} not${r.failed ? ` ${JSON.stringify(r.failures)}` : ''}; max ${r.maxConcurrent} concurrent; ${r.wallSec} s`,
    `  webhook latency p50 ${ms(r.webhookP50Ms)}, p99 ${ms(r.webhookP99Ms)} (target p99 < 50 ms)`,
    `  timing error vs ground truth p50 ${ms(r.timingErrorP50Ms)}, p95 ${ms(r.timingErrorP95Ms)} (target p95 ≤ 100 ms); ${r.turnMismatches} calls with unmatched turns`,
    `  CPS violations ${r.cpsViolations} (must be 0); peak RSS ${r.peakRssMb} MB`,
  ].join('\n');
}
