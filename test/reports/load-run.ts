/**
 * A small scored load-run folder (not a test file): the seeded M/M/c simulation of
 * test/scorers/load/load-fixture.ts written as the harness stores a run (run.json with `load`,
 * contacts/*.json, scenarios/), then scored with the real `score` code path.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RunManifest } from '../../harness/store/types.js';
import { scoreRunDir } from '../../harness/scoring/score-run.js';
import { simulateLoadRun, steps, type SimOptions } from '../scorers/load/load-fixture.js';

/** @default 8 agents; closed steps 4, 6, 8, 10, 12 of 10 minutes, then a 30-minute soak at 6 */
export async function scoredLoadRun(opts: Partial<SimOptions> = {}): Promise<string> {
  const run = simulateLoadRun({
    agents: 8,
    meanServiceMs: 180_000,
    patienceMs: 60_000,
    seed: 3,
    stages: [...steps([4, 6, 8, 10, 12], 10 * 60_000), { name: 'soak', durationMs: 30 * 60_000, concurrency: { from: 6, to: 6 }, role: 'soak' }],
    targets: { concurrency: 10 },
    // replies that vary (1–5 s), so the percentiles per stage differ
    latencyMs: (t) => 1000 + Math.round(2000 * (1 + Math.sin(t / 7919))),
    ...opts,
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-load-run-'));
  await mkdir(path.join(dir, 'contacts'), { recursive: true });
  await mkdir(path.join(dir, 'scenarios'), { recursive: true });
  await writeFile(path.join(dir, 'scenarios', 'load-sim.json'), JSON.stringify({ id: 'load-sim', title: '负载测试场景', channel: 'webchat', steps: [] }));
  for (const i of run.interactions) await writeFile(path.join(dir, 'contacts', `${i.contactId}.json`), JSON.stringify({ ...i, runId: 'load-test' }));
  const manifest: RunManifest = {
    schemaVersion: 1,
    runId: 'load-test',
    createdAt: new Date(run.info.startedAt).toISOString(),
    updatedAt: new Date(run.info.endedAt!).toISOString(),
    status: 'completed',
    tool: { name: 'mystery-shopper', version: 'test', node: process.version },
    configHash: '0'.repeat(64),
    config: { centre: 'http://127.0.0.1:1', concurrency: 12, rubric: 'sjt-11739', seed: 3, offline: true },
    scenarios: [{ id: 'load-sim', title: '负载测试场景', file: 'load-sim.yaml', sha256: '0'.repeat(64), channels: ['webchat'], repeat: 1 }],
    contacts: Object.fromEntries(run.entries.map((e) => [e.contactId, { ...e, file: `contacts/${e.contactId}.json` }])),
    load: run.info,
  };
  await writeFile(path.join(dir, 'run.json'), JSON.stringify(manifest, null, 2));
  await scoreRunDir(dir);
  return dir;
}
