/**
 * Shared fixtures for the voice tests: a HarnessConfig pointed at the emulators, a contact context,
 * and the IVR → agent scenario used by the end-to-end tests.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContactContext } from '../../../../harness/channels/channel.js';
import type { HarnessConfig } from '../../../../harness/config/types.js';
import type { LoadedScenario, Step } from '../../../../harness/scenario/schema.js';

export function voiceConfig(over: { twilio: { accountSid: string; authToken: string; baseUrl: string }; deepgram?: { apiKey: string; baseUrl: string }; cps?: number; maxConcurrent?: number }): HarnessConfig {
  return {
    centre: 'http://127.0.0.1:1',
    out: 'runs',
    concurrency: 4,
    seed: 1,
    browser: { executablePath: '/usr/bin/chromium', headless: true, extraArgs: [] },
    voice: {
      callsPerSecond: over.cps ?? 50,
      maxConcurrentCalls: over.maxConcurrent ?? 50,
      ringTimeoutSec: 30,
      machineDetection: false,
      from: '+15005550006',
      twilio: over.twilio,
      webhookPort: 0,
    },
    deepgram: { apiKey: over.deepgram?.apiKey, baseUrl: over.deepgram?.baseUrl, model: 'nova-3', language: 'zh-CN' },
    scoreOnFinish: false,
    rubric: 'sjt-11739',
  };
}

/** 普通话服务请按1 → press 1 → agent → 信用卡挂失 (the shared centre's knowledge base) → goodbye. */
export const IVR_AGENT_STEPS: Step[] = [
  { wait: { pattern: '请按1', speaker: 'ivr', timeoutMs: 10_000 } },
  { press: '1' },
  { wait: { pattern: '工号', timeoutMs: 15_000 } },
  { say: '你好，我的信用卡丢了，想挂失一下。' },
  { wait: { pattern: '身份证', timeoutMs: 15_000 } },
  { say: '身份证后四位是1234，手机号是13800001234。' },
  { wait: { pattern: '受理编号', timeoutMs: 15_000 } },
  { say: '好的，记下了，没有其他问题了，谢谢，再见。' },
  { wait: { pattern: '再见', timeoutMs: 15_000, optional: true } },
  { end: true },
];

export function scenario(steps: Step[] = IVR_AGENT_STEPS, phone = '+8695566000'): LoadedScenario {
  return {
    id: 'voice-bill-enquiry',
    title: '话费查询（电话）',
    channel: 'voice',
    target: { phone },
    persona: { name: '王女士' },
    steps,
    file: '/dev/null',
    sha256: '0'.repeat(64),
  };
}

export function contact(contactId: string, sc: LoadedScenario = scenario(), signal: AbortSignal = new AbortController().signal): ContactContext {
  return {
    runId: 'run-test',
    contactId,
    scenario: sc,
    vars: { contactId },
    signal,
    recordingsDir: mkdtempSync(join(tmpdir(), 'voice-rec-')),
  };
}
