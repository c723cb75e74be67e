/**
 * The ready wait in a widget's frame by the page clock (ReadyWaitOptions.leanWidgetReady): the
 * frame's clock is asked whether the ready selector matches (inside open shadow roots too), and
 * only that frame's clock keeps checking for it — the shop page around it never polls — so a
 * ready element that shows by a change the observer does not watch is still found long before
 * the deadline. A selector that never matches still ends in E_SELECTOR_TIMEOUT.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FrameFilter, installPageClock, pageClockConfig, type PageRecord } from '../../../../harness/channels/webchat/page-clock.js';
import { waitUntilReady } from '../../../../harness/channels/webchat/page-steps.js';
import { SELECTOR_PRESETS, type ChatSelectors } from '../../../../harness/channels/webchat/presets.js';
import { ChatRecorder } from '../../../../harness/channels/webchat/recorder.js';
import { useTestBrowser } from './test-browser.js';

const chrome = useTestBrowser();

/** Counts the intervals each document's scripts start (installed before the clock, so it sees the clock's). */
const COUNT_INTERVALS = `window.__intervals = 0; var __setInterval = window.setInterval;
  window.setInterval = function () { window.__intervals++; return __setInterval.apply(window, arguments); };`;

/** The chat's document: a composer inside an open shadow root, live (ready) at once or only when told. */
const CHAT_FRAME = (live: boolean) => `<div id="messages"></div><chat-composer></chat-composer><script>
  var root = document.querySelector('chat-composer').attachShadow({ mode: 'open' });
  root.innerHTML = '<div class="composer" contenteditable="true"${live ? ' data-live' : ''}></div>';
  window.goLive = function () { root.querySelector('.composer').setAttribute('data-live', ''); };
  window.loaded = true;
</script>`;

const SELECTORS: ChatSelectors = { ...SELECTOR_PRESETS['simulated-centre']!, input: '.composer', ready: '.composer[data-live]' };

async function widget(live: boolean): Promise<{ page: Page; frame: Frame; recorder: ChatRecorder; records: PageRecord[]; clock: ReturnType<typeof pageClockConfig> }> {
  const context = await chrome.newContext();
  await context.addInitScript({ content: COUNT_INTERVALS });
  const clock = pageClockConfig(SELECTORS);
  const recorder = new ChatRecorder(Date.now(), SELECTORS);
  const records: PageRecord[] = [];
  const filter = new FrameFilter((record) => {
    records.push(record);
    recorder.handle(record);
  });
  await installPageClock(context, clock, filter.accept);
  const page = await context.newPage();
  await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent('<!doctype html><meta charset="utf-8"><body><p>shop</p></body>')}`);
  await page.evaluate((doc) => {
    const iframe = document.createElement('iframe');
    iframe.srcdoc = doc;
    document.body.append(iframe);
  }, CHAT_FRAME(live));
  const frame = page.frames().find((f) => f !== page.mainFrame()) ?? (await page.waitForEvent('frameattached'));
  await frame.waitForFunction(() => (window as unknown as { loaded?: boolean }).loaded === true);
  filter.choose(frame);
  return { page, frame, recorder, records, clock };
}

const intervals = (frame: Frame) => frame.evaluate('window.__intervals') as Promise<number>;
const never = new AbortController().signal;

describe('ready wait in a widget frame by the page clock', () => {
  it('is over at once when the ready element is there, and nothing keeps polling', async () => {
    const { page, frame, recorder, clock } = await widget(true);
    const options = { readyTimeoutMs: 60_000, queueTimeoutMs: 60_000, leanWidgetReady: true, clock };
    expect(await waitUntilReady(frame, SELECTORS, recorder, options, never)).toBeNull();
    expect(await intervals(frame)).toBe(0);
    expect(await intervals(page.mainFrame())).toBe(0);
  });

  it('finds a ready element that shows by an attribute the observer does not watch, polling in the chat frame only', async () => {
    const { page, frame, recorder, records, clock } = await widget(false);
    // A deadline far beyond the test's own timeout: only the frame's clock can end this wait in time.
    const options = { readyTimeoutMs: 600_000, queueTimeoutMs: 600_000, leanWidgetReady: true, clock };
    const waiting = waitUntilReady(frame, SELECTORS, recorder, options, never);
    await frame.waitForFunction(() => (window as unknown as { __intervals: number }).__intervals === 1);
    await frame.evaluate('window.goLive()');
    expect(await waiting).toBeNull();
    expect(records.filter((r) => r.kind === 'ready')).toHaveLength(1);
    expect(await intervals(page.mainFrame())).toBe(0);
  });

  it('still names the selector when it never matches', async () => {
    const { frame, recorder, clock } = await widget(false);
    const options = { readyTimeoutMs: 300, queueTimeoutMs: 300, leanWidgetReady: true, clock };
    const error = await waitUntilReady(frame, SELECTORS, recorder, options, never);
    expect(error?.code).toBe('E_SELECTOR_TIMEOUT');
    expect(error?.message).toContain('.composer[data-live]');
  });
});
