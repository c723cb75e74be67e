/**
 * Test helpers for the web-chat channel: a HarnessConfig literal pointing at a test centre, a
 * scenario builder, and a ContactContext builder.
 */
import type { ContactContext } from '../../../../harness/channels/channel.js';
import { defaultConfig } from '../../../../harness/config/load.js';
import type { HarnessConfig } from '../../../../harness/config/types.js';
import type { LoadedScenario, ScenarioData } from '../../../../harness/scenario/schema.js';

export function testConfig(centre: string, overrides: Partial<HarnessConfig> = {}): HarnessConfig {
  return { ...defaultConfig(), centre, scoreOnFinish: false, ...overrides };
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
