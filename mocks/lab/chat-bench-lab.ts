/**
 * The far side of the chat benchmark — the simulated centre, or one page of the widget zoo — in a
 * child process of its own, as the voice benchmark runs its emulators (mocks/twilio/bench-lab.ts):
 * a real centre does not share the harness's CPU or event loop, so the figures measure the harness.
 * The child writes its ground truth to a JSONL file the benchmark reads after closing it, and
 * reports what only it can see (sessions in progress at the centre, its own event-loop stats).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startCentre } from '../centre/server.js';
import { startLoopStats, type LoopStats } from '../twilio/loop-stats.js';
import { startZooTarget } from './chat-bench-zoo.js';

export type ChatBenchTarget =
  /** The simulated centre: `agents` agents (enough that nobody queues), delays × `timeScale`. */
  | { kind: 'centre'; agents: number; timeScale: number }
  /**
   * One page of the widget zoo (mocks/widget-zoo), by page id; `crossSite`: its chat iframes come
   * from another site (localhost), as a vendor's do, not only another port.
   */
  | { kind: 'zoo'; page: string; crossSite?: boolean };

export interface ChatBenchLabSpec {
  target: ChatBenchTarget;
  /** JSONL file the ground truth goes to (one TruthMessage per line, see compare.ts). */
  truthPath: string;
}

export interface ChatBenchLabInfo {
  /** Base URL for the config's `centre` (`{{centre}}` in scenarios). */
  centre: string;
}

/** A distribution in ms. */
export interface MsSpread {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface ChatBenchLabReport {
  /** Most chats the centre had in progress at once (sampled every 100 ms), or null if it cannot tell. */
  peakActive: number | null;
  loop: LoopStats;
  /**
   * Centre only: ground-truth stamp of each message → its bytes handed to the OS, ms. A stall there
   * (the centre's own loop or GC between stamping and writing) would count as harness timing error.
   */
  stampToWrittenMs: MsSpread | null;
}

export function msSpread(values: number[]): MsSpread | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil((q / 100) * sorted.length) - 1)]!;
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1]! };
}

export interface ChatBenchLab {
  info: ChatBenchLabInfo;
  report(): Promise<ChatBenchLabReport>;
  /** Stops the servers; the ground truth file is complete afterwards. */
  close(): Promise<void>;
}

export async function startChatBenchLab(spec: ChatBenchLabSpec): Promise<ChatBenchLab> {
  const loop = startLoopStats();
  if (spec.target.kind === 'zoo') {
    const zoo = await startZooTarget(spec.target.page, spec.truthPath, spec.target.crossSite ?? false);
    return { info: { centre: zoo.url }, report: async () => ({ peakActive: null, loop: loop.stop(), stampToWrittenMs: null }), close: () => zoo.close() };
  }
  const stampToWritten: number[] = [];
  const centre = await startCentre({
    onMessageWritten: (ms) => stampToWritten.push(ms),
    groundTruthPath: spec.truthPath,
    agents: spec.target.agents,
    timeScale: spec.target.timeScale,
    profile: 'exemplary',
  });
  let peakActive = 0;
  const sampler = setInterval(() => {
    peakActive = Math.max(peakActive, centre.stats().sessions.active);
  }, 100);
  return {
    info: { centre: centre.url },
    report: async () => ({ peakActive, loop: loop.stop(), stampToWrittenMs: msSpread(stampToWritten) }),
    async close() {
      clearInterval(sampler);
      await centre.close();
    },
  };
}

/** Messages between the benchmark and its lab process. */
export type ChatBenchLabRequest = { type: 'report' } | { type: 'close' };
export type ChatBenchLabMessage =
  | { type: 'ready'; info: ChatBenchLabInfo }
  | { type: 'report'; report: ChatBenchLabReport }
  | { type: 'error'; message: string };

const CHILD_ENTRY = fileURLToPath(new URL('./chat-bench-lab-main.ts', import.meta.url));

/**
 * Starts the lab in a child process (tsx loader, IPC channel) and talks to it by messages.
 * `nodeArgs`: extra Node flags for the child, e.g. `--cpu-prof` to profile the centre. @default none
 */
export async function forkChatBenchLab(spec: ChatBenchLabSpec, nodeArgs: readonly string[] = []): Promise<ChatBenchLab & { pid: number }> {
  const child = fork(CHILD_ENTRY, [JSON.stringify(spec)], { execArgv: ['--import', 'tsx', ...nodeArgs], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the chat bench lab process exited (code ${code})`))));
  exited.catch(() => undefined);
  const next = (type: ChatBenchLabMessage['type']) =>
    Promise.race([
      exited,
      new Promise<ChatBenchLabMessage>((resolve, reject) => {
        const onMessage = (m: ChatBenchLabMessage) => {
          if (m.type !== type && m.type !== 'error') return;
          child.off('message', onMessage);
          if (m.type === 'error') reject(new Error(`chat bench lab: ${m.message}`));
          else resolve(m);
        };
        child.on('message', onMessage);
      }),
    ]);
  const ready = (await next('ready')) as Extract<ChatBenchLabMessage, { type: 'ready' }>;
  return {
    pid: child.pid!,
    info: ready.info,
    async report() {
      const reply = next('report');
      child.send({ type: 'report' } satisfies ChatBenchLabRequest);
      return ((await reply) as Extract<ChatBenchLabMessage, { type: 'report' }>).report;
    },
    async close() {
      if (child.exitCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'close' } satisfies ChatBenchLabRequest);
      await gone;
    },
  };
}
