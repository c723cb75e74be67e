import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, SELECTOR_PRESETS, readySelector, resolveSelectors } from '../../../../harness/channels/webchat/presets.js';
import { Selectors } from '../../../../harness/scenario/schema.js';

describe('resolveSelectors', () => {
  it('uses the simulated-centre preset when the scenario names none', () => {
    const resolved = resolveSelectors(undefined);
    expect(resolved).toEqual({ ok: true, selectors: SELECTOR_PRESETS[DEFAULT_PRESET] });
    if (!resolved.ok) throw new Error('unreachable');
    expect(resolved.selectors).toMatchObject({
      input: '#input',
      send: '#send',
      messages: '#messages',
      agentMessage: '.msg.agent',
      customerMessage: '.msg.customer',
      systemMessage: '.msg.system',
      text: '.text',
      end: '#end',
      ready: '#status[data-state="chatting"]',
    });
  });

  it('looks a preset up by name', () => {
    expect(resolveSelectors('simulated-centre')).toEqual({ ok: true, selectors: SELECTOR_PRESETS['simulated-centre'] });
  });

  it('rejects an unknown preset name with the list of presets in the hint', () => {
    const resolved = resolveSelectors('acme-widget');
    expect(resolved.ok).toBe(false);
    if (resolved.ok) throw new Error('unreachable');
    expect(resolved.error.code).toBe('E_SELECTORS_UNKNOWN');
    expect(resolved.error.message).toContain('acme-widget');
    expect(resolved.error.hint).toContain('simulated-centre');
  });

  it('uses a selectors object as written, with ready defaulting to the input', () => {
    const custom = { input: '#box', messages: '#log', agentMessage: '.bot' };
    const resolved = resolveSelectors(custom);
    expect(resolved).toEqual({ ok: true, selectors: { ...custom, ready: '#box' } });
    if (!resolved.ok) throw new Error('unreachable');
    expect(readySelector(resolved.selectors)).toBe('#box');
    expect(readySelector({ ...custom, ready: '.online' })).toBe('.online');
  });

  it('keeps the preset usable as a scenario selectors object (same field names as the schema)', () => {
    const { systemMessage, status, statusAttribute, states, systemPatterns, ...schemaFields } = SELECTOR_PRESETS[DEFAULT_PRESET]!;
    expect(Selectors.safeParse(schemaFields).success).toBe(true);
    expect([systemMessage, status, statusAttribute]).toEqual(['.msg.system', '#status', 'data-state']);
    expect(states?.queued).toContain('queued');
    expect(systemPatterns?.ended).toBeTruthy();
  });
});
