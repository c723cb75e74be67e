/**
 * npm run bench -- chat-start [--chats 60] [--gates 2,4,8] [--modes context,lean,prewarmed,shared]
 *                            [--args="--flag …"] [--executable /usr/bin/chromium-headless-shell]
 *
 * The experiment behind the web-chat start path: where does a chat's start go? Opens `--chats`
 * chat pages against the simulated centre (the chats stay open, as they would in a run, so later
 * starts meet a busy browser) and times each phase from Node: new context, exposeBinding,
 * addInitScript, new page (renderer process), page load (DOMContentLoaded), chat ready. Modes:
 * - `context`   — what a chat did before: every phase per chat, at most `gate` chats starting at once;
 * - `prewarmed` — context, binding, init script and page made before the clock starts (a pool),
 *                 so only the page load is left on the chat's path;
 * - `lean`      — like `context`, but no viewport or locale emulation (fewer round trips per page);
 * - `shared`    — one context for every chat, one page each (no per-chat isolation).
 * Prints per mode and gate: chats started per second, CPU seconds per start (Node, Chromium and
 * the in-process centre, which also answers the chats) and p50/p95 of each phase.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs } from '../harness/channels/webchat/browser.js';
import { defaultConfig } from '../harness/config/load.js';
import { percentile } from '../reports/console/summary-table.js';
import { startCentre } from '../mocks/centre/server.js';
import { ProcSampler } from './proc-sampler.js';

type Mode = 'context' | 'lean' | 'prewarmed' | 'shared';
const PHASES = ['context', 'binding', 'init', 'page', 'load', 'ready', 'total'] as const;
type Phase = (typeof PHASES)[number];

const INIT = `window.__probe = performance.now();`;

function contextOptions(mode: Mode) {
  return mode === 'lean' ? { serviceWorkers: 'block' as const, viewport: null } : { serviceWorkers: 'block' as const, viewport: { width: 1024, height: 768 }, locale: 'zh-CN' };
}

async function prepare(browser: Browser, shared: BrowserContext | null, mode: Mode): Promise<{ context: BrowserContext; page: Page; t: Partial<Record<Phase, number>> }> {
  const t: Partial<Record<Phase, number>> = {};
  let t0 = performance.now();
  const context = shared ?? (await browser.newContext(contextOptions(mode)));
  t.context = performance.now() - t0;
  if (!shared) {
    t0 = performance.now();
    await context.exposeBinding('__probeBinding', () => undefined);
    t.binding = performance.now() - t0;
    t0 = performance.now();
    await context.addInitScript({ content: INIT });
    t.init = performance.now() - t0;
  }
  t0 = performance.now();
  const page = await context.newPage();
  t.page = performance.now() - t0;
  return { context, page, t };
}

async function trial(browser: Browser, centre: string, mode: Mode, chats: number, gate: number): Promise<{ perSec: number; cpuPerStart: number; byKind: Record<string, number>; phases: Record<Phase, number[]> }> {
  const phases = Object.fromEntries(PHASES.map((p) => [p, [] as number[]])) as Record<Phase, number[]>;
  let shared: BrowserContext | null = null;
  if (mode === 'shared') {
    shared = await browser.newContext(contextOptions(mode));
    await shared.exposeBinding('__probeBinding', () => undefined);
    await shared.addInitScript({ content: INIT });
  }
  // Pre-warming happens before the run's clock (Channel.prepare): its CPU is not a start's.
  const warm = mode === 'prewarmed' ? await Promise.all(Array.from({ length: chats }, () => prepare(browser, null, mode))) : [];
  const sampler = new ProcSampler({ intervalMs: 500 }).start();
  const contexts: BrowserContext[] = warm.map((w) => w.context);
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    for (let k = next++; k < chats; k = next++) {
      const s = performance.now();
      const prepared = mode === 'prewarmed' ? warm[k]! : await prepare(browser, shared, mode);
      if (mode !== 'prewarmed') {
        if (!shared) contexts.push(prepared.context);
        for (const [p, ms] of Object.entries(prepared.t)) phases[p as Phase].push(ms);
      }
      let l = performance.now();
      await prepared.page.goto(`${centre}/chat?ref=probe-${mode}-${gate}-${k}`, { waitUntil: 'domcontentloaded' });
      phases.load.push(performance.now() - l);
      l = performance.now();
      await prepared.page.locator('#status[data-state="chatting"]').waitFor({ state: 'attached' });
      phases.ready.push(performance.now() - l);
      phases.total.push(performance.now() - s);
    }
  };
  await Promise.all(Array.from({ length: gate }, worker));
  const perSec = chats / ((performance.now() - t0) / 1000);
  const figures = sampler.stop();
  const cpuPerStart = figures.cpuSec / chats;
  const byKind = Object.fromEntries(Object.entries(figures.cpuSecByKind).map(([k, v]) => [k, Math.round((v / chats) * 1000)]));
  await Promise.all([...contexts, ...(shared ? [shared] : [])].map((c) => c.close().catch(() => {})));
  return { perSec, cpuPerStart, byKind, phases };
}

export async function benchChatStart(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      chats: { type: 'string', default: '60' },
      gates: { type: 'string', default: '2,4,8' },
      modes: { type: 'string', default: 'context,prewarmed,shared' },
      args: { type: 'string', default: '' },
      executable: { type: 'string' },
    },
  });
  const chats = Number(values.chats);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-bench-chat-start-'));
  // Agents hold each chat until its idle timeout: enough of them that nobody queues.
  const centre = await startCentre({ groundTruthPath: path.join(dir, 'truth.jsonl'), agents: chats * 2, timeScale: 0.2, profile: 'exemplary' });
  const config = defaultConfig().browser;
  const extra = values.args.split(' ').filter(Boolean);
  const browser = await chromium.launch({ executablePath: values.executable ?? config.executablePath, headless: true, args: [...chromiumArgs(config), ...extra] });
  console.log(`chat-start: ${chats} chats per trial, ${browser.version()}, extra args [${extra.join(' ')}], ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`);
  console.log(`mode       gate  starts/s  CPU/start  ${PHASES.map((p) => `${p} p50/p95`.padStart(16)).join('')}`);
  try {
    for (const mode of values.modes.split(',') as Mode[]) {
      for (const gate of values.gates.split(',').map(Number)) {
        const r = await trial(browser, centre.url, mode, chats, gate);
        const cells = PHASES.map((p) => (r.phases[p].length ? `${percentile(r.phases[p], 50)!.toFixed(0)}/${percentile(r.phases[p], 95)!.toFixed(0)}` : '-').padStart(16));
        console.log(`${mode.padEnd(10)} ${String(gate).padStart(4)} ${r.perSec.toFixed(1).padStart(9)} ${`${(r.cpuPerStart * 1000).toFixed(0)}ms`.padStart(10)}  ${cells.join('')}`);
        console.log(`           CPU ms per start by process: ${JSON.stringify(r.byKind)}`);
      }
    }
  } finally {
    await browser.close();
    await centre.close();
  }
}
