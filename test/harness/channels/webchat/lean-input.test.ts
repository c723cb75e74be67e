/**
 * The lean input path types and clicks with trusted input events when the element is plainly
 * usable in the page's own frame, and says "use Playwright" (false) for everything it does not
 * handle: iframes, shadow DOM, disabled, hidden or covered elements, inputs that are not text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { leanBlur, leanClick, leanFill } from '../../../../harness/channels/webchat/lean-input.js';
import { useTestBrowser } from './test-browser.js';

const chrome = useTestBrowser();

/** A textarea and a send button that record what they saw, and whether the events were trusted. */
const CHAT = `<textarea id="ta">old text</textarea><div id="ce" contenteditable="true">old</div>
<button id="go">发送</button><button id="off" disabled>x</button><button id="hidden" style="visibility:hidden">h</button>
<button id="covered">c</button><div style="position:fixed;left:0;top:0;width:100vw;height:100vh;pointer-events:none"></div>
<input id="date" type="date"><div id="host"></div>
<script>
  window.log = [];
  document.getElementById('go').addEventListener('click', (e) => log.push('click:' + e.isTrusted + ':' + document.getElementById('ta').value));
  document.getElementById('ta').addEventListener('input', (e) => log.push('input:' + e.isTrusted));
  document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<button id="inner">in</button>';
  const cover = document.createElement('div');
  const c = document.getElementById('covered');
  // A banner over the "covered" button only.
  requestAnimationFrame(() => {
    const r = c.getBoundingClientRect();
    cover.style.cssText = 'position:fixed;background:red;left:' + r.left + 'px;top:' + r.top + 'px;width:' + r.width + 'px;height:' + r.height + 'px';
    document.body.appendChild(cover);
  });
</script>`;

async function openPage(html: string): Promise<Page> {
  const context = await chrome.newContext();
  const page = await context.newPage();
  await page.setContent(html);
  await page.waitForFunction(() => (document.body.lastElementChild as HTMLElement | null)?.style.background === 'red');
  return page;
}

describe('lean input (direct input events for plainly usable elements)', () => {
  it('replaces a textarea’s text and clicks the send button with trusted events', async () => {
    const page = await openPage(CHAT);
    expect(await leanFill(page.mainFrame(), '#ta', '你好，挂失')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ta');
    expect(await leanClick(page.mainFrame(), '#go')).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { log: string[] }).log)).toEqual(['input:true', 'click:true:你好，挂失']);
  });

  it('replaces a contenteditable composer’s content', async () => {
    const page = await openPage(CHAT);
    expect(await leanFill(page.mainFrame(), '#ce', '新的一行')).toBe(true);
    expect(await page.evaluate(() => document.getElementById('ce')?.innerText)).toBe('新的一行');
  });

  it('blurs the focused text field and nothing else', async () => {
    const page = await openPage(CHAT);
    await leanFill(page.mainFrame(), '#ta', 'x');
    expect(await leanBlur(page.mainFrame())).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  });

  it('leaves to Playwright what it does not plainly handle', async () => {
    const page = await openPage(CHAT);
    const frame = page.mainFrame();
    expect(await leanClick(frame, '#off')).toBe(false); // disabled: Playwright waits for it
    expect(await leanClick(frame, '#hidden')).toBe(false);
    expect(await leanClick(frame, '#covered')).toBe(false); // a banner in the way: the locator handler's job
    expect(await leanClick(frame, '#missing')).toBe(false); // not there yet
    expect(await leanClick(frame, '#inner')).toBe(false); // inside a shadow root
    expect(await leanFill(frame, '#date', '2026-01-01')).toBe(false);
    expect(await leanFill(frame, '#ta', '')).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { log: string[] }).log)).toEqual([]);
  });

  it('leaves a chat inside an iframe to Playwright (frame coordinates are not page coordinates)', async () => {
    const page = await openPage(CHAT);
    await page.evaluate((html) => {
      const iframe = document.createElement('iframe');
      iframe.srcdoc = html;
      document.body.prepend(iframe);
    }, '<textarea id="ta"></textarea><button id="go">go</button>');
    const child = page.frames().find((f) => f !== page.mainFrame()) ?? (await page.waitForEvent('frameattached'));
    await child.waitForSelector('#go');
    expect(await leanFill(child, '#ta', 'x')).toBe(false);
    expect(await leanClick(child, '#go')).toBe(false);
  });

  it('blurs a focused composer inside an open shadow root of an iframe (no coordinates needed)', async () => {
    const page = await openPage(CHAT);
    await page.evaluate(() => {
      const iframe = document.createElement('iframe');
      iframe.srcdoc = '<div id="host"></div><script>var r = document.getElementById("host").attachShadow({ mode: "open" }); r.innerHTML = \'<div class="composer" contenteditable="true"></div>\';</script>';
      document.body.prepend(iframe);
    });
    const child = page.frames().find((f) => f !== page.mainFrame()) ?? (await page.waitForEvent('frameattached'));
    await child.locator('.composer').click();
    const focusedInShadow = () => child.evaluate(() => document.getElementById('host')!.shadowRoot!.activeElement?.className ?? null);
    expect(await focusedInShadow()).toBe('composer');
    expect(await leanBlur(child)).toBe(true);
    expect(await focusedInShadow()).toBeNull();
  });

  it('reports a closed page as the error it is', async () => {
    const page = await openPage(CHAT);
    const frame = page.mainFrame();
    await page.close();
    await expect(leanClick(frame, '#go')).rejects.toThrow(/closed/i);
  });
});
