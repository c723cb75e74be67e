/**
 * The port on the inputs widgets have: a contenteditable composer sent with Enter (no send
 * button), a textarea with a send button, typed key by key at persona speed or pasted at once;
 * the customer line counts as delivered when it shows in the log (page time), and in a widget
 * that does not show it, at the Node time after sending.
 */
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FrameFilter, installPageClock, pageClockConfig } from '../../../../harness/channels/webchat/page-clock.js';
import { WebchatPort, type PortOptions } from '../../../../harness/channels/webchat/port.js';
import type { ChatSelectors } from '../../../../harness/channels/webchat/presets.js';
import { ChatRecorder } from '../../../../harness/channels/webchat/recorder.js';
import { useTestBrowser } from './test-browser.js';

const chrome = useTestBrowser();

/** Contenteditable composer: Enter sends (the widget reads innerText, as real ones do). */
const CONTENTEDITABLE = `<div class="log"></div><div contenteditable="true" class="composer"></div><script>
  const box = document.querySelector('.composer');
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey) return;
    e.preventDefault();
    const text = box.innerText.trim();
    box.innerHTML = '';
    if (!text) return;
    const el = document.createElement('div');
    el.className = 'msg me';
    el.textContent = text;
    document.querySelector('.log').appendChild(el);
  });
  box.addEventListener('input', () => { window.inputs = (window.inputs || 0) + 1; });
</script>`;

/** Textarea and a send button; the widget never shows the customer's own line. */
const TEXTAREA = `<div class="log"></div><textarea id="ta"></textarea><button id="go">发送</button><script>
  document.getElementById('go').onclick = () => { window.sent = (window.sent || []).concat(document.getElementById('ta').value); document.getElementById('ta').value = ''; };
</script>`;

async function openPort(html: string, selectors: ChatSelectors, options: PortOptions = {}): Promise<{ port: WebchatPort; recorder: ChatRecorder; frame: Frame }> {
  const context = await chrome.newContext();
  const recorder = new ChatRecorder(Date.now(), selectors);
  const filter = new FrameFilter((r) => recorder.handle(r));
  await installPageClock(context, pageClockConfig(selectors), filter.accept);
  const page = await context.newPage();
  filter.choose(page.mainFrame());
  await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(`<!doctype html><meta charset="utf-8"><body>${html}</body>`)}`);
  return { port: new WebchatPort(page.mainFrame(), selectors, recorder, { actionTimeoutMs: 5000, ...options }), recorder, frame: page.mainFrame() };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const CE: ChatSelectors = { input: '[contenteditable=true].composer', messages: '.log', agentMessage: '.msg.agent', customerMessage: '.msg.me' };

describe('WebchatPort inputs', () => {
  it('pastes into a contenteditable composer and presses Enter when there is no send button', async () => {
    const { port, recorder, frame } = await openPort(CONTENTEDITABLE, CE);
    const before = recorder.now();
    await port.say('我想查询订单');
    expect(await frame.evaluate(() => (window as unknown as { inputs: number }).inputs)).toBe(1);
    await until(() => recorder.turns().length === 1, 'the line in the log');
    const [turn] = recorder.turns();
    expect(turn).toMatchObject({ speaker: 'customer', text: '我想查询订单' });
    // Delivered = when it showed in the page's log (page clock), not before it was sent.
    expect(turn!.startMs).toBeGreaterThanOrEqual(before);
  });

  it('types character by character at persona speed when asked to (the widget sees each one)', async () => {
    const { port, recorder, frame } = await openPort(CONTENTEDITABLE, CE, { typingCps: 50, typeKeys: true });
    await port.say('你好啊');
    await until(() => recorder.turns().length === 1, 'the typed line');
    expect(recorder.turns()[0]!.text).toBe('你好啊');
    // One input event per character (a paste would be one for the whole line).
    expect(await frame.evaluate(() => (window as unknown as { inputs: number }).inputs)).toBeGreaterThanOrEqual(3);
  });

  it('fills a textarea, clicks send, and times a line the widget does not show on the Node side', async () => {
    const selectors: ChatSelectors = { input: '#ta', send: '#go', messages: '.log', agentMessage: '.msg.agent' };
    const { port, recorder, frame } = await openPort(TEXTAREA, selectors);
    await port.say('第一句');
    await port.say('第二句');
    expect(await frame.evaluate(() => (window as unknown as { sent: string[] }).sent)).toEqual(['第一句', '第二句']);
    expect(recorder.turns().map((t) => [t.speaker, t.text])).toEqual([
      ['customer', '第一句'],
      ['customer', '第二句'],
    ]);
  });

  it('takes the focus off an Enter-to-send composer after sending (a blinking caret repaints the page twice a second)', async () => {
    const focused = (frame: Frame) => frame.evaluate(() => document.activeElement?.className ?? null);
    const blurred = await openPort(CONTENTEDITABLE, CE);
    await blurred.port.say('你好');
    await until(() => blurred.recorder.turns().length === 1, 'the line in the log');
    expect(await focused(blurred.frame)).toBe('');
    // With the option off the composer keeps the focus, as a person's would.
    const kept = await openPort(CONTENTEDITABLE, CE, { blurAfterSend: false });
    await kept.port.say('你好');
    expect(await focused(kept.frame)).toBe('composer');
  });

  it('names the selector and the frame when the input is missing', async () => {
    const { port } = await openPort(TEXTAREA, { ...CE, input: '#nope' }, { actionTimeoutMs: 500, where: 'in the chat frame iframe#chat (http://x/)' });
    const err = await port.say('你好').catch((e: unknown) => e as Error);
    expect((err as Error).message).toBe('the input selector "#nope" did not match a usable element in the chat frame iframe#chat (http://x/) within 500 ms');
  });
});
