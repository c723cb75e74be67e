/**
 * openWidget on its own: nested frames resolved one inside the other, a pre-chat form with a text
 * box, a select and a consent checkbox, and failures that name the selector and where it was looked for.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WebchatFailure } from '../../../../harness/channels/webchat/errors.js';
import { OPTIONAL_CLICK_WAIT_MS, openWidget, type ChatFrame } from '../../../../harness/channels/webchat/widget.js';
import { useTestBrowser } from './test-browser.js';

const chrome = useTestBrowser();

const escape = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const FORM = `<form><input id="name"><select id="topic"><option value="t1">账单</option><option value="t2">保单</option></select>
  <input type="checkbox" id="agree"><button type="button" id="start" onclick="window.submitted = {name: document.getElementById('name').value, topic: document.getElementById('topic').value, agree: document.getElementById('agree').checked}">开始</button></form>`;
const INNER = `<!doctype html><meta charset="utf-8"><body>${FORM}</body>`;
const OUTER = `<!doctype html><meta charset="utf-8"><body><iframe id="inner" srcdoc="${escape(INNER)}"></iframe></body>`;
const HOST = `<!doctype html><meta charset="utf-8"><body><button id="launcher" onclick="document.body.insertAdjacentHTML('beforeend', '<iframe id=outer></iframe>'); document.getElementById('outer').srcdoc = window.OUTER;">客服</button>
  <div id="not-a-frame"></div><script>window.OUTER = ${JSON.stringify(OUTER)};</script></body>`;

async function open(): Promise<Page> {
  const context = await chrome.newContext();
  const page = await context.newPage();
  await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(HOST)}`);
  return page;
}

/**
 * Click the launcher and load both frames with a generous timeout, so that a failure test's short
 * timeout only ever applies to the step it is about (a loaded machine may take seconds to click).
 */
async function openedToInner(page: Page): Promise<void> {
  await openWidget(page, { open: ['#launcher'], frame: ['iframe#outer', 'iframe#inner'] }, { actionTimeoutMs: 30_000, vars: {}, onEvent: () => {} }, { current: null as unknown as ChatFrame });
}

/** The launcher and a consent banner over it arrive together, after the optional click has stopped waiting. */
const LATE_BANNER = `<!doctype html><meta charset="utf-8"><body><script>
  setTimeout(() => {
    document.body.insertAdjacentHTML('beforeend', '<button id="launcher" onclick="window.opened = true">客服</button>' +
      '<div id="consent" style="position:fixed;inset:0;background:#fff"><button id="accept" onclick="document.getElementById(\\'consent\\').remove(); window.accepted = true">同意</button></div>');
  }, ${OPTIONAL_CLICK_WAIT_MS + 1_000});
</script></body>`;

/** A banner over the launcher from the start (vendor-launcher style): accepting it uncovers the launcher. */
const BANNER_OVER_LAUNCHER = `<!doctype html><meta charset="utf-8"><body>
  <button id="launcher" style="position:fixed;right:20px;bottom:20px" onclick="window.opened = (window.opened || 0) + 1">客服</button>
  <div id="consent" style="position:fixed;left:0;right:0;bottom:0;height:120px;background:#fff"><button id="accept" onclick="document.getElementById('consent').remove(); window.accepted = (window.accepted || 0) + 1">同意</button></div>
</body>`;

describe('openWidget', () => {
  it('with lean, clicks a banner and the launcher it covered by direct mouse events, each once', async () => {
    const page = await (await chrome.newContext()).newPage();
    await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(BANNER_OVER_LAUNCHER)}`);
    const events: { type: string; detail?: Record<string, unknown> }[] = [];
    const last = { current: null as unknown as ChatFrame };
    await openWidget(page, { open: [{ click: '#accept', optional: true }, '#launcher'] }, { actionTimeoutMs: 20_000, vars: {}, onEvent: (e) => events.push(e), lean: true }, last);
    expect(await page.evaluate(() => [(window as unknown as { accepted?: number }).accepted, (window as unknown as { opened?: number }).opened])).toEqual([1, 1]);
    expect(events.map((e) => [e.type, e.detail?.selector, e.detail?.lean ?? false])).toEqual([
      ['widget-opened', '#accept', true],
      ['widget-opened', '#launcher', true],
      ['widget-frame', undefined, false],
    ]);
  });

  it('with lean, finds a named iframe’s frame, and the right one when two iframes share a name', async () => {
    const doc = (text: string) => `data:text/html;charset=utf-8,${encodeURIComponent(`<!doctype html><meta charset="utf-8"><p id="who">${text}</p>`)}`;
    const html = `<!doctype html><meta charset="utf-8"><body><iframe id="ad" name="shared" src="${doc('ad')}"></iframe>
      <iframe id="chat" name="shared" src="${doc('chat')}"></iframe><iframe id="help" name="help-frame" src="${doc('help')}"></iframe></body>`;
    const page = await (await chrome.newContext()).newPage();
    await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const options = { actionTimeoutMs: 10_000, vars: {}, onEvent: () => {}, lean: true };
    for (const [selector, text] of [['iframe#help', 'help'], ['iframe#chat', 'chat'], ['iframe#ad', 'ad']] as const) {
      const chat = await openWidget(page, { frame: selector }, options, { current: null as unknown as ChatFrame });
      expect(await chat.frame.locator('#who').textContent()).toBe(text);
      expect(chat.path).toEqual([selector]);
    }
  });

  it('with lean, leaves a covered launcher to Playwright (which names what covers it) instead of clicking the banner', async () => {
    const page = await (await chrome.newContext()).newPage();
    await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(BANNER_OVER_LAUNCHER)}`);
    const last = { current: null as unknown as ChatFrame };
    const failure = await openWidget(page, { open: ['#launcher'] }, { actionTimeoutMs: 1_500, vars: {}, onEvent: () => {}, lean: true }, last).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WebchatFailure);
    expect(await page.evaluate(() => [(window as unknown as { accepted?: number }).accepted ?? 0, (window as unknown as { opened?: number }).opened ?? 0])).toEqual([0, 0]);
  });

  it('dismisses a consent banner that turns up after its optional wait, once it covers the launcher', async () => {
    const page = await (await chrome.newContext()).newPage();
    await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(LATE_BANNER)}`);
    const events: { type: string; detail?: Record<string, unknown> }[] = [];
    const last = { current: null as unknown as ChatFrame };
    await openWidget(page, { open: [{ click: '#accept', optional: true }, '#launcher'] }, { actionTimeoutMs: 20_000, vars: {}, onEvent: (e) => events.push(e) }, last);
    expect(await page.evaluate(() => [(window as unknown as { accepted?: boolean }).accepted, (window as unknown as { opened?: boolean }).opened])).toEqual([true, true]);
    expect(events.filter((e) => e.type.startsWith('widget-open')).map((e) => [e.type, e.detail?.selector, e.detail?.late ?? false])).toEqual([
      ['widget-open-skipped', '#accept', false],
      ['widget-opened', '#accept', true],
      ['widget-opened', '#launcher', false],
    ]);
  });

  it('clicks the launcher, walks nested frames and fills a pre-chat form (text, select by label, checkbox)', async () => {
    const page = await open();
    const events: string[] = [];
    const last = { current: null as unknown as ChatFrame };
    const chat = await openWidget(
      page,
      { open: ['#launcher'], frame: ['iframe#outer', 'iframe#inner'], prechat: { fields: { '#name': '{{persona.name}}', '#topic': '保单', '#agree': 'true' }, submit: '#start' } },
      { actionTimeoutMs: 5_000, vars: { 'persona.name': '王女士' }, onEvent: (e) => events.push(e.type) },
      last,
    );
    expect(chat.path).toEqual(['iframe#outer', 'iframe#inner']);
    expect(last.current).toBe(chat);
    expect(await chat.frame.evaluate(() => (window as unknown as { submitted: unknown }).submitted)).toEqual({ name: '王女士', topic: 't2', agree: true });
    expect(events).toEqual(['widget-opened', 'widget-frame', 'prechat-submitted']);
  });

  it('names the frame path when an inner frame is missing, and says when a selector is not an iframe', async () => {
    const page = await open();
    await openedToInner(page);
    const last = { current: null as unknown as ChatFrame };
    const missing = await openWidget(page, { frame: ['iframe#outer', 'iframe#nope'] }, { actionTimeoutMs: 800, vars: {}, onEvent: () => {} }, last).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(WebchatFailure);
    expect((missing as WebchatFailure).code).toBe('E_WIDGET_FRAME');
    expect((missing as WebchatFailure).message).toMatch(/^widget frame: "iframe#nope" \(the chat iframe\) did not appear in the chat frame iframe#outer \(about:srcdoc\) within 800 ms$/);
    expect(last.current.path).toEqual(['iframe#outer']);

    const notFrame = await openWidget(page, { frame: '#not-a-frame' }, { actionTimeoutMs: 800, vars: {}, onEvent: () => {} }, last).catch((e: unknown) => e);
    expect((notFrame as WebchatFailure).code).toBe('E_WIDGET_FRAME');
    expect((notFrame as WebchatFailure).message).toContain('is not an iframe');
  });

  it('reports a pre-chat field that is not there as E_WIDGET_PRECHAT naming it and the frame', async () => {
    const page = await open();
    await openedToInner(page);
    const last = { current: null as unknown as ChatFrame };
    const err = await openWidget(
      page,
      { frame: ['iframe#outer', 'iframe#inner'], prechat: { fields: { '#phone': '1380000' }, submit: '#start' } },
      { actionTimeoutMs: 800, vars: {}, onEvent: () => {} },
      last,
    ).catch((e: unknown) => e as WebchatFailure);
    expect((err as WebchatFailure).code).toBe('E_WIDGET_PRECHAT');
    expect((err as WebchatFailure).message).toContain('"#phone"');
    expect((err as WebchatFailure).message).toContain('in the chat frame iframe#outer → iframe#inner');
    expect((err as WebchatFailure).hint).toContain('target.widget.prechat');
  });

  it('says the launcher was found but covered (and by what) rather than "did not appear", and what to add', async () => {
    const covered = `<!doctype html><meta charset="utf-8"><body><button id="launcher">客服</button>
      <div id="cookie-wall" style="position:fixed;inset:0;background:#fff">本网站使用cookie</div></body>`;
    const page = await (await chrome.newContext()).newPage();
    await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(covered)}`);
    const last = { current: null as unknown as ChatFrame };
    const err = (await openWidget(page, { open: ['#launcher'] }, { actionTimeoutMs: 3_000, vars: {}, onEvent: () => {} }, last).catch((e: unknown) => e)) as WebchatFailure;
    expect(err.code).toBe('E_WIDGET_OPEN');
    expect(err.message).toMatch(/^widget open: "#launcher" \(the launcher \/ banner to click\) was found but covered by <div id="cookie-wall"[^>]*>.*, which took the click in the top page/u);
    expect(err.hint).toContain('optional: true');
  });
});
