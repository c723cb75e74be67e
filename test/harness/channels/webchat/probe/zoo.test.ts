/**
 * probe against every page of the widget zoo (mocks/widget-zoo), compared element by element with
 * the page's hand-written scenario: found / partly / missed per page. The zoo was written by
 * someone else from vendor documentation; probe's heuristics are general and never name the
 * zoo's classes, so this is a test set, not a training set. Each page gets the same two lines
 * (a greeting and 转人工, which is how a user would reveal a bot's hand-off).
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeChat } from '../../../../../harness/channels/webchat/probe/probe.js';
import { verdictOf, type ProbeFindings } from '../../../../../harness/channels/webchat/probe/types.js';
import { startWidgetZoo, type WidgetZoo } from '../../../../../mocks/widget-zoo/server.js';
import { BROWSER_CONFIG, launchTestBrowser } from './browser.js';
import { compareWithScenario, readHandWritten, type Comparison } from './compare.js';

const SCENARIOS = path.resolve(import.meta.dirname, '../../../../../mocks/widget-zoo/scenarios');

let zoo: WidgetZoo;
let browser: Browser;
const table: string[] = [];

beforeAll(async () => {
  zoo = await startWidgetZoo();
  browser = await launchTestBrowser();
});
afterAll(async () => {
  if (table.length) console.log(`probe vs widget zoo\n${table.join('\n')}`);
  await browser?.close();
  await zoo?.close();
});

async function probePage(pageId: string): Promise<{ findings: ProbeFindings; comparison: Comparison }> {
  const hand = await readHandWritten(path.join(SCENARIOS, `${pageId}.yaml`));
  let comparison: Comparison | undefined;
  const findings = await probeChat({
    url: `${zoo.url}/zoo/${pageId}`, send: ['你好', '转人工'], browser: BROWSER_CONFIG, launched: browser, timeoutMs: 15_000, quietMs: 2000,
    inspect: async (view) => { comparison = await compareWithScenario(view, hand); },
  });
  // A typing indicator is gone when we compare; its selector was verified by probe while shown.
  const typing = hand.selectors.typing ? (findings.typing ? (findings.typing.selector === hand.selectors.typing ? 'same-string' : 'other') : 'missing') : findings.typing ? 'extra' : 'n/a';
  const parts = `${Object.entries(comparison!.parts).map(([k, v]) => `${k}=${v}`).join(' ')} typing=${typing}`;
  table.push(`  ${pageId.padEnd(16)} ${comparison!.verdict.padEnd(7)} ${parts}`);
  return { findings, comparison: comparison! };
}

const OPEN_PAGES = ['plain', 'iframe', 'vendor-launcher', 'nested-iframes', 'contenteditable', 'prechat-form', 'bot-handoff', 'virtualised', 'streamed', 'split-spans', 'popup-window'];

describe('probe vs the widget zoo', () => {
  it.each(OPEN_PAGES)('%s: the same elements as the hand-written scenario', async (pageId) => {
    const { findings, comparison } = await probePage(pageId);
    expect(comparison.verdict, JSON.stringify(comparison.parts)).toBe('found');
    expect(verdictOf(findings)).toBe('usable');
    expect(findings.sent.every((s) => s.delivered)).toBe(true);
    const hand = await readHandWritten(path.join(SCENARIOS, `${pageId}.yaml`));
    expect(!!findings.typing, 'a typing indicator proposed exactly where the page has one').toBe(!!hand.selectors.typing);
  });

  it('closed-shadow: finds the launcher, then reports the closed shadow root instead of guessing', async () => {
    const { findings, comparison } = await probePage('closed-shadow');
    expect(comparison.parts.launcher).toBe('same');
    expect(findings.input).toBeUndefined();
    expect(findings.closedShadowHosts.length).toBeGreaterThan(0);
    expect(findings.todo[0]).toContain('closed shadow root');
    expect(verdictOf(findings)).toBe('partial');
  });
});
