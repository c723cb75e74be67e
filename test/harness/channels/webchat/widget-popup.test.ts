/**
 * A launcher that opens the chat in a window of its own (`open: [{ click, popup: true }]`), as
 * 网易七鱼, Udesk and 53KF do on desktop: the chat in the new window is captured and timed like a
 * chat on the page, failures inside it name the window and keep its snapshot, and a "popup" click
 * that opens no window says so.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../../harness/channels/channel.js';
import { createWebchatChannel } from '../../../../harness/channels/webchat/channel.js';
import { parseScenario } from '../../../../harness/scenario/loader.js';
import { WIDGET_SELECTORS, startWidgetFixture, type WidgetFixture } from '../../../fixtures/webchat/widget-server.js';
import { testConfig, testContext, testScenario } from './config.js';

let fixture: WidgetFixture;
let channel: Channel;
const contactsDir = mkdtempSync(path.join(tmpdir(), 'widget-popup-'));

const POPUP_TARGET = {
  chatUrl: '{{centre}}/host',
  widget: { open: [{ click: '#cookie-accept', optional: true }, { click: '#chat-window-launcher', popup: true }] },
  selectors: WIDGET_SELECTORS,
};

beforeAll(async () => {
  fixture = await startWidgetFixture();
  // Generous: opening a window on a loaded machine takes seconds; the no-window test waits this long once.
  channel = await createWebchatChannel(testConfig(fixture.url), { quietMs: 300, readyTimeoutMs: 10_000, actionTimeoutMs: 10_000 });
});

afterAll(async () => {
  await channel?.close();
  await fixture?.close();
});

describe('a chat in a window the launcher opens', () => {
  it('captures every bubble of the new window once, in order, in the contact’s time base', async () => {
    const scenario = testScenario({
      target: POPUP_TARGET,
      steps: [
        { wait: { pattern: '智能助手', speaker: 'bot' } },
        { say: '我的快递丢了' },
        { wait: { pattern: '转人工', speaker: 'bot' } },
        { handoff: { say: '转人工', timeoutMs: 10_000 } },
        { wait: { pattern: '工号', speaker: 'human' } },
        { end: true },
      ],
    });
    const ctx = testContext(scenario, { contactsDir });
    const result = await channel.place(ctx);
    expect(result.error).toBeUndefined();
    expect(result.outcome).toBe('completed');
    const truth = fixture.truth(ctx.contactId);
    expect(truth.length).toBeGreaterThanOrEqual(5);
    expect(result.turns.map((t) => [t.speaker, t.text])).toEqual(truth.map((t) => [t.speaker, t.text]));
    // The window has its own time origin: times still land in the contact's (generous for a loaded machine).
    result.turns.forEach((turn, i) => expect(Math.abs(turn.startMs - (truth[i]!.at - result.startedAt))).toBeLessThanOrEqual(300));
    const popup = result.events.find((e) => e.type === 'widget-popup');
    expect(popup?.detail).toMatchObject({ selector: '#chat-window-launcher' });
    expect(String(popup?.detail?.url)).toContain(`${fixture.widgetOrigin}/widget`);
  });

  it('a window that closes itself ends the chat: an optional wait is skipped, a required one fails as closed by the centre', async () => {
    const target = { ...POPUP_TARGET, chatUrl: '{{centre}}/host?closeOnBye=1' };
    const steps = (optional: boolean) => [
      { wait: { pattern: '智能助手', speaker: 'bot' as const } },
      { say: '好的，再见' },
      { wait: { pattern: '满意度', timeoutMs: 8000, optional } },
      { end: true as const },
    ];
    const ok = await channel.place(testContext(testScenario({ target, steps: steps(true) }), { contactsDir }));
    expect(ok.error).toBeUndefined();
    expect(ok.outcome).toBe('completed');
    expect(ok.events.find((e) => e.type === 'chat-closed')?.detail).toEqual({ source: 'chat-window-closed' });
    expect(ok.turns.map((t) => t.speaker)).toEqual(['bot', 'customer']);

    const required = await channel.place(testContext(testScenario({ target, steps: steps(false) }), { contactsDir }));
    expect(required.outcome).toBe('failed');
    expect(required.error?.code).toBe('E_CLOSED_BY_CENTRE');
    expect(required.failedBy).toBeUndefined();
  });

  it('names the chat window and keeps its snapshot when a selector fails inside it', async () => {
    const scenario = testScenario({
      target: { ...POPUP_TARGET, selectors: { ...WIDGET_SELECTORS, send: 'button.no-such-send' } },
      steps: [{ wait: { pattern: '智能助手', speaker: 'bot' } }, { say: '你好' }],
    });
    const ctx = testContext(scenario, { contactsDir });
    const result = await channel.place(ctx);
    expect(result.error?.code).toBe('E_SELECTOR_TIMEOUT');
    expect(result.error?.message).toContain('in the chat window the launcher opened');
    expect(result.turns.map((t) => t.speaker)).toEqual(['bot']);
    // The snapshot is of the chat window, not of the shop page behind it.
    const html = readFileSync(path.join(contactsDir, `${ctx.contactId}.failure.html`), 'utf8');
    expect(html).toContain('message-list');
    expect(html).not.toContain('chat-window-launcher');
  });

  it('says so when the "popup" click opens no window (the chat opened in an iframe instead)', async () => {
    const scenario = testScenario({
      target: { ...POPUP_TARGET, widget: { open: [{ click: '#chat-launcher', popup: true }] } },
      steps: [{ wait: '智能助手' }],
    });
    const result = await channel.place(testContext(scenario, { contactsDir }));
    expect(result.outcome).toBe('failed');
    expect(result.failedBy).toBe('harness');
    expect(result.error?.code).toBe('E_WIDGET_OPEN');
    expect(result.error?.message).toContain('opened no new window');
    expect(result.error?.hint).toContain('target.widget.frame');
  });
});

describe('the scenario schema', () => {
  it('refuses a popup click that is also optional, naming the file, line and field', () => {
    const yaml = [
      'id: p',
      'title: p',
      'channel: webchat',
      'persona: { name: 王女士 }',
      'target:',
      '  widget:',
      '    open:',
      '      - { click: "#launcher", popup: true, optional: true }',
      'steps: [ { end: true } ]',
    ].join('\n');
    const { scenario, problems } = parseScenario(yaml, 'shop.yaml');
    expect(scenario).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'shop.yaml', line: 8 });
    expect(JSON.stringify(problems[0])).toContain('cannot be optional');
    expect(problems[0]).toMatchObject({ field: 'target.widget.open.0.popup' });
  });
});
