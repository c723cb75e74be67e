/**
 * The queue end to end against a real redis-server: a producer (the Redis dispatcher) and
 * several workers — in this process and a real `worker` CLI process — placing contacts of one run
 * with a fast fake channel. Caps are checked from the placements' own start/end times, recorded by
 * every process into one log; nothing here depends on how fast the machine is. Workers stopped
 * while placing: worker-stop.test.ts.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../../harness/config/load.js';
import { createRedisDispatcher } from '../../../../harness/load/queue/redis-dispatcher.js';
import { startQueueWorker, type QueueWorker } from '../../../../harness/load/queue/queue-worker.js';
import type { RunHooks } from '../../../../harness/runner/place-contact.js';
import { runCommand } from '../../../../harness/cli/commands/run.js';
import { fastChannels } from '../../../fixtures/queue/fast-channels.js';
import { cliWorker, newRun, peakOverlap, placements } from './queue-helpers.js';
import { HAS_REDIS, startRedis, type RedisHandle } from './redis-server.js';

let redis: RedisHandle;
beforeAll(async () => {
  if (HAS_REDIS) redis = await startRedis();
});
afterAll(async () => redis?.stop());

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

  it('run --queue: the run command places through a worker and stores, scores and counts the run as usual', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-run-queue-'));
    const log = path.join(dir, 'placements.jsonl');
    const config = { ...defaultConfig(), out: dir };
    const worker = await startQueueWorker({ queue: redis.url, queueName: 'run', config, channels: fastChannels({ MS_FAKE_CONTACT_MS: '20', MS_FAKE_PLACEMENT_LOG: log }) });
    const { PassThrough } = await import('node:stream');
    const r = await runCommand(['test/fixtures/scenarios/valid-chat.yaml'], { out: dir, offline: true, reports: false, queue: redis.url, queueName: 'run', stdout: new PassThrough().resume() });
    await worker.close();
    expect(r.code).toBe(0);
    expect(r.contacts).toBe(1);
    const manifest = JSON.parse(await readFile(path.join(r.runDir, 'run.json'), 'utf8'));
    expect(manifest.contacts['valid-chat.webchat.1']).toMatchObject({ status: 'done', attempts: 1, load: { worker: worker.identity } });
    expect(manifest.dispatch.workers).toEqual([worker.identity]);
    expect(JSON.parse(await readFile(path.join(r.runDir, 'summary.json'), 'utf8')).contacts).toBe(1);
  });


});
