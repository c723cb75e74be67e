/** Shared by the queue tests: a run of N fake contacts, the cross-process placement log, a real `worker` process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../../../../harness/config/load.js';
import type { DueContact } from '../../../../harness/load/types.js';
import { planRun } from '../../../../harness/runner/runner.js';
import { loadScenarioFile } from '../../../../harness/scenario/loader.js';
import { RunStore } from '../../../../harness/store/run-store.js';
import { BIN, ROOT } from '../../../e2e/cli-helpers.js';
import type { PlacementRecord } from '../../../fixtures/queue/fast-channels.js';

export async function newRun(contacts: number) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-queue-'));
  const s = { ...(await loadScenarioFile('test/fixtures/scenarios/valid-chat.yaml')), repeat: contacts };
  const config = { ...defaultConfig(), out: dir, concurrency: 4 };
  const store = await RunStore.create(dir, planRun([s], config, true), [s]);
  const due = (dueAt: number): DueContact[] => store.contacts().map((c) => ({ contactId: c.contactId, scenarioId: c.scenarioId, channel: c.channel, stage: 'steady', dueAt }));
  return { dir, store, config, scenarios: [s], due, log: path.join(dir, 'placements.jsonl') };
}

export async function placements(log: string): Promise<PlacementRecord[]> {
  const text = await readFile(log, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as PlacementRecord);
}

/** Most placements in progress at one moment, from their [start, end) intervals. */
export function peakOverlap(recs: PlacementRecord[]): number {
  const edges = recs.flatMap((r) => [[r.start, 1] as const, [r.end, -1] as const]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, d] of edges) peak = Math.max(peak, (now += d));
  return peak;
}

/** A real `worker` process with the fast channel; resolves once it says it is ready. */
export function cliWorker(url: string, queueName: string, env: NodeJS.ProcessEnv, extra: string[] = []): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number | null> }> {
  const args = [BIN, 'worker', '--queue', url, '--queue-name', queueName, '--channels-module', 'test/fixtures/queue/fast-channels.ts', ...extra];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (/ready on/u.test(out)) {
        clearInterval(timer);
        resolve({ child, output: () => out, exited });
      }
      if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`worker exited: ${out}`));
      }
    }, 50);
  });
}
