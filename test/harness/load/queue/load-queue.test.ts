/**
 * `load --queue`: the load scheduler's due contacts go through Redis to a worker (fast fake
 * channel) and come back into the producer's run: every offered contact placed once, by the
 * worker the manifest names, with its stage and due time.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../../harness/config/load.js';
import { LoadLiveStats } from '../../../../harness/load/live-stats.js';
import { loadExecutor, loadRunInfo } from '../../../../harness/load/load-run.js';
import { loadProfile } from '../../../../harness/load/profile-loader.js';
import { startQueueWorker } from '../../../../harness/load/queue/queue-worker.js';
import { planRun } from '../../../../harness/runner/runner.js';
import { RunStore } from '../../../../harness/store/run-store.js';
import { ROOT } from '../../../e2e/cli-helpers.js';
import { fastChannels, type PlacementRecord } from '../../../fixtures/queue/fast-channels.js';
import { HAS_REDIS, startRedis, type RedisHandle } from './redis-server.js';

let redis: RedisHandle;
beforeAll(async () => {
  if (HAS_REDIS) redis = await startRedis();
});
afterAll(async () => redis?.stop());

describe.skipIf(!HAS_REDIS)('load --queue', () => {
  it('offers the profile through the queue; a worker places each contact once and is recorded on it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-load-queue-'));
    const file = path.join(dir, 'profile.yaml');
    const scenario = path.join(ROOT, 'scenarios', 'load', 'quick-chat.yaml');
    await writeFile(file, `id: queue-load\nmix:\n  - { scenario: ${JSON.stringify(scenario)} }\nstages:\n  - { name: steady, duration: 2s, arrivalRate: 300 }\narrivals: even\ncaps: { concurrency: 4 }\nseed: 1\n`);
    const profile = await loadProfile(file);
    const config = { ...defaultConfig(), out: dir };
    const manifest = planRun(profile.scenarios, config, true);
    manifest.contacts = {};
    manifest.load = loadRunInfo(profile);
    const store = await RunStore.create(dir, manifest, profile.scenarios);
    const log = path.join(dir, 'placements.jsonl');
    const channels = fastChannels({ MS_FAKE_CONTACT_MS: '100', MS_FAKE_PLACEMENT_LOG: log });
    const worker = await startQueueWorker({ queue: redis.url, queueName: 'load', concurrency: 8, config, channels });

    const execute = loadExecutor({ profile, stats: new LoadLiveStats(profile.stages.map((s) => s.name)), queue: { url: redis.url, name: 'load' } });
    const result = await execute(store, config, { channels });
    await worker.close();

    const written = JSON.parse(await readFile(path.join(store.dir, 'run.json'), 'utf8')) as typeof manifest;
    const entries = Object.values(written.contacts);
    const placed = (await readFile(log, 'utf8')).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as PlacementRecord).contactId);
    expect(entries.length).toBeGreaterThan(0);
    expect(written.load?.offered?.contacts).toBe(entries.length);
    expect(placed.sort()).toEqual(entries.map((e) => e.contactId).sort());
    expect(result).toMatchObject({ placed: entries.length, failed: 0, interrupted: false });
    for (const e of entries) expect(e, e.contactId).toMatchObject({ status: 'done', load: { stage: 'steady', worker: worker.identity } });
    expect(written.load?.dispatch).toEqual({ kind: 'queue', queue: `${redis.url}#load`, workers: [worker.identity] });
    expect(written.status).toBe('completed');
  });
});
