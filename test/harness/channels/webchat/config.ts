/**
 * Test helpers for the web-chat channel: a HarnessConfig literal pointing at a test centre, a
 * scenario builder, and a ContactContext builder.
 */
import type { ContactContext } from '../../../../harness/channels/channel.js';
import type { HarnessConfig } from '../../../../harness/config/types.js';
import type { LoadedScenario, ScenarioData } from '../../../../harness/scenario/schema.js';

export function testConfig(centre: string, overrides: Partial<HarnessConfig> = {}): HarnessConfig {
  return {
    centre,
    out: 'runs',
    concurrency: 4,
    seed: 1,
    browser: { executablePath: '/usr/bin/chromium', headless: true, extraArgs: [] },
    voice: {
      callsPerSecond: 1,
      maxConcurrentCalls: 10,
      ringTimeoutSec: 30,
      machineDetection: false,
      from: '+15005550006',
      twilio: {},
      webhookPort: 0,
    },
    deepgram: { model: 'nova-3', language: 'zh-CN' },
    scoreOnFinish: false,
    rubric: 'sjt-11739',
    ...overrides,
  };
}

export function testScenario(partial: Partial<ScenarioData> & Pick<ScenarioData, 'steps'>): LoadedScenario {
  return {
    id: 'webchat-test',
    title: '网页聊天测试',
    channel: 'webchat',
    persona: { name: '王女士' },
    file: '/virtual/webchat-test.yaml',
    sha256: '0'.repeat(64),
    ...partial,
  };
}

let counter = 0;

export function testContext(scenario: LoadedScenario, extra: Partial<ContactContext> = {}): ContactContext {
  counter += 1;
  const contactId = `c${process.pid}-${counter}`;
  return {
    runId: 'test-run',
    contactId,
    scenario,
    vars: { contactId, 'persona.name': scenario.persona.name, ...(scenario.variables ?? {}) },
    signal: new AbortController().signal,
    recordingsDir: '/tmp',
    ...extra,
  };
}
