/**
 * npm run bench -- queue [--contacts 200] [--rate 40] [--contact-ms 50] [--workers 2]
 *
 * What the Redis queue costs compared with placing in-process: the same due contacts (an even
 * arrival rate) placed through the local dispatcher, then through the Redis dispatcher and N
 * in-process queue workers on a private redis-server. A fast fake channel stands in for the
 * centre, so the figures are the harness's own: start lag (due → the channel starts placing) p50 /
 * p95 / max, and the Redis commands per contact (all clients, from INFO) and the producer's own
 * round trips per contact.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { defaultConfig } from '../harness/config/load.js';
import { createLocalDispatcher } from '../harness/load/local-dispatcher.js';
import { createRedisDispatcher } from '../harness/load/queue/redis-dispatcher.js';
import { startQueueWorker } from '../harness/load/queue/queue-worker.js';
import { redisOptions } from '../harness/load/queue/queue-job.js';
import type { ContactDispatcher, DueContact } from '../harness/load/types.js';
import { channelPool } from '../harness/runner/place-contact.js';
import { planRun } from '../harness/runner/runner.js';
import { loadScenarioFile } from '../harness/scenario/loader.js';
import { RunStore } from '../harness/store/run-store.js';
import { percentile } from '../reports/console/summary-table.js';
import { fastChannels, type PlacementRecord } from '../test/fixtures/queue/fast-channels.js';
import { startRedis } from '../test/harness/load/queue/redis-server.js';

function arg(args: string[], name: string, dflt: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
}

async function newRun(contacts: number, log: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-bench-queue-'));
  const s = { ...(await loadScenarioFile('test/fixtures/scenarios/valid-chat.yaml')), repeat: contacts };
  const config = { ...defaultConfig(), out: dir, concurrency: contacts };
  const store = await RunStore.create(dir, planRun([s], config, true), [s]);
  return { store, config, scenarios: [s], log };
}

/** Offer every contact at its due time (an even rate), as the load scheduler does; wait for all. */
async function offer(dispatcher: ContactDispatcher, store: RunStore, ratePerSec: number): Promise<number> {
  const t0 = Date.now() + 500;
  const due: DueContact[] = store.contacts().map((c, i) => ({ contactId: c.contactId, scenarioId: c.scenarioId, channel: c.channel, stage: 'bench', dueAt: t0 + Math.round((i * 1000) / ratePerSec) }));
  const started = Date.now();
  await Promise.all(
    due.map(async (c) => {
      // Handed over 20 ms ahead, like the scheduler's leadMs.
      await new Promise((r) => setTimeout(r, Math.max(0, c.dueAt - 20 - Date.now())));
      return dispatcher.dispatch(c);
    }),
  );
  return Date.now() - started;
}

async function lagFigures(log: string, store: RunStore) {
  const recs = (await readFile(log, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as PlacementRecord);
  const dueAt = new Map(store.contacts().map((c) => [c.contactId, c.load?.dueAt ?? 0]));
  const lags = recs.map((r) => r.start - (dueAt.get(r.contactId) ?? r.start));
  const f = (p: number) => `${Math.round(percentile(lags, p) ?? NaN)}`;
  return { placed: recs.length, line: `start lag p50 ${f(50)} ms, p95 ${f(95)} ms, max ${Math.round(Math.max(...lags))} ms` };
}

export async function benchQueue(args: string[]): Promise<void> {
  const contacts = arg(args, 'contacts', 200);
  const rate = arg(args, 'rate', 40);
  const contactMs = arg(args, 'contact-ms', 50);
  const workers = arg(args, 'workers', 2);
  console.log(`queue bench: ${contacts} contacts at ${rate}/s, each ${contactMs} ms (fake channel), ${workers} queue worker(s)`);

  // In-process: the local dispatcher over placeContact.
  {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'ms-bench-log-'));
    const run = await newRun(contacts, path.join(tmp, 'local.jsonl'));
    const channels = fastChannels({ MS_FAKE_CONTACT_MS: String(contactMs), MS_FAKE_PLACEMENT_LOG: run.log });
    const pool = channelPool(channels, run.config);
    const scenarios = new Map(run.scenarios.map((s) => [s.id, s]));
    for (const c of run.store.contacts()) c.load = { stage: 'bench', dueAt: 0 };
    const dispatcher = createLocalDispatcher({ placement: { store: run.store, config: run.config, scenarios, channelFor: pool.channelFor } });
    const patched: ContactDispatcher = { ...dispatcher, dispatch: (c) => ((run.store.manifest.contacts[c.contactId]!.load = { stage: c.stage, dueAt: c.dueAt }), dispatcher.dispatch(c)) };
    const wall = await offer(patched, run.store, rate);
    await dispatcher.close();
    await pool.closeAll();
    const f = await lagFigures(run.log, run.store);
    console.log(`  local dispatcher: ${f.placed} placed in ${(wall / 1000).toFixed(1)} s; ${f.line}`);
  }

  // Through Redis: producer + N workers on one queue.
  const redis = await startRedis();
  try {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'ms-bench-log-'));
    const run = await newRun(contacts, path.join(tmp, 'queue.jsonl'));
    const env = { MS_FAKE_CONTACT_MS: String(contactMs), MS_FAKE_PLACEMENT_LOG: run.log };
    const pool = [];
    for (let i = 0; i < workers; i++) pool.push(await startQueueWorker({ queue: redis.url, queueName: 'bench', concurrency: Math.ceil(contacts / workers), config: run.config, channels: fastChannels(env) }));
    const dispatcher = await createRedisDispatcher({ queue: redis.url, queueName: 'bench', store: run.store, scenarios: run.scenarios, caps: {} });
    const info = new Redis(redisOptions(redis.url));
    const commands = async () => Number(/total_commands_processed:(\d+)/u.exec(await info.info('stats'))?.[1]);
    const before = await commands();
    const wall = await offer(dispatcher, run.store, rate);
    const after = await commands();
    const stats = dispatcher.stats();
    await dispatcher.close();
    await Promise.all(pool.map((w) => w.close()));
    info.disconnect();
    const f = await lagFigures(run.log, run.store);
    console.log(`  redis queue:      ${f.placed} placed in ${(wall / 1000).toFixed(1)} s; ${f.line}`);
    console.log(`  redis commands per contact (all clients, incl. idle polling): ${((after - before) / contacts).toFixed(1)}; producer round trips per contact: ${(stats.producerRoundTrips / stats.dispatched).toFixed(1)}`);
  } finally {
    await redis.stop();
  }
}
