/**
 * npm run bench -- faults [--calls 40] [--rate 0.2] [--seed 1] [--max-sec 240] [--blind-retries]
 * A voice campaign through the runner (run store, voice channel, real twilio and @deepgram/sdk
 * clients) while the Twilio and Deepgram emulators inject faults into that share of REST requests
 * (429, 500, 503, timeout, reset, malformed — timeouts, resets and malformed answers *after* the
 * work was done, so a create may have created the call). Prints attempted, completed, retried,
 * failed, duplicated (calls the emulator really created beyond one per contact: must be 0) and lost
 * (contacts with no stored Interaction: must be 0); then, with Deepgram healthy again, what
 * `transcribe` recovers of the provisional transcripts. `--blind-retries` is the control run:
 * creates are retried without looking the call up first, and the duplicate detector shows the
 * second calls that makes.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createVoiceChannel } from '../harness/channels/voice/channel.js';
import type { HarnessConfig } from '../harness/config/types.js';
import type { Interaction } from '../harness/interaction/types.js';
import { executeRun, planRun } from '../harness/runner/runner.js';
import type { LoadedScenario } from '../harness/scenario/schema.js';
import { readJson, RunStore } from '../harness/store/run-store.js';
import { createDeepgramTranscriber } from '../harness/transcribe/deepgram.js';
import { retranscribeRun } from '../harness/transcribe/retranscribe.js';
import { sharedBrainAgents } from '../mocks/centre-voice/brain.js';
import { createVoiceCentre } from '../mocks/centre-voice/centre.js';
import { startDeepgramEmulator } from '../mocks/deepgram/server.js';
import { FAULT_KINDS, type FaultOptions } from '../mocks/faults/injector.js';
import { startTwilioEmulator } from '../mocks/twilio/server.js';

function flag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} expects a number ≥ 0`);
  return v;
}

const scenario = (calls: number): LoadedScenario => ({
  id: 'faults-card-loss',
  title: '信用卡挂失（故障注入）',
  channel: 'voice',
  target: { phone: '+8695566000' },
  persona: { name: '王女士' },
  repeat: calls,
  steps: [
    { wait: { pattern: '请按1', speaker: 'ivr', timeoutMs: 30_000 } },
    { press: '1' },
    { wait: { pattern: '工号', timeoutMs: 60_000 } },
    { say: '你好，我的信用卡丢了，想挂失一下。' },
    { wait: { pattern: '身份证', timeoutMs: 30_000 } },
    { say: '身份证后四位是1234。' },
    { wait: { pattern: '受理编号', timeoutMs: 30_000 } },
    { say: '好的，谢谢，再见。' },
    { end: true },
  ],
  file: '(bench)',
  sha256: '0'.repeat(64),
});

export async function benchFaults(args: string[]): Promise<void> {
  const calls = Math.max(1, Math.round(flag(args, 'calls', 40)));
  const rate = flag(args, 'rate', 0.2);
  const seed = flag(args, 'seed', 1);
  const maxSec = flag(args, 'max-sec', 240);
  const blind = args.includes('--blind-retries');
  const twilioFaults: FaultOptions = { rate, seed, kinds: FAULT_KINDS, retryAfterSec: 1, holdMs: 5_000 };
  const deepgramFaults: FaultOptions = { rate, seed: seed + 1, kinds: FAULT_KINDS, retryAfterSec: 1, holdMs: 5_000 };
  const twilio = await startTwilioEmulator({
    centre: createVoiceCentre({ ringMs: 300, queueWaitMs: 300, timeScale: 0.05, agents: sharedBrainAgents({ profile: 'exemplary' }) }),
    timing: { msPerChar: 15, endpointingMs: 80 },
    faults: twilioFaults,
  });
  const deepgram = await startDeepgramEmulator({ faults: deepgramFaults });
  const out = await mkdtemp(path.join(tmpdir(), 'bench-faults-'));
  const config: HarnessConfig = {
    centre: 'http://127.0.0.1:1',
    out,
    concurrency: calls,
    seed: 1,
    browser: { executablePath: '/usr/bin/chromium', headless: true, extraArgs: [] },
    voice: { callsPerSecond: 10, maxConcurrentCalls: calls, ringTimeoutSec: 30, machineDetection: false, from: '+15005550006', twilio: { accountSid: twilio.accountSid, authToken: twilio.authToken, baseUrl: twilio.url }, webhookPort: 0 },
    deepgram: { apiKey: deepgram.apiKey, baseUrl: deepgram.url, model: 'nova-3', language: 'zh-CN' },
    scoreOnFinish: false,
    rubric: 'sjt-11739',
  };
  // Short timeouts so a hung request costs seconds, not the production 30–120 s.
  const retry = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 2_000, maxTotalMs: 30_000 };
  const transcriber = () => createDeepgramTranscriber(config.deepgram, { timeoutSec: 3, retry });
  const sc = scenario(calls);
  const store = await RunStore.create(out, planRun([sc], config, true), [sc]);
  const stop = new AbortController();
  const bound = setTimeout(() => stop.abort(new Error(`--max-sec ${maxSec} reached`)), maxSec * 1000);
  const t0 = performance.now();
  try {
    await executeRun(store, config, {
      signal: stop.signal,
      channels: {
        voice: (c) => createVoiceChannel(c, { lookUpBeforeRetry: !blind, twilioTimeoutMs: 2_000, recordingTimeoutMs: 5_000, recordingWaitMs: 10_000, retry, transcriber: transcriber() }),
        webchat: () => Promise.reject(new Error('no chats in this bench')),
      },
    });
    await store.flush();
    const wallSec = (performance.now() - t0) / 1000;
    const names = new Set(await readdir(store.contactsDir));
    const planned = Object.keys(store.manifest.contacts);
    const stored: Interaction[] = [];
    for (const id of planned) if (names.has(`${id}.json`)) stored.push(await readJson<Interaction>(path.join(store.contactsDir, `${id}.json`)));
    // The duplicate detector: calls the emulator really created, per contact (its URL names it).
    const perContact = new Map<string, number>();
    for (const c of twilio.callLog()) {
      const id = /\/voice\/([^/]+)\/twiml$/u.exec(c.url)?.[1] ?? c.url;
      perContact.set(id, (perContact.get(id) ?? 0) + 1);
    }
    const duplicated = [...perContact.values()].reduce((n, k) => n + Math.max(0, k - 1), 0);
    const retriesOf = (i: Interaction) => i.events.filter((e) => e.type === 'retry').length;
    const failedCodes = new Map<string, number>();
    for (const i of stored.filter((x) => x.outcome !== 'completed')) failedCodes.set(i.error?.code ?? i.outcome, (failedCodes.get(i.error?.code ?? i.outcome) ?? 0) + 1);
    const provisional = stored.filter((i) => i.transcription?.status === 'failed-retryable').length;
    const figures = {
      attempted: planned.length,
      completed: stored.filter((i) => i.outcome === 'completed').length,
      retried: stored.filter((i) => retriesOf(i) > 0).length,
      failed: stored.filter((i) => i.outcome !== 'completed').length,
      duplicated,
      lost: planned.length - stored.length,
    };
    console.log(`faults: ${calls} calls, fault rate ${(rate * 100).toFixed(0)}% on every Twilio and Deepgram request, seed ${seed}, ${wallSec.toFixed(1)} s${blind ? ' — CONTROL: blind create retries' : ''}`);
    console.log(`  attempted ${figures.attempted}  completed ${figures.completed}  retried ${figures.retried}  failed ${figures.failed}  duplicated ${figures.duplicated}  lost ${figures.lost}`);
    console.log(`  requests retried: ${stored.reduce((n, i) => n + retriesOf(i), 0)} (contacts with a retry: ${figures.retried}); calls adopted after a lost answer: ${stored.filter((i) => i.events.some((e) => e.type === 'call-adopted')).length}`);
    console.log(`  injected — Twilio: ${twilio.faults.requests} requests, ${fmt(twilio.faults.injected)}; Deepgram: ${deepgram.faults.requests} requests, ${fmt(deepgram.faults.injected)}`);
    if (failedCodes.size) console.log(`  failed by code: ${[...failedCodes].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
    console.log(`  provisional transcripts (transcription failed-retryable): ${provisional}`);
    if (provisional) {
      deepgramFaults.rate = 0; // the service is healthy again
      const r = await retranscribeRun(store.dir, transcriber());
      console.log(`  transcribe with Deepgram healthy: ${r.transcribed.length} of ${r.candidates} recovered, ${r.stillFailed.length} still failed`);
    }
    const verdict = figures.duplicated === 0 && figures.lost === 0 ? 'OK (duplicated 0, lost 0)' : 'FAIL (duplicated and lost must be 0)';
    console.log(`  ${verdict}`);
    if (figures.duplicated || figures.lost) process.exitCode = 1;
  } finally {
    clearTimeout(bound);
    await twilio.close();
    await deepgram.close();
    await rm(out, { recursive: true, force: true });
  }
}

function fmt(injected: Record<string, number>): string {
  return Object.entries(injected)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}
