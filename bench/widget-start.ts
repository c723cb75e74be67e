/**
 * npm run bench -- widget-start [--chats 16] [--cross-site] [--no-lean-open] [--say [--lean-input]] [--lean-ready] [--executable PATH] [--args="--flag …"]
 *
 * What opening one vendor-launcher chat (widget zoo) costs, step by step: page load, banner click,
 * launcher click, frame lookup, ready — CPU of Node and of Chromium by kind of process (from /proc,
 * 10 ms ticks: means over the chats, the first left out as warm-up) and CDP messages sent. Chats
 * start one after another and stay open, so later ones meet a browser with earlier ones in it; then
 * all of them idle for 10 s (what an open chat costs while nothing happens), and the renderer
 * processes are counted (one per chat unless the iframe gets its own), and each context is closed.
 * `--say`: once ready, each chat sends one line (as a chat in progress does) and gets the bot's
 * answer, measured as two more steps. `--cross-site` serves the
 * chat iframe from another site (localhost), as a vendor's is.
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, HEADLESS_SHELL } from '../harness/channels/webchat/browser.js';
import { openChatContext, type PreparedChat } from '../harness/channels/webchat/context-pool.js';
import { WebchatPort } from '../harness/channels/webchat/port.js';
import { pageClockConfig } from '../harness/channels/webchat/page-clock.js';
import { loadChatPage, waitUntilReady } from '../harness/channels/webchat/page-steps.js';
import { resolveSelectors } from '../harness/channels/webchat/presets.js';
import { ChatRecorder } from '../harness/channels/webchat/recorder.js';
import { openWidget, type ChatFrame } from '../harness/channels/webchat/widget.js';
import { defaultConfig } from '../harness/config/load.js';
import { loadScenarioFile } from '../harness/scenario/loader.js';
import { startWidgetZoo } from '../mocks/widget-zoo/server.js';
import { cpuByKindOfTree, kindOf, readAllStats, treeOf } from './proc-sampler.js';

interface Sample {
  cpuMs: Record<string, number>;
  cdp: number;
  wallMs: number;
}

/** Counts the CDP messages Playwright sends (it logs each one under DEBUG=pw:protocol, set by bench/main.ts). */
function countProtocolSends(): { count: () => number } {
  let sent = 0;
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = String(chunk);
    if (!text.includes('pw:protocol')) return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    if (text.includes('SEND')) sent += 1;
    return true;
  }) as typeof process.stderr.write;
  return { count: () => sent };
}

export async function benchWidgetStart(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      chats: { type: 'string', default: '16' },
      'cross-site': { type: 'boolean', default: false },
      'no-lean-open': { type: 'boolean', default: false },
      executable: { type: 'string', default: HEADLESS_SHELL },
      args: { type: 'string', default: '' },
      say: { type: 'boolean', default: false },
      'lean-input': { type: 'boolean', default: false },
      'lean-ready': { type: 'boolean', default: false },
    },
  });
  const chats = Number(values.chats);
  const protocol = countProtocolSends();
  const zoo = await startWidgetZoo(values['cross-site'] ? { widgetHost: 'localhost' } : {});
  const scenario = await loadScenarioFile('mocks/widget-zoo/scenarios/vendor-launcher.yaml');
  const resolved = resolveSelectors(scenario.target?.selectors);
  if (!resolved.ok || !scenario.target?.widget) throw new Error('the vendor-launcher scenario has no usable widget selectors');
  const widget = scenario.target.widget;
  const args = chromiumArgs({ ...defaultConfig().browser, extraArgs: values.args.split(/\s+/u).filter(Boolean) });
  const browser = await chromium.launch({ executablePath: values.executable, headless: true, args });
  const cpu = cpuByKindOfTree();
  const steps = new Map<string, Sample[]>();
  let mark = { cpu: cpu(), cdp: protocol.count(), wall: performance.now() };
  const step = (name: string) => {
    const now = { cpu: cpu(), cdp: protocol.count(), wall: performance.now() };
    const cpuMs: Record<string, number> = {};
    for (const k of new Set([...Object.keys(now.cpu), ...Object.keys(mark.cpu)])) cpuMs[k] = (now.cpu[k] ?? 0) - (mark.cpu[k] ?? 0);
    steps.set(name, [...(steps.get(name) ?? []), { cpuMs, cdp: now.cdp - mark.cdp, wallMs: now.wall - mark.wall }]);
    mark = now;
  };
  const kind = { locale: 'zh-CN', clock: pageClockConfig(resolved.selectors) };
  const opened: PreparedChat[] = [];
  try {
    for (let i = 0; i < chats; i++) {
      const never = new AbortController().signal; // one per chat: each wait adds an abort listener
      const prepared = await openChatContext(browser, kind);
      const recorder = new ChatRecorder(Date.now(), resolved.selectors);
      prepared.route((record) => recorder.handle(record));
      mark = { cpu: cpu(), cdp: protocol.count(), wall: performance.now() };
      const loadError = await loadChatPage(prepared.page, `${zoo.url}/zoo/vendor-launcher?ref=widget-start-${i}`, 30_000, never);
      if (loadError) throw new Error(loadError.message);
      step('page load');
      const chat = { current: { frame: prepared.page.mainFrame(), path: [] } as ChatFrame };
      const onEvent = (e: { type: string; detail?: Record<string, unknown> }) => step(`${e.type} ${String(e.detail?.selector ?? '')}`.trim());
      await openWidget(prepared.page, widget, { actionTimeoutMs: 30_000, vars: {}, onEvent, lean: !values['no-lean-open'] }, chat);
      const readyOptions = { readyTimeoutMs: 30_000, queueTimeoutMs: 60_000, leanWidgetReady: values['lean-ready'], clock: kind.clock };
      const readyError = await waitUntilReady(chat.current.frame, resolved.selectors, recorder, readyOptions, never);
      if (readyError) throw new Error(readyError.message);
      step('ready');
      if (values.say) {
        // One customer line as a chat in progress sends it, then the bot's answer arriving (page clock → Node).
        const port = new WebchatPort(chat.current.frame, resolved.selectors, recorder, { actionTimeoutMs: 30_000, leanWidgetInput: values['lean-input'] });
        await new Promise((resolve) => setTimeout(resolve, 1_600)); // the greeting has come and gone
        mark = { cpu: cpu(), cdp: protocol.count(), wall: performance.now() };
        await port.say('我想退货，申请了三天没人处理。');
        step('say (fill, Enter, blur)');
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        step('the answer arrives (2 s wait)');
      }
      opened.push(prepared);
    }
    mark = { cpu: cpu(), cdp: protocol.count(), wall: performance.now() };
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    step(`all ${chats} chats idle 10 s`);
    for (const prepared of opened) {
      mark = { cpu: cpu(), cdp: protocol.count(), wall: performance.now() };
      await prepared.context.close();
      step('context close');
    }
    const processes: Record<string, number> = {};
    for (const pid of treeOf(readAllStats(), process.pid)) if (pid !== process.pid) processes[kindOf(pid)] = (processes[kindOf(pid)] ?? 0) + 1;
    console.log(`widget-start: ${chats} vendor-launcher chats, ${values.executable}${values['cross-site'] ? ', cross-site iframe' : ''}${values['no-lean-open'] ? ', Playwright actions only' : ''}; processes ${JSON.stringify(processes)}`);
    const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
    for (const [name, all] of steps) {
      const list = all.length > 1 ? all.slice(1) : all; // the first chat pays for warm-up
      const byKind = [...new Set(list.flatMap((s) => Object.keys(s.cpuMs)))]
        .map((k) => [k, mean(list.map((s) => s.cpuMs[k] ?? 0))] as const)
        .filter(([, ms]) => ms >= 0.5)
        .map(([k, ms]) => `${k} ${ms.toFixed(0)}`)
        .join(', ');
      console.log(`  ${name.padEnd(58)} wall ${mean(list.map((s) => s.wallMs)).toFixed(0)} ms, CDP sent ${mean(list.map((s) => s.cdp)).toFixed(1)}, CPU ms: ${byKind}`);
    }
  } finally {
    await browser.close();
    await zoo.close();
  }
}
