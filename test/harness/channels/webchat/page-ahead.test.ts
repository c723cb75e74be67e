/**
 * Pages loaded ahead (WebchatOptions.loadPageAhead) in a real Chromium against the widget zoo's
 * vendor-launcher page: the first wave's contacts find their own shop page already loaded, say so
 * in their `page-loaded` event (when it loaded, how long before the contact started), and capture
 * the same conversation as the page reports (every message once, in order, timed from the page);
 * a contact beyond the demand loads its page itself. Which scenarios load ahead: pagesAhead.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, ChannelDemand } from '../../../../harness/channels/channel.js';
import { createWebchatChannel, pagesAhead } from '../../../../harness/channels/webchat/channel.js';
import type { Interaction } from '../../../../harness/interaction/types.js';
import { loadScenarioFile, scenarioVars } from '../../../../harness/scenario/loader.js';
import type { LoadedScenario } from '../../../../harness/scenario/schema.js';
import { startWidgetZoo, type WidgetZoo } from '../../../../mocks/widget-zoo/server.js';
import { testConfig, testContext } from './config.js';

const MAX_TIMING_ERROR_MS = 300;
let zoo: WidgetZoo;
let channel: Channel;
let scenario: LoadedScenario;
let results: Interaction[];
let prepareEndedAt: number;

const pageLoaded = (i: Interaction) => i.events.find((e) => e.type === 'page-loaded')!;

beforeAll(async () => {
  zoo = await startWidgetZoo();
  scenario = await loadScenarioFile(path.resolve('mocks/widget-zoo/scenarios/vendor-launcher.yaml'));
  channel = await createWebchatChannel(testConfig(zoo.url), { quietMs: 500, readyTimeoutMs: 10_000, loadPageAhead: true });
  const contacts = [0, 1, 2].map(() => {
    const ctx = testContext(scenario);
    return { ...ctx, vars: { ...scenarioVars(scenario), ...ctx.vars, centre: zoo.url, runId: ctx.runId } };
  });
  const firstContacts = contacts.slice(0, 2).map((c) => ({ contactId: c.contactId, vars: c.vars }));
  await channel.prepare!([{ scenario, total: 2, first: 2, firstContacts }]);
  prepareEndedAt = Date.now();
  results = await Promise.all(contacts.map((c) => channel.place({ ...c, dueAt: Date.now() })));
}, 180_000);

afterAll(async () => {
  await channel?.close();
  await zoo?.close();
});

describe('web chat with the shop page loaded ahead', () => {
  it('the first wave found its page loaded before it started, and says when; the third loaded its own', () => {
    const [a, b, c] = results.map(pageLoaded);
    for (const [event, result] of [[a, results[0]], [b, results[1]]] as const) {
      expect(event.atMs).toBe(0);
      expect(event.detail).toMatchObject({ preparedContext: true });
      const loadedAt = event.detail!.loadedAt as number;
      expect(loadedAt).toBeLessThanOrEqual(prepareEndedAt);
      expect(event.detail!.loadedBeforeStartMs).toBe(Math.max(0, result!.startedAt - loadedAt));
    }
    expect(c.detail).not.toHaveProperty('loadedAt');
    expect(c.atMs).toBeGreaterThan(0);
  });

  it('every chat captured what its page reported: each message once, in order, timed from the page', () => {
    for (const r of results) {
      expect(r.error).toBeUndefined();
      expect(r.outcome).toBe('completed');
      const truth = zoo.truth(r.contactId);
      expect(truth.length).toBeGreaterThan(0);
      expect(r.turns.map((t) => [t.speaker, t.text])).toEqual(truth.map((t) => [t.speaker, t.text]));
      for (const [i, t] of r.turns.entries()) expect(Math.abs(t.startMs - (truth[i]!.at - r.startedAt))).toBeLessThanOrEqual(MAX_TIMING_ERROR_MS);
    }
  });
});

describe('with loadPageAhead off', () => {
  it('prepares a blank context and the contact loads its page itself', async () => {
    const off = await createWebchatChannel(testConfig(zoo.url), { quietMs: 500, readyTimeoutMs: 10_000, loadPageAhead: false });
    try {
      const ctx = testContext(scenario);
      const vars = { ...scenarioVars(scenario), ...ctx.vars, centre: zoo.url, runId: ctx.runId };
      await off.prepare!([{ scenario, total: 1, first: 1, firstContacts: [{ contactId: ctx.contactId, vars }] }]);
      const result = await off.place({ ...ctx, vars, dueAt: Date.now() });
      expect(result.outcome).toBe('completed');
      expect(pageLoaded(result).detail).toMatchObject({ preparedContext: true });
      expect(pageLoaded(result).detail).not.toHaveProperty('loadedAt');
    } finally {
      await off.close();
    }
  }, 120_000);
});

describe('pagesAhead', () => {
  const demand = (s: LoadedScenario): ChannelDemand => ({ scenario: s, total: 1, first: 1, firstContacts: [{ contactId: 'c1', vars: { contactId: 'c1' } }] });

  it('lists the first wave\'s pages, with the ref the contact will load, when the chat opens with a click', () => {
    expect(pagesAhead(demand(scenario), 'http://127.0.0.1:9')).toEqual([{ contactId: 'c1', url: 'http://127.0.0.1:9/zoo/vendor-launcher?ref=c1' }]);
  });

  it('lists none where loading the page is opening the chat (no widget.open), or when the contacts are not known', () => {
    const onPage = { ...scenario, target: { ...scenario.target, widget: { frame: 'iframe#chat' } } } as LoadedScenario;
    expect(pagesAhead(demand(onPage), 'http://127.0.0.1:9')).toEqual([]);
    expect(pagesAhead({ scenario, total: 1, first: 1 }, 'http://127.0.0.1:9')).toEqual([]);
  });
});
