/**
 * Real `worker` processes stopped while placing: killed (SIGKILL) — the contact is failed as
 * E_WORKER_LOST and never placed again; asked to stop (SIGTERM) — it finishes what it has.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interaction } from '../../../../harness/interaction/types.js';
import { createRedisDispatcher } from '../../../../harness/load/queue/redis-dispatcher.js';
import { startQueueWorker } from '../../../../harness/load/queue/queue-worker.js';
import { fastChannels } from '../../../fixtures/queue/fast-channels.js';
import { cliWorker, newRun, placements } from './queue-helpers.js';
import { HAS_REDIS, startRedis, type RedisHandle } from './redis-server.js';

let redis: RedisHandle;
beforeAll(async () => {
  if (HAS_REDIS) redis = await startRedis();
});
afterAll(async () => redis?.stop());

describe.skipIf(!HAS_REDIS)('queue: worker processes stopped while placing', () => {
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

  it('SIGTERM to a worker with a contact in flight: it finishes and stores that contact, then exits 0', async () => {
    const run = await newRun(1);
    const env = { MS_FAKE_CONTACT_MS: '1500', MS_FAKE_PLACEMENT_LOG: run.log };
    const cli = await cliWorker(redis.url, 'term', env);
    let taken!: () => void;
    const inFlight = new Promise<void>((r) => (taken = r));
    const dispatcher = await createRedisDispatcher({ queue: redis.url, queueName: 'term', store: run.store, scenarios: run.scenarios, caps: {}, hooks: { onStart: () => taken() } });
    const outcome = dispatcher.dispatch(run.due(Date.now())[0]!);
    await inFlight;
    cli.child.kill('SIGTERM');
    expect((await outcome).outcome).toBe('completed');
    expect(await cli.exited).toBe(0);
    await dispatcher.close();
    expect(cli.output()).toMatch(/finishing the contacts in flight[\s\S]*stopped after placing 1 contact/u);
    expect(await placements(run.log)).toHaveLength(1);
  });
});
