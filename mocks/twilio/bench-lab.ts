/**
 * The emulated side of the voice benchmark — Twilio emulator, the centre's voice side and the
 * Deepgram emulator — either in the benchmark's own process or in a child process of its own.
 *
 * A child process is the default: it is how the harness meets a real Twilio (the far side does
 * not share our CPU or event loop), so the figures measure the harness, not the emulators. On a
 * 2-core machine the harness and the emulators then each get a core; in one process every
 * emulator burst (a hundred call creates per second, each with its IVR prompts and callbacks)
 * delays the harness's webhooks one-for-one. Both modes answer the same `report()`, so the bench
 * can print them side by side.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sharedBrainAgents } from '../centre-voice/brain.js';
import { createVoiceCentre } from '../centre-voice/centre.js';
import { startDeepgramEmulator } from '../deepgram/server.js';
import type { CallGroundTruth } from './call-types.js';
import { startLoopStats, type LoopStats } from './loop-stats.js';
import { startTwilioEmulator } from './server.js';

export interface BenchLabSpec {
  /** Speaking rate, ms per character. */
  msPerChar: number;
  /** Multiplier on the agents' think times. */
  timeScale: number;
  ringMs: number;
  queueWaitMs: number;
}

export interface BenchLabInfo {
  twilio: { url: string; accountSid: string; authToken: string };
  deepgram: { url: string; apiKey: string };
}

/** What the emulators saw, as plain JSON (it crosses the process boundary). */
export interface BenchLabReport {
  webhookLatenciesMs: number[];
  /** Epoch ms each webhook was sent at, same order. */
  webhookSentAt: number[];
  maxConcurrent: number;
  cpsViolations: number;
  /** Ground truth of every call, by call SID. */
  truths: Record<string, CallGroundTruth>;
  /** Errors the emulator logged on calls (webhook failures …), by message start. */
  emulatorErrors: Record<string, number>;
  /** The emulators' process (the same as the harness's in same-process mode). */
  loop: LoopStats;
}

export interface BenchLab {
  info: BenchLabInfo;
  /** `cps` is the limit the harness was given: creates above it in any 1 s window are violations. */
  report(cps: number): Promise<BenchLabReport>;
  close(): Promise<void>;
}

export async function startBenchLab(spec: BenchLabSpec): Promise<BenchLab> {
  const twilio = await startTwilioEmulator({
    centre: createVoiceCentre({ ringMs: spec.ringMs, queueWaitMs: spec.queueWaitMs, timeScale: spec.timeScale, agents: sharedBrainAgents({ profile: 'exemplary' }) }),
    timing: { msPerChar: spec.msPerChar, endpointingMs: 600 },
  });
  const deepgram = await startDeepgramEmulator();
  const loop = startLoopStats();
  return {
    info: {
      twilio: { url: twilio.url, accountSid: twilio.accountSid, authToken: twilio.authToken },
      deepgram: { url: deepgram.url, apiKey: deepgram.apiKey },
    },
    async report(cps) {
      const truths: Record<string, CallGroundTruth> = {};
      const emulatorErrors: Record<string, number> = {};
      for (const call of twilio.calls.values()) {
        truths[call.sid] = call.truth;
        for (const e of call.errors) {
          const key = `${e.code} ${e.message.replace(/https?:\/\/\S+/gu, '<url>').slice(0, 60)}`;
          emulatorErrors[key] = (emulatorErrors[key] ?? 0) + 1;
        }
      }
      return { webhookLatenciesMs: twilio.stats.webhookLatenciesMs, webhookSentAt: twilio.stats.webhookSentAt, maxConcurrent: twilio.stats.maxConcurrent, cpsViolations: twilio.cpsViolations(cps), truths, emulatorErrors, loop: loop.stop() };
    },
    async close() {
      await twilio.close();
      await deepgram.close();
    },
  };
}

/** Messages between the benchmark and its lab process. */
export type BenchLabRequest = { type: 'report'; cps: number } | { type: 'close' };
export type BenchLabMessage = { type: 'ready'; info: BenchLabInfo } | { type: 'report'; report: BenchLabReport } | { type: 'error'; message: string };

const CHILD_ENTRY = fileURLToPath(new URL('./bench-lab-main.ts', import.meta.url));

/** Starts the lab in a child process (tsx loader, IPC channel) and talks to it by messages. */
export async function forkBenchLab(spec: BenchLabSpec): Promise<BenchLab> {
  // Profiling flags given to the benchmark (node --cpu-prof …) apply to the lab process too.
  const profiling = process.execArgv.filter((a) => a.startsWith('--cpu-prof') || a.startsWith('--heap-prof'));
  const child = fork(CHILD_ENTRY, [JSON.stringify(spec)], { execArgv: ['--import', 'tsx', ...profiling], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the bench lab process exited (code ${code})`))));
  exited.catch(() => undefined);
  const next = (type: BenchLabMessage['type']) =>
    Promise.race([
      exited,
      new Promise<BenchLabMessage>((resolve, reject) => {
        const onMessage = (m: BenchLabMessage) => {
          if (m.type !== type && m.type !== 'error') return;
          child.off('message', onMessage);
          if (m.type === 'error') reject(new Error(`bench lab: ${m.message}`));
          else resolve(m);
        };
        child.on('message', onMessage);
      }),
    ]);
  const ready = (await next('ready')) as Extract<BenchLabMessage, { type: 'ready' }>;
  return {
    info: ready.info,
    async report(cps) {
      const reply = next('report');
      child.send({ type: 'report', cps } satisfies BenchLabRequest);
      return ((await reply) as Extract<BenchLabMessage, { type: 'report' }>).report;
    },
    async close() {
      if (child.exitCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'close' } satisfies BenchLabRequest);
      await gone;
    },
  };
}
