/**
 * probe against its own vendor-shaped widgets (test/fixtures/probe), compared element by element
 * with a hand-written scenario for each. These pages are not the widget zoo's, so the heuristics
 * are checked on markup written by someone thinking of other vendors (Tawk, Crisp, 美洽).
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callIn } from '../../../../../harness/channels/webchat/probe/frames.js';
import { probeChat, type ProbeView } from '../../../../../harness/channels/webchat/probe/probe.js';
import { buildSkeleton } from '../../../../../harness/channels/webchat/probe/skeleton.js';
import { verdictOf, type ProbeFindings } from '../../../../../harness/channels/webchat/probe/types.js';
import { startWidgetFixtures, type WidgetFixtures } from '../../../../fixtures/probe/widget-server.js';
import { BROWSER_CONFIG, launchTestBrowser } from './browser.js';
import { compareWithScenario, readHandWritten, type Comparison } from './compare.js';

const SCENARIOS = path.resolve(import.meta.dirname, '../../../../fixtures/probe/scenarios');

let fixtures: WidgetFixtures;
let browser: Browser;

beforeAll(async () => {
  fixtures = await startWidgetFixtures();
  browser = await launchTestBrowser();
});
afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});

async function probeAndCompare(page: string, send: string[]): Promise<{ findings: ProbeFindings; comparison: Comparison }> {
  const hand = await readHandWritten(path.join(SCENARIOS, `${page}.yaml`));
  let comparison: Comparison | undefined;
  const findings = await probeChat({
    url: `${fixtures.url}/${page}`, send, browser: BROWSER_CONFIG, launched: browser, timeoutMs: 15_000, quietMs: 1500,
    inspect: async (view: ProbeView) => { comparison = await compareWithScenario(view, hand); },
  });
  return { findings, comparison: comparison! };
}

describe('probe on vendor-shaped fixtures', () => {
  it('Tawk-like: launcher, cross-origin iframe, Enter to send, text inside bubbles with name and time, typing', async () => {
    const { findings, comparison } = await probeAndCompare('tawk-like', ['你好']);
    expect(comparison.parts).toMatchObject({ launcher: 'same', frame: 'same', input: 'same', messages: 'same', agentMessage: 'same', customerMessage: 'same' });
    expect(comparison.verdict).toBe('found');
    expect(findings.sendByEnter).toBe(true);
    expect(findings.text?.selector).toBe('.tawk-chat-bubble');
    expect(findings.typing?.selector).toContain('typing');
    expect(findings.sent).toEqual([{ text: '你好', delivered: true, replies: expect.any(Number) }]);
    expect(verdictOf(findings)).toBe('usable');
  });

  it('Crisp-like: consent banner first, hashed class names avoided in favour of ARIA and data-* attributes', async () => {
    const { findings, comparison } = await probeAndCompare('crisp-like', ['你好']);
    expect(comparison.verdict).toBe('found');
    expect(findings.consent?.selector).toBeDefined();
    const proposed = [findings.launcher, findings.input, findings.send, findings.messages, findings.roles.agentMessage, findings.roles.customerMessage].map((g) => g?.selector ?? '');
    for (const sel of proposed) expect(sel).not.toMatch(/\.cc-[a-z0-9]{5}\b/);
    expect(findings.roles.agentMessage?.selector).toBe('[data-from="operator"]');
  });

  it('Zendesk-like: the launcher drawn inside its own small iframe is clicked through the iframe element', async () => {
    const { findings, comparison } = await probeAndCompare('zendesk-like', ['你好']);
    expect(comparison.parts).toMatchObject({ launcher: 'same', frame: 'same', input: 'same', send: 'same', messages: 'same', agentMessage: 'same', customerMessage: 'same' });
    expect(comparison.verdict).toBe('found');
    expect(findings.launcher?.why).toContain('iframe');
  });

  it('美洽-like with --send: fills the pre-chat form, pierces the shadow root, tells robot, system and human agent apart', async () => {
    const { findings, comparison } = await probeAndCompare('meiqia-like', ['你好', '转人工']);
    expect(findings.prechat?.submitted).toBe(true);
    expect(findings.prechat?.fields.map((f) => f.kind)).toEqual(['name', 'phone', 'question']);
    expect(comparison.parts).toMatchObject({
      launcher: 'same', frame: 'same', input: 'same', send: 'same', messages: 'same',
      agentMessage: 'same', botMessage: 'same', customerMessage: 'same', systemMessage: 'same',
    });
    expect(comparison.verdict).toBe('found');
    expect(verdictOf(findings)).toBe('usable');
  });

  it('美洽-like without --send: stops at the pre-chat form and sends nothing', async () => {
    let formStillThere = false;
    const findings = await probeChat({
      url: `${fixtures.url}/meiqia-like`, browser: BROWSER_CONFIG, launched: browser, timeoutMs: 10_000,
      inspect: async ({ page }) => {
        const frame = page.frames().find((f) => f.url().includes('/meiqia-chat'));
        formStillThere = !!frame && (await callIn<unknown[]>(frame, 'deepAll', 'form.mq-pre-chat'))?.length === 1;
      },
    });
    expect(formStillThere).toBe(true);
    expect(findings.prechat?.submitted).toBe(false);
    expect(findings.sent).toEqual([]);
    expect(verdictOf(findings)).toBe('partial');
    expect(findings.todo.join('\n')).toContain('--send');
  });

  it('七鱼-like: a launcher that opens the chat in a new window is followed there, and the skeleton says popup', async () => {
    let where = '';
    const findings = await probeChat({
      url: `${fixtures.url}/qiyu-popup`, send: ['你好'], browser: BROWSER_CONFIG, launched: browser, timeoutMs: 15_000, quietMs: 1500,
      inspect: async ({ page }) => { where = page.url(); },
    });
    expect(findings.launcher?.selector).toBeDefined();
    expect(findings.launcherOpensWindow).toBe(true);
    expect(findings.frames).toEqual([]);
    expect(findings.input?.selector).toMatch(/^textarea/);
    expect(findings.sent).toEqual([{ text: '你好', delivered: true, replies: expect.any(Number) }]);
    expect(verdictOf(findings)).toBe('usable');
    // The screenshot and the inspection are of the chat window, not of the shop page.
    expect(where).toContain(`${fixtures.widgetOrigin}/tawk-chat`);
    const yaml = buildSkeleton(findings, { lines: ['你好'], writtenAt: '2026-12-05T00:00:00Z' });
    expect(yaml).toContain(`- { click: ${JSON.stringify(findings.launcher!.selector)}, popup: true }`);
  });

  it('a shop page without a chat (links, a search box, a newsletter form): no launcher, input or pre-chat form; partial, says what to do', async () => {
    const findings = await probeChat({ url: `${fixtures.url}/no-chat`, browser: BROWSER_CONFIG, launched: browser, timeoutMs: 5000 });
    expect(findings.launcher).toBeUndefined();
    expect(findings.input).toBeUndefined();
    expect(findings.prechat).toBeUndefined();
    expect(verdictOf(findings)).toBe('partial');
    expect(findings.todo[0]).toMatch(/no chat/);
  });
});
