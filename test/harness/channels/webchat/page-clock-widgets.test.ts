/**
 * The page clock on widget-style DOM: open shadow roots attached at any time (pierced), closed
 * ones (remembered by host), text split over spans, streamed bubbles inside a shadow root,
 * virtualised lists, bots apart from agents, a typing indicator shown and hidden in place; and
 * frames: only the chat frame's records pass, in the common (epoch) time base.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FrameFilter,
  closedShadowHosts,
  installPageClock,
  pageClockConfig,
  type PageRecord,
} from '../../../../harness/channels/webchat/page-clock.js';
import type { ChatSelectors } from '../../../../harness/channels/webchat/presets.js';
import { useTestBrowser } from './test-browser.js';

const chrome = useTestBrowser();

const WIDGET: ChatSelectors = {
  input: '.composer',
  messages: '.list',
  agentMessage: '.msg.agent',
  botMessage: '.msg.bot',
  customerMessage: '.msg.visitor',
  text: '.t',
  typing: '.typing',
};

type MessageRecord = Extract<PageRecord, { kind: 'message' }>;
const messages = (records: PageRecord[]) => records.filter((r): r is MessageRecord => r.kind === 'message');
/** A message's latest text (message record, then its updates). */
const latestText = (records: PageRecord[], m: MessageRecord) =>
  (records.filter((r) => r.kind === 'update' && r.id === m.id).at(-1) as { text: string } | undefined)?.text ?? m.text;

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function openClock(html: string, selectors: ChatSelectors = WIDGET): Promise<{ page: Page; records: PageRecord[] }> {
  const context = await chrome.newContext();
  const records: PageRecord[] = [];
  await installPageClock(context, pageClockConfig(selectors), (r) => records.push(r));
  const page = await context.newPage();
  await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(`<!doctype html><meta charset="utf-8"><body>${html}</body>`)}`);
  return { page, records };
}

describe('page clock in shadow roots', () => {
  it('finds the list and bubbles in an open shadow root attached late, bot and agent apart, text spans joined', async () => {
    const { page, records } = await openClock('<div id="host"></div>');
    await page.evaluate(() => {
      setTimeout(() => {
        const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
        root.innerHTML = '<div class="list"></div>';
        const list = root.querySelector('.list')!;
        const add = (cls: string, parts: string[]) => {
          const el = document.createElement('div');
          el.className = `msg ${cls}`;
          el.innerHTML = `<b class="name">客服</b>${parts.map((p) => `<span class="t">${p}</span>`).join('')}<time>14:02</time>`;
          list.appendChild(el);
        };
        add('bot', ['您好，我是', '智能助手']);
        setTimeout(() => add('agent', ['工号', '8008', '为您服务']), 100);
      }, 300);
    });
    await until(() => messages(records).length === 2, 'two messages');
    expect(messages(records).map((r) => [r.speaker, r.text])).toEqual([
      ['bot', '您好，我是智能助手'],
      ['agent', '工号8008为您服务'],
    ]);
  });

  it('reads a bubble that is itself a custom element with its own shadow root (slots filled)', async () => {
    const { page, records } = await openClock('<div class="list"></div>', { ...WIDGET, text: undefined });
    await page.evaluate(() => {
      class Bubble extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<style>p{color:red}</style><p>【<slot></slot>】</p>';
        }
      }
      customElements.define('chat-bubble', Bubble);
      const el = document.createElement('chat-bubble');
      el.className = 'msg agent';
      el.textContent = '请稍等';
      document.querySelector('.list')!.appendChild(el);
    });
    await until(() => messages(records).length === 1, 'the bubble');
    expect(messages(records)[0]!.text).toBe('【请稍等】');
  });

  it('captures a bubble streamed inside a shadow root once, with its full text and insertion time', async () => {
    const { page, records } = await openClock('<div id="host"></div>');
    const inserted = await page.evaluate(() => {
      const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<div class="list"></div>';
      const el = document.createElement('div');
      el.className = 'msg agent';
      el.innerHTML = '<span class="t"></span>';
      const at = performance.timeOrigin + performance.now();
      root.querySelector('.list')!.appendChild(el);
      const tokens = ['退款', '会在', '3-5个', '工作日', '内原路', '退回。'];
      tokens.forEach((_, i) => setTimeout(() => (el.querySelector('.t')!.textContent = tokens.slice(0, i + 1).join('')), 150 * (i + 1)));
      return at;
    });
    await until(() => messages(records).length === 1 && latestText(records, messages(records)[0]!) === '退款会在3-5个工作日内原路退回。', 'the full text');
    const [m] = messages(records);
    expect(m!.at).toBeGreaterThanOrEqual(inserted);
    expect(m!.at - inserted).toBeLessThan(1000);
    expect(messages(records)).toHaveLength(1);
  });

  it('keeps bubbles a virtualised list removes, each once and in order', async () => {
    const { page, records } = await openClock('<div class="list"></div>');
    await page.evaluate(() => {
      const list = document.querySelector('.list')!;
      let n = 0;
      const timer = setInterval(() => {
        n += 1;
        const el = document.createElement('div');
        el.className = n % 2 ? 'msg agent' : 'msg visitor';
        el.innerHTML = `<span class="t">第${n}条</span>`;
        list.appendChild(el);
        while (list.children.length > 3) list.firstElementChild!.remove();
        if (n === 10) clearInterval(timer);
      }, 250);
    });
    await until(() => messages(records).length === 10, 'ten messages');
    await new Promise((r) => setTimeout(r, 300));
    expect(messages(records).map((r) => r.text)).toEqual(Array.from({ length: 10 }, (_, i) => `第${i + 1}条`));
  });

  it('reports the typing indicator shown and hidden in place, and never as a message', async () => {
    const { page, records } = await openClock(
      '<style>.typing{display:none}.typing.on{display:block}</style><div class="list"><div class="msg agent typing">对方正在输入…</div></div>',
      { ...WIDGET, text: undefined },
    );
    await page.evaluate(() => {
      const typing = document.querySelector('.typing')!;
      setTimeout(() => typing.classList.add('on'), 100);
      setTimeout(() => typing.classList.remove('on'), 600);
    });
    await until(() => records.filter((r) => r.kind === 'typing').length === 2, 'typing on and off');
    const typing = records.filter((r): r is Extract<PageRecord, { kind: 'typing' }> => r.kind === 'typing');
    expect(typing.map((r) => r.on)).toEqual([true, false]);
    expect(typing[1]!.at - typing[0]!.at).toBeGreaterThanOrEqual(400);
    expect(messages(records)).toEqual([]);
  });

  it('remembers the hosts of closed shadow roots (their content is out of reach)', async () => {
    const { page, records } = await openClock('<div id="app" class="widget"></div>');
    await page.evaluate(() => {
      const root = document.getElementById('app')!.attachShadow({ mode: 'closed' });
      root.innerHTML = '<div class="list"><div class="msg agent"><span class="t">看不见</span></div></div>';
    });
    expect(await closedShadowHosts(page.mainFrame(), pageClockConfig(WIDGET))).toEqual(['div#app.widget']);
    await new Promise((r) => setTimeout(r, 300));
    expect(messages(records)).toEqual([]);
  });
});

describe('page clock across frames', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    // Two pages on one server; the frame page is loaded from 127.0.0.1 and the host from
    // localhost, so the chat frame is cross-origin (another site, another renderer).
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      if (req.url?.startsWith('/frame')) {
        res.end(`<!doctype html><meta charset="utf-8"><div class="list"></div><script>
          setTimeout(() => {
            const el = document.createElement('div');
            el.className = 'msg agent';
            el.innerHTML = '<span class="t">来自聊天框</span>';
            document.querySelector('.list').appendChild(el);
            window.__insertedAt = performance.timeOrigin + performance.now();
            window.__dateNow = Date.now();
          }, 400);
        </script>`);
      } else {
        const port = (server.address() as AddressInfo).port;
        res.end(`<!doctype html><meta charset="utf-8"><div class="list"><div class="msg agent"><span class="t">宿主页上的相似元素</span></div></div>
          <iframe id="ad" src="/frame-ad"></iframe><iframe id="chat" src="http://127.0.0.1:${port}/frame"></iframe>`);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('passes only the chosen frame, replaying what it said before it was chosen, in epoch ms', async () => {
    const context = await chrome.newContext();
    const passed: PageRecord[] = [];
    const filter = new FrameFilter((r) => passed.push(r));
    await installPageClock(context, pageClockConfig(WIDGET), filter.accept);
    const page = await context.newPage();
    await page.goto(`${base}/host`);
    const handle = await page.locator('iframe#chat').elementHandle();
    const chat = (await handle!.contentFrame()) as Frame;
    // Choose late, after the frame has (probably) reported: the record must be replayed.
    await chat.waitForFunction('window.__insertedAt !== undefined');
    filter.choose(chat);
    await until(() => messages(passed).length === 1, 'the chat frame message');
    await new Promise((r) => setTimeout(r, 300));
    // The ad frame has the same page (same selectors) and the host a look-alike: neither passes.
    expect(messages(passed).map((r) => r.text)).toEqual(['来自聊天框']);
    const { insertedAt, dateNow } = await chat.evaluate(() => ({
      insertedAt: (window as unknown as { __insertedAt: number }).__insertedAt,
      dateNow: (window as unknown as { __dateNow: number }).__dateNow,
    }));
    // The frame's timeOrigin + now is wall-clock epoch ms, like Date.now() in the frame and in Node.
    expect(Math.abs(insertedAt - dateNow)).toBeLessThan(50);
    expect(Math.abs(insertedAt - messages(passed)[0]!.at)).toBeLessThan(50);
  });
});
