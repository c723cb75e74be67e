/**
 * The queue end to end against a real redis-server: a producer (the Redis dispatcher) and
 * several workers — in this process and a real `worker` CLI process — placing contacts of one run
 * with a fast fake channel. Caps are checked from the placements' own start/end times, recorded by
 * every process into one log; nothing here depends on how fast the machine is.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../../harness/config/load.js';
import type { Interaction } from '../../../../harness/interaction/types.js';
import { createRedisDispatcher } from '../../../../harness/load/queue/redis-dispatcher.js';
import { startQueueWorker, type QueueWorker } from '../../../../harness/load/queue/queue-worker.js';
import type { DueContact } from '../../../../harness/load/types.js';
import type { RunHooks } from '../../../../harness/runner/place-contact.js';
import { planRun } from '../../../../harness/runner/runner.js';
import { loadScenarioFile } from '../../../../harness/scenario/loader.js';
import { RunStore } from '../../../../harness/store/run-store.js';
import { BIN, ROOT } from '../../../e2e/cli-helpers.js';
import { fastChannels, type PlacementRecord } from '../../../fixtures/queue/fast-channels.js';
import { HAS_REDIS, startRedis, type RedisHandle } from './redis-server.js';

let redis: RedisHandle;
beforeAll(async () => {
  if (HAS_REDIS) redis = await startRedis();
});
afterAll(async () => redis?.stop());

async function newRun(contacts: number) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-queue-'));
  const s = { ...(await loadScenarioFile('test/fixtures/scenarios/valid-chat.yaml')), repeat: contacts };
  const config = { ...defaultConfig(), out: dir, concurrency: 4 };
  const store = await RunStore.create(dir, planRun([s], config, true), [s]);
  const due = (dueAt: number): DueContact[] => store.contacts().map((c) => ({ contactId: c.contactId, scenarioId: c.scenarioId, channel: c.channel, stage: 'steady', dueAt }));
  return { dir, store, config, scenarios: [s], due, log: path.join(dir, 'placements.jsonl') };
}

async function placements(log: string): Promise<PlacementRecord[]> {
  const text = await readFile(log, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as PlacementRecord);
}

/** Most placements in progress at one moment, from their [start, end) intervals. */
function peakOverlap(recs: PlacementRecord[]): number {
  const edges = recs.flatMap((r) => [[r.start, 1] as const, [r.end, -1] as const]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, d] of edges) peak = Math.max(peak, (now += d));
  return peak;
}

/** A real `worker` process with the fast channel; resolves once it says it is ready. */
function cliWorker(url: string, queueName: string, env: NodeJS.ProcessEnv, extra: string[] = []): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number | null> }> {
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

describe.skipIf(!HAS_REDIS)('queue: producer and workers on one Redis queue', () => {
  it('two in-process workers and a CLI worker place every contact exactly once, within the global concurrency and CPS caps', async () => {
    const run = await newRun(18);
    const env = { MS_FAKE_CONTACT_MS: '400', MS_FAKE_PLACEMENT_LOG: run.log };
    const cli = await cliWorker(redis.url, 'caps', env, ['--concurrency', '4']);
    const workers: QueueWorker[] = [];
    for (let i = 0; i < 2; i++) workers.push(await startQueueWorker({ queue: redis.url, queueName: 'caps', concurrency: 4, config: run.config, channels: fastChannels(env) }));
    const started: string[] = [];
    const hooks: RunHooks = { onStart: (e) => started.push(e.contactId) };
    const dispatcher = await createRedisDispatcher({ queue: redis.url, queueName: 'caps', store: run.store, scenarios: run.scenarios, caps: { concurrency: 3, callsPerSecond: 10 }, hooks });
    const outcomes = await Promise.all(run.due(Date.now()).map((c) => dispatcher.dispatch(c)));
    await dispatcher.close();
    await Promise.all(workers.map((w) => w.close()));
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    expect(cli.output()).toMatch(/stopped after placing \d+ contact/u);

    expect(outcomes.map((o) => o.outcome)).toEqual(Array(18).fill('completed'));
    const recs = await placements(run.log);
    const ids = recs.map((r) => r.contactId).sort();
    expect(ids).toEqual(run.store.contacts().map((c) => c.contactId).sort()); // each once, none twice
    // Global concurrency: never more than 3 in progress across the three workers (4 slots each).
    expect(peakOverlap(recs)).toBeLessThanOrEqual(3);
    // Global rate: one start per 100 ms; any 1 s window holds at most 10 + 1 (a window's edges).
    const starts = recs.map((r) => r.start).sort((a, b) => a - b);
    for (const t of starts) expect(starts.filter((s) => s >= t && s < t + 1000).length).toBeLessThanOrEqual(11);
    expect(starts.at(-1)! - starts[0]!).toBeGreaterThanOrEqual(16 * 100 - 100);

    const manifest = JSON.parse(await readFile(path.join(run.store.dir, 'run.json'), 'utf8'));
    const entries = Object.values(manifest.contacts) as Array<{ status: string; attempts: number; load: { worker: string; stage: string } }>;
    expect(entries.every((e) => e.status === 'done' && e.attempts === 1 && e.load.stage === 'steady')).toBe(true);
    const byWorker = new Set(entries.map((e) => e.load.worker));
    expect([...byWorker].every((w) => manifest.dispatch.workers.includes(w))).toBe(true);
    expect(manifest.dispatch).toMatchObject({ kind: 'queue', queue: expect.stringContaining('#caps') });
    expect(new Set(started).size).toBe(18);
    expect((await readdir(run.store.contactsDir)).filter((n) => n.endsWith('.json'))).toHaveLength(18);
    console.log(`placements by process: ${JSON.stringify(Object.fromEntries([...new Set(recs.map((r) => r.pid))].map((p) => [p, recs.filter((r) => r.pid === p).length])))}`);
  });

  it('a worker killed while placing: its contact is failed as E_WORKER_LOST, never placed again', async () => {
    const run = await newRun(6);
    const lost = run.store.contacts()[0]!.contactId;
    const env = { MS_FAKE_CONTACT_MS: '100', MS_FAKE_PLACEMENT_LOG: run.log, MS_FAKE_HANG: lost };
    // Only the CLI worker runs at first, one contact at a time: it takes the hanging contact.
    const cli = await cliWorker(redis.url, 'kill', env, ['--concurrency', '1', '--lock-duration', '1000']);
    let taken!: () => void;
    const lostTaken = new Promise<void>((r) => (taken = r));
    const dispatcher = await createRedisDispatcher({ queue: redis.url, queueName: 'kill', store: run.store, scenarios: run.scenarios, caps: { concurrency: 4 }, hooks: { onStart: (e) => e.contactId === lost && taken() } });
    const now = Date.now();
    const due = run.due(now).map((c) => (c.contactId === lost ? c : { ...c, dueAt: now + 300 }));
    const outcomes = Promise.all(due.map((c) => dispatcher.dispatch(c)));
    await lostTaken;
    cli.child.kill('SIGKILL');
    await cli.exited;
    // The surviving worker notices the dead worker's job (its lock lapsed) and fails it.
    const survivor = await startQueueWorker({ queue: redis.url, queueName: 'kill', concurrency: 2, config: run.config, channels: fastChannels({ ...env, MS_FAKE_HANG: '' }), lockDurationMs: 1000, stalledIntervalMs: 500 });
    const result = await outcomes;
    await dispatcher.close();
    await survivor.close();

    expect(result.find((o) => o.contactId === lost)?.outcome).toBe('failed');
    const stored = JSON.parse(await readFile(path.join(run.store.contactsDir, `${lost}.json`), 'utf8')) as Interaction;
    expect(stored.error?.code).toBe('E_WORKER_LOST');
    const recs = await placements(run.log);
    expect(recs.map((r) => r.contactId).sort()).toEqual(due.map((c) => c.contactId).filter((id) => id !== lost).sort());
    expect(run.store.manifest.contacts[lost]).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('a worker without the run directory hands the Interaction back; enqueueing a placed contact again adopts it', async () => {
    const run = await newRun(3);
    const env = { MS_FAKE_CONTACT_MS: '50', MS_FAKE_PLACEMENT_LOG: run.log };
    const spool = await mkdtemp(path.join(os.tmpdir(), 'ms-spool-'));
    const worker = await startQueueWorker({ queue: redis.url, queueName: 'spool', config: run.config, channels: fastChannels(env), useSharedRunDir: false, spoolDir: spool });
    let dispatcher = await createRedisDispatcher({ queue: redis.url, queueName: 'spool', store: run.store, scenarios: run.scenarios, caps: {} });
    const first = await Promise.all(run.due(Date.now()).map((c) => dispatcher.dispatch(c)));
    await dispatcher.close();
    expect(first.map((o) => o.outcome)).toEqual(['completed', 'completed', 'completed']);
    expect((await readdir(path.join(spool, run.store.manifest.runId, 'contacts'))).sort()).toHaveLength(3);
    const interactions = await run.store.loadInteractions();
    expect(interactions.map((i) => i.turns[1]?.text).sort()).toEqual(run.store.contacts().map((c) => `你好 ${c.contactId}`).sort());

    // A producer restarted on the same run enqueues the same contacts: the finished jobs are found, not placed again.
    dispatcher = await createRedisDispatcher({ queue: redis.url, queueName: 'spool', store: run.store, scenarios: run.scenarios, caps: {} });
    const again = await Promise.all(run.due(Date.now()).map((c) => dispatcher.dispatch(c)));
    await dispatcher.close();
    await worker.close();
    expect(again.map((o) => o.outcome)).toEqual(['completed', 'completed', 'completed']);
    expect(await placements(run.log)).toHaveLength(3);
  });
});
