/**
 * The in-page helpers on small hand-made documents: which selector they choose for an element
 * (ids and ARIA over hashed classes, uniqueness through open shadow roots) and what the finders
 * take for a launcher, a consent button, a composer.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callIn, pageFunction } from '../../../../../harness/channels/webchat/probe/frames.js';
import { launchTestBrowser } from './browser.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchTestBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

async function load(html: string): Promise<void> {
  await page.setContent(`<!doctype html><html><body>${html}</body></html>`);
}

/** selectorFor on the element the test marked with data-target (the mark itself is not used). */
async function selectorOf(target: string): Promise<{ selector: string; quality: string } | null> {
  await callIn(page.mainFrame(), 'roots');
  return page.mainFrame().evaluate(
    pageFunction<string, { selector: string; quality: string } | null>('t', `
      var P = window.__msProbe;
      var el = P.elements().filter(function (e) { return e.getAttribute('data-target') === t; })[0];
      el.removeAttribute('data-target');
      return P.selectorFor(el);`),
    target,
  );
}

describe('selectorFor', () => {
  it('prefers a readable id', async () => {
    await load('<div id="chat-panel" class="panel" data-target="x"></div>');
    expect(await selectorOf('x')).toEqual({ selector: '#chat-panel', quality: 'id' });
  });

  it('skips generated ids and hashed classes, takes the ARIA label instead', async () => {
    await load('<button id="r1a2b3c4d" class="css-1x2y3z sc-bdVaJa" aria-label="发送" data-target="x">➤</button><button class="css-9q8w7e">x</button>');
    expect(await selectorOf('x')).toEqual({ selector: 'button[aria-label="发送"]', quality: 'aria' });
  });

  it('uses a stable class when it is unique, never a CSS-modules hash', async () => {
    await load('<div class="Composer_root__a1B2c composer" data-target="x"></div><div class="other"></div>');
    expect((await selectorOf('x'))?.selector).toMatch(/^(div)?\.composer$/);
  });

  it('counts matches inside open shadow roots: a class repeated there is not unique', async () => {
    await load('<div class="msg" data-target="x"></div><div id="host"></div>');
    await page.evaluate('document.getElementById("host").attachShadow({ mode: "open" }).innerHTML = \'<div class="msg"></div>\'');
    const sel = await selectorOf('x');
    expect(sel?.selector).not.toBe('.msg');
    const count = await page.locator(sel!.selector).count();
    expect(count).toBe(1);
  });

  it('scopes under a unique ancestor in the same root, else falls back to a chain marked fragile', async () => {
    await load('<section id="widget"><p><span data-target="x">a</span></p></section><p><span>b</span></p>');
    expect(await selectorOf('x')).toEqual({ selector: '#widget span', quality: 'scoped-tag' });
    await load('<p><span data-target="y">a</span></p><p><span>b</span></p>');
    expect(await selectorOf('y')).toMatchObject({ quality: 'fragile' });
  });
});

describe('groupSelector', () => {
  it('finds the token that covers one role and excludes the others', async () => {
    await load('<ul><li class="row msg-in" data-author="agent">a</li><li class="row msg-out" data-author="visitor">b</li><li class="row msg-in" data-author="agent">c</li></ul>');
    await callIn(page.mainFrame(), 'roots');
    const sel = await page.evaluate(`(function () { var P = window.__msProbe; var li = P.deepAll('li'); return P.groupSelector([li[0], li[2]], [li[1]]); })()`);
    expect(sel).toEqual({ selector: '[data-author="agent"]', quality: 'data' });
  });
});

describe('finders', () => {
  it('findLaunchers: a floating chat button in the corner, not a navigation link or a consent button', async () => {
    await load(`<a href="/help" style="position:fixed;right:10px;bottom:80px">在线客服</a>
      <div class="cookie-banner" style="position:fixed;left:0;bottom:0;width:600px;height:50px"><button>接受</button></div>
      <button class="chat-launcher" aria-label="在线咨询" style="position:fixed;right:20px;bottom:20px;width:56px;height:56px"></button>`);
    const found = await callIn<{ selector: string }[]>(page.mainFrame(), 'findLaunchers');
    expect(found?.map((l) => l.selector)).toEqual(['button[aria-label="在线咨询"]']);
    expect(await callIn<string[]>(page.mainFrame(), 'chatLinks')).toEqual([expect.stringMatching(/\/help$/)]);
  });

  it('findLaunchers: an inline 在线客服 button in the page content (not floating), not the shop buttons or the header', async () => {
    await load(`<header><button class="hdr">客服中心</button></header>
      <main><h1>联系我们</h1><p>工作日 9:00–18:00</p><button class="buy">加入购物车</button>
      <section class="service"><button id="open-chat">在线客服</button></section></main>`);
    const found = await callIn<{ selector: string }[]>(page.mainFrame(), 'findLaunchers');
    expect(found?.map((l) => l.selector)).toEqual(['#open-chat']);
  });

  it('findConsent: the accepting button of a cookie banner, not its settings button', async () => {
    await load('<div id="cookie-consent"><button class="settings">Cookie 设置</button><button class="ok">接受全部</button></div>');
    expect((await callIn<{ selector: string }>(page.mainFrame(), 'findConsent'))?.selector).toMatch(/ok/);
  });

  it('findComposer: the chat box, not the site search; send button by its word; the log above it', async () => {
    await load(`<header><input type="search" placeholder="搜索"></header>
      <div class="chat" style="position:fixed;right:0;bottom:0;width:360px;height:500px">
        <div role="log" class="history" style="height:400px;overflow-y:auto"></div>
        <textarea placeholder="请输入消息"></textarea><button class="btn-primary">发送</button>
      </div>`);
    const found = await callIn<{ input: { selector: string }; send: { selector: string }; messages: { selector: string } }>(page.mainFrame(), 'findComposer');
    expect(found?.input.selector).toMatch(/^textarea/);
    expect(found?.send.selector).toBe('.btn-primary');
    expect(found?.messages.selector).toMatch(/log|history/);
  });

  it('closedShadowHosts: a custom element that renders but shows no DOM', async () => {
    await load('<chat-app style="display:block;width:300px;height:300px"></chat-app><x-empty></x-empty>');
    await page.evaluate('document.querySelector("chat-app").attachShadow({ mode: "closed" }).innerHTML = "<p style=\\"height:200px\\">hi</p>"');
    expect(await callIn<string[]>(page.mainFrame(), 'closedShadowHosts')).toEqual(['chat-app']);
  });
});
