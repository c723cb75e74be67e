/**
 * npm run bench -- chat-idle [--counts 0,50,150] [--idle-ms 10000]
 *
 * What open chats cost while nothing happens in them, by number of chats and kind of process: N
 * vendor-launcher chats (widget zoo) are opened (page, banner, launcher, frame) and left open, then
 * the CPU of Node and of every Chromium process kind is read over an idle window, first as the zoo
 * page is (it has no animation), then with a typing-dots CSS animation (opacity, infinite) added
 * to every chat's frame by the bench — the kind of thing a vendor's typing indicator or launcher
 * pulse runs — to see whether pages nobody looks at cost frames in the headless browser. The
 * animation is the bench's, never the zoo's, and it is removed before the next count.
 *
 * Measured (2 cores, shared machine at load 20–40, 5 Dec 2026; CPU ms per 10 s): 50 chats renderer
 * 140, browser 30, gpu-process 10; 150 chats renderer 530, browser 40, gpu-process 10 — about 0.3 ms
 * per chat per second, roughly linear. With the animation: 50 chats renderer 580, 150 chats 380,
 * browser and gpu-process unchanged — no frame cost that grows with the chats in progress.
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, HEADLESS_SHELL } from '../harness/channels/webchat/browser.js';
import { openChatContext, type PreparedChat } from '../harness/channels/webchat/context-pool.js';
import { pageClockConfig } from '../harness/channels/webchat/page-clock.js';
import { loadChatPage } from '../harness/channels/webchat/page-steps.js';
import { resolveSelectors } from '../harness/channels/webchat/presets.js';
import { openWidget, type ChatFrame } from '../harness/channels/webchat/widget.js';
import { defaultConfig } from '../harness/config/load.js';
import { loadScenarioFile } from '../harness/scenario/loader.js';
import { startWidgetZoo } from '../mocks/widget-zoo/server.js';
import { cpuByKindOfTree } from './proc-sampler.js';

/** A typing-dots element whose opacity pulses forever, added to a chat frame by the bench. */
const ADD_ANIMATION = String.raw`(function () {
  var style = document.createElement('style');
  style.id = 'bench-idle-animation-style';
  style.textContent = '@keyframes bench-dots{0%{opacity:.2}50%{opacity:1}100%{opacity:.2}}' +
    '#bench-idle-animation{animation:bench-dots 1s infinite;width:20px;height:6px;background:#888}';
  document.head.appendChild(style);
  var dots = document.createElement('div');
  dots.id = 'bench-idle-animation';
  document.body.appendChild(dots);
})()`;
const REMOVE_ANIMATION = `['bench-idle-animation', 'bench-idle-animation-style'].forEach(function (id) { var el = document.getElementById(id); if (el) el.remove(); })`;

export async function benchChatIdle(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { counts: { type: 'string', default: '0,50,150' }, 'idle-ms': { type: 'string', default: '10000' } } });
  const counts = values.counts.split(',').map(Number).sort((a, b) => a - b);
  const idleMs = Number(values['idle-ms']);
  const zoo = await startWidgetZoo({});
  const scenario = await loadScenarioFile('mocks/widget-zoo/scenarios/vendor-launcher.yaml');
  const resolved = resolveSelectors(scenario.target?.selectors);
  const widget = scenario.target?.widget;
  if (!resolved.ok || !widget) throw new Error('the vendor-launcher scenario has no usable widget selectors');
  const browser = await chromium.launch({ executablePath: HEADLESS_SHELL, headless: true, args: chromiumArgs({ ...defaultConfig().browser, extraArgs: [] }) });
  const cpuMs = cpuByKindOfTree();
  const idle = async (label: string): Promise<void> => {
    const before = cpuMs();
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    const after = cpuMs();
    const used = Object.entries(after)
      .map(([kind, ms]) => [kind, ms - (before[kind] ?? 0)] as const)
      .filter(([, ms]) => ms > 0)
      .map(([kind, ms]) => `${kind} ${ms.toFixed(0)}`);
    console.log(`  ${label.padEnd(40)} CPU ms over ${idleMs} ms: ${used.join(', ') || 'none'}`);
  };
  const kind = { locale: 'zh-CN', clock: pageClockConfig(resolved.selectors) };
  const open: Array<{ prepared: PreparedChat; chat: ChatFrame }> = [];
  console.log(`chat-idle: open vendor-launcher chats left idle, ${HEADLESS_SHELL}`);
  try {
    for (const count of counts) {
      while (open.length < count) {
        const never = new AbortController().signal; // one per chat: each wait adds an abort listener
        const prepared = await openChatContext(browser, kind);
        const loadError = await loadChatPage(prepared.page, `${zoo.url}/zoo/vendor-launcher?ref=chat-idle-${open.length}`, 30_000, never);
        if (loadError) throw new Error(loadError.message);
        const chat = { current: { frame: prepared.page.mainFrame(), path: [] } as ChatFrame };
        await openWidget(prepared.page, widget, { actionTimeoutMs: 30_000, vars: {}, onEvent: () => {}, lean: true }, chat);
        open.push({ prepared, chat: chat.current });
      }
      await new Promise((resolve) => setTimeout(resolve, 3_000)); // the bot's greeting has come and gone
      await idle(`${count} chats, as the zoo page is`);
      if (count === 0) continue;
      for (const { chat } of open) await chat.frame.evaluate(ADD_ANIMATION);
      await idle(`${count} chats, an animation in each frame`);
      for (const { chat } of open) await chat.frame.evaluate(REMOVE_ANIMATION);
    }
  } finally {
    await browser.close();
    await zoo.close();
  }
}
