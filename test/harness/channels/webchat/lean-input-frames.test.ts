/**
 * The lean input path in a widget's frame (PortOptions.leanInput with `inFrames`): the composer is
 * found as the one match in the frame's document and its open shadow roots, however deeply nested
 * (as in the zoo's vendor-launcher page), filled and sent with Enter by trusted events; anything
 * less plain (two matches, none, no `inFrames`) is left to Playwright (false, nothing typed).
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { leanFill, leanPress } from '../../../../harness/channels/webchat/lean-input.js';
import { useTestBrowser } from './test-browser.js';

const chrome = useTestBrowser();

/** An app element whose shadow root holds a composer element whose own shadow root holds the contenteditable. */
const NESTED = (composers: number) => `<div id="app"></div><script>
  window.log = [];
  var app = document.getElementById('app').attachShadow({ mode: 'open' });
  for (var i = 0; i < ${composers}; i++) {
    var holder = document.createElement('chat-composer');
    app.appendChild(holder);
    var root = holder.attachShadow({ mode: 'open' });
    root.innerHTML = '<div class="composer" contenteditable="true">旧的</div>';
    root.querySelector('.composer').addEventListener('keydown', function (e) {
      if (e.key === 'Enter') log.push('enter:' + e.isTrusted + ':' + e.target.innerText);
    });
  }
</script>`;

async function chatFrame(html: string): Promise<{ page: Page; frame: Frame }> {
  const page = await (await chrome.newContext()).newPage();
  await page.setContent('<p>shop</p>');
  await page.evaluate((doc) => {
    const iframe = document.createElement('iframe');
    iframe.srcdoc = doc;
    document.body.append(iframe);
  }, html);
  const frame = page.frames().find((f) => f !== page.mainFrame()) ?? (await page.waitForEvent('frameattached'));
  await frame.waitForFunction(() => Array.isArray((window as unknown as { log?: unknown }).log));
  return { page, frame };
}

const SELECTOR = '[contenteditable=true].composer';
const composerText = (frame: Frame) =>
  frame.evaluate(() => {
    const holder = document.getElementById('app')!.shadowRoot!.querySelector('chat-composer')!;
    return (holder.shadowRoot!.querySelector('.composer') as HTMLElement).innerText;
  });

describe('lean input in a widget frame', () => {
  it('fills a composer two shadow roots deep and sends it with a trusted Enter', async () => {
    const { frame } = await chatFrame(NESTED(1));
    expect(await leanFill(frame, SELECTOR, '我想退货', { inFrames: true })).toBe(true);
    expect(await composerText(frame)).toBe('我想退货'); // the old content was replaced
    expect(await leanPress(frame, SELECTOR, 'Enter', { inFrames: true })).toBe(true);
    expect(await frame.evaluate(() => (window as unknown as { log: string[] }).log)).toEqual(['enter:true:我想退货']);
  });

  it('leaves to Playwright a frame when not asked to, two matching composers, or none', async () => {
    const { frame } = await chatFrame(NESTED(1));
    expect(await leanFill(frame, SELECTOR, 'x')).toBe(false); // inFrames not set
    expect(await leanPress(frame, SELECTOR, 'Enter')).toBe(false);
    const two = await chatFrame(NESTED(2));
    expect(await leanFill(two.frame, SELECTOR, 'x', { inFrames: true })).toBe(false);
    expect(await leanPress(two.frame, SELECTOR, 'Enter', { inFrames: true })).toBe(false);
    expect(await leanFill(frame, '.missing', 'x', { inFrames: true })).toBe(false);
    expect(await leanPress(frame, '.missing', 'Enter', { inFrames: true })).toBe(false);
    expect(await composerText(frame)).toBe('旧的');
    expect(await frame.evaluate(() => (window as unknown as { log: string[] }).log)).toEqual([]);
  });
});
