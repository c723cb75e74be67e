/**
 * The in-page clock on its own: a real page whose DOM the test changes the way chat widgets do
 * (server-rendered history, late containers, empty bubbles filled later, streamed text, typing
 * indicators, list re-renders, status changes), checking what reaches Node and with which times.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  flushPageClock,
  installPageClock,
  pageClockConfig,
  parsePageRecord,
  type PageClockOptions,
  type PageRecord,
} from '../../../../harness/channels/webchat/page-clock.js';
import { SELECTOR_PRESETS, type ChatSelectors } from '../../../../harness/channels/webchat/presets.js';
import { useTestBrowser } from './test-browser.js';

const chrome = useTestBrowser();

const PRESET = SELECTOR_PRESETS['simulated-centre']!;

async function openClock(
  html: string,
  options: PageClockOptions = {},
  selectors: ChatSelectors = PRESET,
  pollReady = false,
  beforeClock?: string,
): Promise<{ page: Page; records: PageRecord[] }> {
  const context = await chrome.newContext();
  const records: PageRecord[] = [];
  if (beforeClock) await context.addInitScript({ content: beforeClock });
  await installPageClock(context, pageClockConfig(selectors, options, pollReady), (r) => records.push(r));
  const page = await context.newPage();
  await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(`<!doctype html><meta charset="utf-8"><body>${html}</body>`)}`);
  return { page, records };
}

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const messages = (records: PageRecord[]) => records.filter((r): r is Extract<PageRecord, { kind: 'message' }> => r.kind === 'message');

const msg = (cls: string, text: string) => `<div class="msg ${cls}"><span class="who">客服</span><span class="text">${text}</span></div>`;

describe('page clock', () => {
  it('captures messages already in the page, with speaker and the text element only', async () => {
    const { records } = await openClock(
      `<div id="status" data-state="chatting"></div><div id="messages">${msg('system', '客服已接入')}${msg('agent', '您好，请问有什么可以帮您？')}${msg('customer', '我想挂失')}</div>`,
    );
    await until(() => messages(records).length === 3, 'three messages');
    expect(messages(records).map((r) => [r.speaker, r.text])).toEqual([
      ['system', '客服已接入'],
      ['agent', '您好，请问有什么可以帮您？'],
      ['customer', '我想挂失'],
    ]);
    expect(records.find((r) => r.kind === 'state')).toMatchObject({ value: 'chatting' });
  });

  it('attaches to a messages container created late and ignores look-alikes outside it', async () => {
    const { page, records } = await openClock(`${msg('agent', '容器外的消息')}<div id="slot"></div>`);
    await page.evaluate((html) => {
      setTimeout(() => {
        const box = document.createElement('div');
        box.id = 'messages';
        box.innerHTML = html;
        document.getElementById('slot')!.appendChild(box);
      }, 200);
    }, msg('agent', '您好，工号1023为您服务'));
    await until(() => messages(records).length === 1, 'the message in the late container');
    await page.evaluate((html) => document.getElementById('messages')!.insertAdjacentHTML('beforeend', html), msg('agent', '请问还有什么可以帮您？'));
    await until(() => messages(records).length === 2, 'a second message');
    expect(messages(records).map((r) => r.text)).toEqual(['您好，工号1023为您服务', '请问还有什么可以帮您？']);
  });

  it('times an empty bubble at its insertion and reports the text filled in later', async () => {
    const { page, records } = await openClock('<div id="messages"></div>');
    const times = await page.evaluate(
      () =>
        new Promise<{ inserted: number; filled: number }>((resolve) => {
          const el = document.createElement('div');
          el.className = 'msg agent';
          el.innerHTML = '<span class="text"></span>';
          const inserted = performance.timeOrigin + performance.now();
          document.getElementById('messages')!.appendChild(el);
          setTimeout(() => {
            const filled = performance.timeOrigin + performance.now();
            el.querySelector('.text')!.textContent = '感谢您的耐心等待';
            resolve({ inserted, filled });
          }, 1000);
        }),
    );
    await until(() => messages(records).length === 1, 'the filled message');
    const [record] = messages(records);
    expect(record!.text).toBe('感谢您的耐心等待');
    expect(record!.at).toBeGreaterThanOrEqual(times.inserted);
    expect(record!.at).toBeLessThan(times.filled);
  });

  it('reports streamed text once, ending with the full text', async () => {
    const { page, records } = await openClock('<div id="messages"></div>');
    await page.evaluate(() => {
      const el = document.createElement('div');
      el.className = 'msg agent';
      el.innerHTML = '<span class="text"></span>';
      document.getElementById('messages')!.appendChild(el);
      const parts = ['您好，', '宽带安装', '一般在', '48小时内', '完成。'];
      parts.forEach((_, i) => setTimeout(() => (el.querySelector('.text')!.textContent = parts.slice(0, i + 1).join('')), 30 * (i + 1)));
    });
    const full = '您好，宽带安装一般在48小时内完成。';
    const latest = () => {
      const m = messages(records)[0];
      if (!m) return '';
      const updates = records.filter((r) => r.kind === 'update' && r.id === m.id);
      return (updates.at(-1) as { text: string } | undefined)?.text ?? m.text;
    };
    await until(() => latest() === full, 'the full streamed text');
    expect(messages(records)).toHaveLength(1);
  });

  it('drops a bubble removed before it settled (a typing indicator)', async () => {
    const { page, records } = await openClock('<div id="messages"></div>', { settleMs: 1500 });
    await page.evaluate((html) => {
      const box = document.getElementById('messages')!;
      box.insertAdjacentHTML('beforeend', html);
      setTimeout(() => box.lastElementChild!.remove(), 20);
    }, msg('agent', '对方正在输入…'));
    await page.evaluate((html) => setTimeout(() => document.getElementById('messages')!.insertAdjacentHTML('beforeend', html), 100), msg('agent', '您好'));
    await until(() => messages(records).length >= 1, 'the real message');
    await new Promise((r) => setTimeout(r, 1800));
    expect(messages(records).map((r) => r.text)).toEqual(['您好']);
  });

  it('does not count a re-rendered list twice', async () => {
    const { page, records } = await openClock(`<div id="messages">${msg('agent', '您好')}${msg('customer', '我要退货')}</div>`);
    await until(() => messages(records).length === 2, 'the first two messages');
    await page.evaluate((html) => {
      const box = document.getElementById('messages')!;
      box.innerHTML = box.innerHTML + html;
    }, msg('agent', '非常抱歉给您带来不便'));
    await until(() => messages(records).length === 3, 'the new message');
    await new Promise((r) => setTimeout(r, 500));
    expect(messages(records).map((r) => r.text)).toEqual(['您好', '我要退货', '非常抱歉给您带来不便']);
  });

  it('reports every status change with its page time', async () => {
    const { page, records } = await openClock('<div id="status" data-state="connecting"></div><div id="messages"></div>');
    await page.evaluate(() => {
      const status = document.getElementById('status')!;
      setTimeout(() => {
        status.setAttribute('data-state', 'queued');
        // Chained, so at least 300 ms separate the two changes however late the timers fire.
        setTimeout(() => status.setAttribute('data-state', 'chatting'), 300);
      }, 50);
    });
    await until(() => records.filter((r) => r.kind === 'state').length === 3, 'three states');
    const states = records.filter((r): r is Extract<PageRecord, { kind: 'state' }> => r.kind === 'state');
    expect(states.map((s) => s.value)).toEqual(['connecting', 'queued', 'chatting']);
    expect(states[2]!.at - states[1]!.at).toBeGreaterThanOrEqual(290);
  });

  it('reports an invalid selector as a problem instead of breaking the page', async () => {
    const { records } = await openClock('<div id="messages"></div>', {}, { ...PRESET, agentMessage: '.msg[[agent' });
    await until(() => records.some((r) => r.kind === 'problem'), 'a problem record');
    expect(records.find((r) => r.kind === 'problem')).toMatchObject({ message: 'invalid selector agentMessage ".msg[[agent"' });
  });

  it('flush reports messages that are still settling', async () => {
    const options = { settleMs: 60_000, maxSettleMs: 60_000 };
    const { page, records } = await openClock('<div id="messages"></div>', options);
    await page.evaluate((html) => document.getElementById('messages')!.insertAdjacentHTML('beforeend', html), msg('agent', '再见'));
    await new Promise((r) => setTimeout(r, 200));
    expect(messages(records)).toHaveLength(0);
    const flushed = await flushPageClock(page.mainFrame(), pageClockConfig(PRESET, options));
    expect(messages(flushed).map((r) => r.text)).toEqual(['再见']);
  });
});

describe('parsePageRecord', () => {
  it('accepts well-formed records and rejects anything else', () => {
    expect(parsePageRecord({ kind: 'message', id: 'a-1', speaker: 'agent', text: '您好', at: 1 })).toEqual({
      kind: 'message',
      id: 'a-1',
      speaker: 'agent',
      text: '您好',
      at: 1,
    });
    expect(parsePageRecord({ kind: 'state', value: 'queued', at: 2 })).toEqual({ kind: 'state', value: 'queued', at: 2 });
    expect(parsePageRecord({ kind: 'message', id: 'a-1', speaker: 'robot', text: 'x', at: 1 })).toBeNull();
    expect(parsePageRecord({ kind: 'message', id: 'a-1', speaker: 'agent', text: 'x', at: Number.NaN })).toBeNull();
    expect(parsePageRecord({ kind: 'other', at: 1 })).toBeNull();
    expect(parsePageRecord('message')).toBeNull();
    expect(parsePageRecord(null)).toBeNull();
  });
  it('reports the ready selector once, whether it is inserted or only gains an attribute nobody observes', async () => {
    const inserted = await openClock('<div id="messages"></div>');
    expect(inserted.records.some((r) => r.kind === 'ready')).toBe(false);
    await inserted.page.evaluate(() => document.body.insertAdjacentHTML('afterbegin', '<div id="status" data-state="chatting"></div>'));
    await until(() => inserted.records.some((r) => r.kind === 'ready'), 'ready on insertion');

    // A scenario's own ready selector may wait on an attribute the observer does not watch.
    const custom = { ...PRESET, ready: '#composer[data-live]' };
    const polled = await openClock('<div id="messages"></div><textarea id="composer"></textarea>', {}, custom, true);
    await new Promise((r) => setTimeout(r, 300));
    expect(polled.records.some((r) => r.kind === 'ready')).toBe(false);
    await polled.page.evaluate(() => document.getElementById('composer')!.setAttribute('data-live', ''));
    await until(() => polled.records.some((r) => r.kind === 'ready'), 'ready by the poll');
    await polled.page.evaluate(() => document.getElementById('composer')!.removeAttribute('data-live'));
    await polled.page.evaluate(() => document.getElementById('composer')!.setAttribute('data-live', ''));
    await new Promise((r) => setTimeout(r, 400));
    expect(polled.records.filter((r) => r.kind === 'ready')).toHaveLength(1);
  });

  it('keeps no timer for the ready selector unless asked to (pollReady): it would never stop where the selector never matches', async () => {
    // Counts the intervals the page's scripts start (installed before the clock, so it sees the clock's).
    const countIntervals = `window.__intervals = 0; var __setInterval = window.setInterval;
      window.setInterval = function () { window.__intervals++; return __setInterval.apply(window, arguments); };`;
    const custom = { ...PRESET, ready: '#composer[data-live]' };
    const html = '<div id="messages"></div><textarea id="composer"></textarea>';
    const quiet = await openClock(html, {}, custom, false, countIntervals);
    const polling = await openClock(html, {}, custom, true, countIntervals);
    expect(await quiet.page.evaluate('window.__intervals')).toBe(0);
    expect(await polling.page.evaluate('window.__intervals')).toBe(1);
    // Without the poll, a change the observer watches still finds the ready selector.
    await quiet.page.evaluate(() => document.getElementById('composer')!.setAttribute('data-live', ''));
    await quiet.page.evaluate(() => document.getElementById('messages')!.appendChild(document.createElement('p')));
    await until(() => quiet.records.some((r) => r.kind === 'ready'), 'ready on the next observed mutation');
  });
});
