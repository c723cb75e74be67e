/**
 * The page clock's stamp under a busy renderer (issue 9: timing error rose while chats were
 * starting). A message is stamped in the MutationObserver callback, which runs at the microtask
 * checkpoint of the very task that inserted it — so work queued behind that task (other timers,
 * layout, the renderer catching up) cannot delay the stamp. This checks exactly that, with a
 * renderer kept busy for 800 ms right after the insertion: a clock that stamped in any later task
 * (a poll, a timer, Node) would be off by at least that much.
 */
import { describe, expect, it } from 'vitest';
import { installPageClock, pageClockConfig, type PageRecord } from '../../../../harness/channels/webchat/page-clock.js';
import { SELECTOR_PRESETS } from '../../../../harness/channels/webchat/presets.js';
import { useTestBrowser } from './test-browser.js';

const chrome = useTestBrowser();

// Inserts an agent bubble, notes the insertion time in the page, then keeps the renderer busy.
const PAGE = `<!doctype html><meta charset="utf-8"><body><div id="messages"></div><script>
window.insertThenBusy = function (busyMs) {
  var div = document.createElement('div');
  div.className = 'msg agent';
  div.innerHTML = '<span class="who">客服</span><span class="text">您好，很高兴为您服务</span>';
  document.getElementById('messages').appendChild(div);
  window.insertedAt = performance.timeOrigin + performance.now();
  setTimeout(function () { var end = performance.now() + busyMs; while (performance.now() < end) {} }, 0);
  setTimeout(function () { var end = performance.now() + busyMs; while (performance.now() < end) {} }, 0);
};
</script></body>`;

describe('page clock under a busy renderer', () => {
  it('stamps a message at its insertion, not when the renderer gets round to it', async () => {
    const context = await chrome.newContext();
    const records: PageRecord[] = [];
    await installPageClock(context, pageClockConfig(SELECTOR_PRESETS['simulated-centre']!), (r) => records.push(r));
    const page = await context.newPage();
    await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(PAGE)}`);
    await page.evaluate('window.insertThenBusy(400)');
    const insertedAt = (await page.evaluate('window.insertedAt')) as number;
    const deadline = Date.now() + 15_000;
    while (!records.some((r) => r.kind === 'message') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    const message = records.find((r): r is Extract<PageRecord, { kind: 'message' }> => r.kind === 'message');
    expect(message?.text).toBe('您好，很高兴为您服务');
    // Same task as the insertion: microseconds apart, not the 800 ms of queued work after it.
    expect(Math.abs(message!.at - insertedAt)).toBeLessThan(400);
  });
});
