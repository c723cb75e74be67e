/**
 * npm run bench -- chat [--levels 10,50,100,200] [--time-scale 0.2]
 *
 * For each level: N chats at once against the simulated centre (exemplary agents, one agent per
 * chat so nobody queues), through the real web-chat channel in one Chromium. Prints completed
 * contacts, timing error of every agent message (page-recorded time − centre send time, from the
 * ground-truth log), peak memory (PSS) and CPU of the whole process tree (Node + Chromium).
 * Target on a 2-core machine: 200 concurrent chats with p95 timing error ≤ 50 ms.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createWebchatChannel } from '../harness/channels/webchat/channel.js';
import { defaultConfig } from '../harness/config/load.js';
import type { Interaction } from '../harness/interaction/types.js';
import { executeRun, planRun } from '../harness/runner/runner.js';
import { loadScenarioFile } from '../harness/scenario/loader.js';
import { RunStore } from '../harness/store/run-store.js';
import { percentile } from '../reports/console/summary-table.js';
import { compareWithTruth, type TruthMessage } from '../mocks/lab/compare.js';
import { startLab } from '../mocks/lab/lab.js';
import { mib, samplePeakMemory, treeUsage } from './proc-stats.js';

const SCENARIO = path.resolve(import.meta.dirname, '../scenarios/demo/credit-card-loss.yaml');

export interface ChatLevelResult {
  level: number;
  completed: number;
  wallSec: number;
  messages: number;
  missing: number;
  p50: number;
  p95: number;
  max: number;
  peakMem: number;
  cpuSec: number;
}

export async function runChatLevel(level: number, timeScale: number): Promise<ChatLevelResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `ms-bench-chat-${level}-`));
  const lab = await startLab({ groundTruthPath: path.join(dir, 'truth.jsonl'), agents: level, timeScale, profile: 'exemplary' });
  const scenario = { ...(await loadScenarioFile(SCENARIO)), repeat: level };
  const config = { ...defaultConfig(), centre: lab.info.centre, out: dir, concurrency: level, scoreOnFinish: false };
  const store = await RunStore.create(dir, planRun([scenario], config, true, `bench-${level}`), [scenario]);
  const cpu0 = treeUsage().cpuSec;
  const rss = samplePeakMemory();
  const t0 = performance.now();
  await executeRun(store, config, { channels: { webchat: (c) => createWebchatChannel(c), voice: () => Promise.reject(new Error('chat bench only')) } });
  const wallSec = (performance.now() - t0) / 1000;
  const peakMem = rss.stop();
  const cpuSec = treeUsage().cpuSec - cpu0;
  await lab.close();
  const truth = (await readFile(lab.info.groundTruth, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TruthMessage);
  const interactions: Interaction[] = await store.loadInteractions();
  const errors: number[] = [];
  let missing = 0;
  for (const i of interactions) {
    const c = compareWithTruth(i, truth);
    errors.push(...c.errorsMs.map(Math.abs));
    missing += c.missing.filter((m) => m.at <= i.startedAt + i.durationMs).length;
  }
  return {
    level,
    completed: interactions.filter((i) => i.outcome === 'completed').length,
    wallSec,
    messages: errors.length,
    missing,
    p50: percentile(errors, 50) ?? NaN,
    p95: percentile(errors, 95) ?? NaN,
    max: Math.max(...errors),
    peakMem,
    cpuSec,
  };
}

export async function benchChat(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { levels: { type: 'string', default: '10,50,100,200' }, 'time-scale': { type: 'string', default: '0.2' } } });
  const levels = values.levels.split(',').map(Number);
  console.log(`chat bench: levels ${levels.join('/')}, centre time scale ${values['time-scale']}, ${os.cpus().length} cores`);
  console.log('level  completed  wall(s)  msgs  missing  err p50  err p95  err max   peak PSS   CPU(s)  CPU/wall');
  for (const level of levels) {
    const r = await runChatLevel(level, Number(values['time-scale']));
    console.log(
      [
        String(r.level).padStart(5),
        `${r.completed}/${level}`.padStart(10),
        r.wallSec.toFixed(1).padStart(8),
        String(r.messages).padStart(5),
        String(r.missing).padStart(8),
        `${r.p50.toFixed(1)}ms`.padStart(8),
        `${r.p95.toFixed(1)}ms`.padStart(8),
        `${r.max.toFixed(1)}ms`.padStart(8),
        mib(r.peakMem).padStart(10),
        r.cpuSec.toFixed(1).padStart(8),
        (r.cpuSec / r.wallSec).toFixed(2).padStart(9),
      ].join(' '),
    );
  }
  console.log('target: 200 concurrent chats with p95 timing error ≤ 50 ms');
}
