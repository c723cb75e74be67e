/**
 * Every scenario of the widget zoo (mocks/widget-zoo) through the web-chat channel, checked against
 * the zoo's ground truth (what each page says it inserted, and when, in its own document's clock):
 * every message captured once, in order, with the right speaker and text, each within
 * MAX_TIMING_ERROR_MS of the page's own time; the closed-shadow page fails with a clear error and
 * leaves the failure screenshot and HTML next to the contact. Pages run one after another, so the
 * test holds on a loaded two-core machine; the bound is generous for that reason (typical errors
 * are a few ms, printed per page).
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../harness/channels/channel.js';
import { createWebchatChannel } from '../../harness/channels/webchat/channel.js';
import { loadScenarioFile, scenarioVars } from '../../harness/scenario/loader.js';
import type { LoadedScenario } from '../../harness/scenario/schema.js';
import { startWidgetZoo, type WidgetZoo } from '../../mocks/widget-zoo/server.js';
import { testConfig, testContext } from '../harness/channels/webchat/config.js';

const SCENARIOS = path.resolve('mocks/widget-zoo/scenarios');
const MAX_TIMING_ERROR_MS = 300;
const pages = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/u, ''))
  .sort();

let zoo: WidgetZoo;
let channel: Channel;
const contactsDir = mkdtempSync(path.join(tmpdir(), 'widget-zoo-contacts-'));

/** A contact as the runner builds it: every persona field and variable available to `{{…}}`. */
function contactFor(scenario: LoadedScenario) {
  const ctx = testContext(scenario, { contactsDir });
  return { ...ctx, vars: { ...scenarioVars(scenario), ...ctx.vars, centre: zoo.url, runId: ctx.runId } };
}

beforeAll(async () => {
  zoo = await startWidgetZoo();
  channel = await createWebchatChannel(testConfig(zoo.url), { quietMs: 1_000, readyTimeoutMs: 10_000 });
});

afterAll(async () => {
  await channel?.close();
  await zoo?.close();
});

describe('widget zoo through the web-chat channel', () => {
  it('has scenarios to run', () => {
    expect(pages).toContain('vendor-launcher');
    expect(pages).toContain('closed-shadow');
  });

  for (const pageId of pages.filter((p) => p !== 'closed-shadow')) {
    it(`${pageId}: every message once, in order, right speaker and text, timed within ${MAX_TIMING_ERROR_MS} ms`, async () => {
      const scenario = await loadScenarioFile(path.join(SCENARIOS, `${pageId}.yaml`));
      const ctx = contactFor(scenario);
      const result = await channel.place(ctx);
      expect(result.error).toBeUndefined();
      expect(result.outcome).toBe('completed');

      const truth = zoo.truth(ctx.contactId);
      expect(truth.length).toBeGreaterThan(0);
      expect(result.turns.map((t) => [t.speaker, t.text])).toEqual(truth.map((t) => [t.speaker, t.text]));
      const errors = result.turns.map((t, i) => Math.abs(t.startMs - (truth[i]!.at - result.startedAt)));
      const max = Math.max(...errors);
      console.log(`widget-zoo ${pageId}: ${truth.length} messages, timing error max ${max.toFixed(0)} ms, mean ${(errors.reduce((a, b) => a + b, 0) / errors.length).toFixed(1)} ms`);
      expect(max).toBeLessThanOrEqual(MAX_TIMING_ERROR_MS);

      // A launcher that opens the chat in a window of its own (popup-window): followed there, once.
      const popupClick = scenario.target?.widget?.open?.find((o) => typeof o !== 'string' && o.popup);
      if (popupClick && typeof popupClick !== 'string') {
        const popups = result.events.filter((e) => e.type === 'widget-popup');
        expect(popups).toHaveLength(1);
        const detail = popups[0]!.detail as { selector?: string; url?: string };
        expect(detail.selector).toBe(popupClick.click);
        expect(new URL(detail.url!).origin).toBe(zoo.widgetOrigin);
        expect(new URL(detail.url!).searchParams.get('ref')).toBe(ctx.contactId);
      }

      if (truth.some((t) => t.speaker === 'bot') && truth.some((t) => t.speaker === 'agent')) {
        const joined = result.events.filter((e) => e.type === 'agent-joined');
        expect(joined).toHaveLength(1);
        expect(joined[0]!.atMs).toBe(result.turns.find((t) => t.speaker === 'agent')!.startMs);
        expect(result.events.some((e) => e.type === 'handoff-requested')).toBe(true);
      }
    }, 180_000);
  }

  it('closed-shadow: fails clearly, naming the host element and the frame, and keeps the artifacts', async () => {
    const scenario = await loadScenarioFile(path.join(SCENARIOS, 'closed-shadow.yaml'));
    const ctx = contactFor(scenario);
    const result = await channel.place(ctx);
    expect(result.outcome).toBe('failed');
    expect(result.error?.code).toBe('E_CLOSED_SHADOW_ROOT');
    expect(result.error?.message).toContain('embedded-messaging-app');
    expect(result.error?.message).toContain('iframe#embeddedMessagingFrame');
    expect(existsSync(path.join(contactsDir, `${ctx.contactId}.failure.png`))).toBe(true);
    expect(existsSync(path.join(contactsDir, `${ctx.contactId}.failure.html`))).toBe(true);
  }, 180_000);
});
