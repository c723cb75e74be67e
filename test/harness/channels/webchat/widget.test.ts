/**
 * The channel on a vendor-style widget (test/fixtures/webchat/widget-server.ts): launcher and
 * optional cookie banner in the host page, a cross-origin iframe, an open shadow root with a
 * contenteditable composer, a bot before a human agent, a typing indicator, a pre-chat form; and
 * the failures a user meets: a closed shadow root, a wrong launcher selector — each with an error
 * naming the selector and frame, and the screenshot / HTML snapshot next to the contact.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../../harness/channels/channel.js';
import { createWebchatChannel } from '../../../../harness/channels/webchat/channel.js';
import { WIDGET_TARGET, WIDGET_TEXT, startWidgetFixture, type WidgetFixture } from '../../../fixtures/webchat/widget-server.js';
import { testConfig, testContext, testScenario } from './config.js';

let fixture: WidgetFixture;
let channel: Channel;
const contactsDir = mkdtempSync(path.join(tmpdir(), 'widget-contacts-'));

beforeAll(async () => {
  fixture = await startWidgetFixture();
  channel = await createWebchatChannel(testConfig(fixture.url), { quietMs: 300, readyTimeoutMs: 3000, actionTimeoutMs: 3000 });
});

afterAll(async () => {
  await channel?.close();
  await fixture?.close();
});

describe('a vendor widget: launcher, cross-origin iframe, open shadow root, bot then human', () => {
  it('captures every bubble once, in order, with bot / agent apart, and records the hand-off and typing', async () => {
    // A second, absent banner: optional clicks that do not show within 3 s are skipped.
    const open = [{ click: '#newsletter-close', optional: true }, ...WIDGET_TARGET.widget.open];
    const scenario = testScenario({
      target: { ...WIDGET_TARGET, widget: { ...WIDGET_TARGET.widget, open } },
      steps: [
        { wait: { pattern: '智能助手', speaker: 'bot' } },
        { say: '我的快递丢了' },
        { wait: { pattern: '转人工', speaker: 'bot' } },
        { handoff: { say: '转人工', timeoutMs: 10_000 } },
        { wait: { pattern: '工号', speaker: 'human' } },
        { say: '订单号是12345' },
        { wait: { pattern: '已为您记录', speaker: 'human' } },
        { end: true },
      ],
    });
    const ctx = testContext(scenario, { contactsDir });
    const result = await channel.place(ctx);
    expect(result.error).toBeUndefined();
    expect(result.outcome).toBe('completed');

    const truth = fixture.truth(ctx.contactId);
    expect(truth.map((t) => t.speaker)).toEqual(['bot', 'customer', 'bot', 'customer', 'system', 'agent', 'customer', 'agent']);
    expect(result.turns.map((t) => [t.speaker, t.text])).toEqual(truth.map((t) => [t.speaker, t.text]));
    // Same time base: the widget frame's clock against the contact's start (generous for a loaded machine).
    result.turns.forEach((turn, i) => expect(Math.abs(turn.startMs - (truth[i]!.at - result.startedAt))).toBeLessThanOrEqual(300));
    expect(result.turns.some((t) => t.text === WIDGET_TEXT.lookAlike)).toBe(false);

    const events = result.events.map((e) => e.type);
    expect(result.events.filter((e) => e.type.startsWith('widget-open')).map((e) => [e.type, e.detail?.selector])).toEqual([
      ['widget-open-skipped', '#newsletter-close'],
      ['widget-opened', '#cookie-accept'],
      ['widget-opened', '#chat-launcher'],
    ]);
    const requested = result.events.find((e) => e.type === 'handoff-requested');
    const joined = result.events.filter((e) => e.type === 'agent-joined');
    expect(requested?.atMs).toBe(result.turns[3]!.startMs);
    expect(joined).toHaveLength(1);
    expect(joined[0]!.atMs).toBe(result.turns[5]!.startMs);
    // Each human reply is preceded by the typing indicator.
    expect(events.filter((t) => t === 'typing-start').length).toBeGreaterThanOrEqual(2);
    expect(events.filter((t) => t === 'typing-end').length).toBe(events.filter((t) => t === 'typing-start').length);
  });

  it('fills and submits a pre-chat form inside the chat frame, with {{variables}}', async () => {
    const scenario = testScenario({
      target: {
        ...WIDGET_TARGET,
        chatUrl: '{{centre}}/host?prechat=1',
        widget: { ...WIDGET_TARGET.widget, prechat: { fields: { '#pc-name': '{{persona.name}}', '#pc-phone': '13800001111' }, submit: '#pc-start' } },
      },
      steps: [{ wait: { pattern: '智能助手', speaker: 'bot' } }],
    });
    const ctx = testContext(scenario);
    const result = await channel.place(ctx);
    expect(result.error).toBeUndefined();
    expect(result.events.map((e) => e.type)).toContain('prechat-submitted');
    expect(result.turns.map((t) => t.speaker)).toEqual(['bot']);
  });
});

describe('widget failures name the selector and frame, and leave a screenshot and HTML', () => {
  it('reports a closed shadow root naming its host, with the artifacts', async () => {
    const scenario = testScenario({ target: { ...WIDGET_TARGET, chatUrl: '{{centre}}/host?shadow=closed' }, steps: [{ wait: '智能助手' }] });
    const ctx = testContext(scenario, { contactsDir });
    const result = await channel.place(ctx);
    expect(result.outcome).toBe('failed');
    expect(result.error?.code).toBe('E_CLOSED_SHADOW_ROOT');
    expect(result.failedBy).toBe('harness');
    expect(result.error?.message).toContain('<chat-widget>');
    expect(result.error?.message).toContain('[contenteditable=true].composer');
    expect(result.error?.message).toContain('iframe#chat-frame');
    const png = path.join(contactsDir, `${ctx.contactId}.failure.png`);
    const html = path.join(contactsDir, `${ctx.contactId}.failure.html`);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(html, 'utf8')).toContain('E_CLOSED_SHADOW_ROOT');
    expect(result.events.find((e) => e.type === 'failure-artifacts')?.detail).toEqual({ screenshot: png, html });
  });

  it('reports a launcher that is not there as E_WIDGET_OPEN in the top page, keeping the snapshot of the page', async () => {
    const scenario = testScenario({
      target: { ...WIDGET_TARGET, widget: { open: ['#no-such-launcher'], frame: 'iframe#chat-frame' } },
      steps: [{ wait: '智能助手' }],
    });
    const ctx = testContext(scenario, { contactsDir });
    const result = await channel.place(ctx);
    expect(result.error?.code).toBe('E_WIDGET_OPEN');
    expect(result.failedBy).toBe('harness');
    expect(result.error?.message).toContain('"#no-such-launcher"');
    expect(result.error?.message).toContain('in the top page');
    expect(result.error?.hint).toContain('target.widget.open');
    const html = readFileSync(path.join(contactsDir, `${ctx.contactId}.failure.html`), 'utf8');
    expect(html).toContain('chat-launcher');
  });

  it('keeps the turns captured before a selector failed inside the frame', async () => {
    const scenario = testScenario({
      target: { ...WIDGET_TARGET, selectors: { ...WIDGET_TARGET.selectors, send: 'button.no-such-send' } },
      steps: [{ wait: { pattern: '智能助手', speaker: 'bot' } }, { say: '你好' }],
    });
    const ctx = testContext(scenario, { contactsDir });
    const result = await channel.place(ctx);
    expect(result.error?.code).toBe('E_SELECTOR_TIMEOUT');
    expect(result.error?.message).toContain('send selector "button.no-such-send"');
    expect(result.error?.message).toContain('in the chat frame iframe#chat-frame');
    expect(result.turns.map((t) => t.speaker)).toEqual(['bot']);
    expect(existsSync(path.join(contactsDir, `${ctx.contactId}.failure.png`))).toBe(true);
    // The chat frame's snapshot includes the open shadow root, where the widget's DOM is.
    const html = readFileSync(path.join(contactsDir, `${ctx.contactId}.failure.html`), 'utf8');
    expect(html).toContain('shadowrootmode=&quot;open&quot;');
    expect(html).toContain('message-list');
    expect(html).toContain('chat frame: iframe#chat-frame');
  });
});
