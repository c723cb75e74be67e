/**
 * Places a load run's contacts: the scheduler offers them, the local dispatcher places them
 * through the same seam as `run` (placeContact), each contact is added to run.json as it falls
 * due (with its stage and due time), and the manifest's `load` is completed at the end with what
 * was offered and whether the harness kept up. Plugged into `run`'s placeAndReport, so scoring,
 * reports, `score`, `report` and `resume` treat a load run like any other.
 */
import type { HarnessConfig } from '../config/types.js';
import { channelPool, type PlacementContext } from '../runner/place-contact.js';
import type { RunOptions, RunResult } from '../runner/runner.js';
import type { RunStore } from '../store/run-store.js';
import { harnessLag } from './harness-lag.js';
import { loadDemand } from './plan-summary.js';
import { prepareChannels } from '../runner/prepare-channels.js';
import type { LoadLiveStats } from './live-stats.js';
import { createLocalDispatcher } from './local-dispatcher.js';
import type { LoadedProfile } from './profile-loader.js';
import { LoadScheduler, type SchedulerClock } from './scheduler.js';
import type { LoadRunInfo } from './types.js';

export interface LoadRunOptions {
  profile: LoadedProfile;
  stats: LoadLiveStats;
  /** Start lag beyond which a contact is late. @default 1000 */
  toleranceMs?: number;
  clock?: SchedulerClock;
  /** Called once the scheduler has stopped offering (the live view stops there). */
  onOfferingEnd?(info: LoadRunInfo): void;
  // queue (h/queue)
  /** Hand the contacts to `worker` processes through this Redis queue instead of placing them here. */
  queue?: { url: string; name?: string };
  /** Offer only this shard of the seeded schedule (every n-th arrival); `merge` joins the shards. */
  shard?: { index: number; count: number };
  // end queue
}

/** The manifest's `load` for a profile, before it runs. */
export function loadRunInfo(profile: LoadedProfile, startedAt = Date.now()): LoadRunInfo {
  return {
    profileId: profile.id,
    ...(profile.title !== undefined && { title: profile.title }),
    file: profile.file,
    sha256: profile.sha256,
    startedAt,
    stages: profile.stages,
    targets: profile.targets,
    caps: profile.caps,
    ...(profile.patienceMs !== undefined && { patienceMs: profile.patienceMs }),
    seed: profile.seed,
    dispatch: { kind: 'local' },
  };
}

function seqOf(contactId: string): number {
  return Number(/\.L(\d+)$/u.exec(contactId)?.[1] ?? 0);
}

/** An `execute` for placeAndReport: offers the profile's load instead of a fixed list of contacts. */
export function loadExecutor(opts: LoadRunOptions) {
  return async (store: RunStore, config: HarnessConfig, run: RunOptions): Promise<RunResult> => {
    const { profile, stats } = opts;
    const scenarios = new Map((await store.loadScenarios()).map((s) => [s.id, s]));
    const pool = channelPool(run.channels, config);
    const result: RunResult = { placed: 0, failed: 0, interrupted: false };
    const placement: PlacementContext = {
      store,
      config,
      scenarios,
      channelFor: pool.channelFor,
      signal: run.signal,
      ...(profile.patienceMs !== undefined && { patienceMs: profile.patienceMs }),
      hooks: {
        onStart: (entry) => {
          stats.started(entry.contactId);
          run.hooks?.onStart?.(entry);
        },
        onFinish: async (entry, interaction, scenario) => {
          result.placed += 1;
          if (interaction.outcome === 'failed') result.failed += 1;
          stats.ended(entry.contactId, interaction);
          await run.hooks?.onFinish?.(entry, interaction, scenario);
        },
        onHookError: (err, entry) => run.hooks?.onHookError?.(err, entry),
      },
    };
    // queue (h/queue): with a queue, Redis workers place the contacts under the queue's global caps
    const dispatcher = opts.queue
      ? await (await import('./queue/redis-dispatcher.js')).createRedisDispatcher({ queue: opts.queue.url, queueName: opts.queue.name, store, scenarios: [...scenarios.values()], caps: profile.caps, hooks: placement.hooks })
      : createLocalDispatcher({ placement, concurrency: profile.caps.concurrency });
    // end queue
    const info = store.manifest.load ?? loadRunInfo(profile);
    const scheduler = new LoadScheduler(profile, {
      dispatcher,
      clock: opts.clock,
      signal: run.signal,
      ...(opts.shard && { shard: opts.shard }), // queue (h/queue)
      hooks: {
        onDue: (c) => {
          store.addContact({ contactId: c.contactId, scenarioId: c.scenarioId, channel: c.channel, index: seqOf(c.contactId), status: 'pending', attempts: 0, load: { stage: c.stage, dueAt: c.dueAt } });
          stats.offered(c);
        },
        onOutcome: (c, o) => stats.dispatched(c, o),
      },
    });
    // Open every channel of the mix before the clock starts (browser, webhook server): its start-up
    // is the harness's own cost and must not show as the first contacts' lag.
    // Web chat also opens the first stage's browser contexts then (Channel.prepare).
    if (!opts.queue) await prepareChannels(pool.channelFor, loadDemand(profile, scenarios), run.signal); // queue (h/queue): workers open their own
    store.setStatus('running');
    store.setLoadInfo({ ...info, startedAt: Date.now(), ...(opts.shard && { shard: opts.shard }) }); // queue (h/queue): shard
    try {
      const s = await scheduler.run();
      const lag = harnessLag({ contacts: s.contacts, outcomes: s.outcomes, offeredForMs: s.endedAt - s.startedAt, toleranceMs: opts.toleranceMs });
      const done: LoadRunInfo = {
        ...store.manifest.load!,
        startedAt: s.startedAt,
        endedAt: s.endedAt,
        harnessLag: lag,
        offered: {
          contacts: s.offered,
          turnedAwayByConcurrencyCap: s.turnedAwayByConcurrencyCap,
          delayedByCallsPerSecond: s.delayedByCallsPerSecond,
          ...(s.stoppedBy && { stoppedBy: s.stoppedBy }),
        },
      };
      store.setLoadInfo(done);
      opts.onOfferingEnd?.(done);
    } finally {
      await dispatcher.close();
      await pool.closeAll();
      result.interrupted = Boolean(run.signal?.aborted);
      const unfinished = store.toPlace(false).length;
      store.setStatus(result.interrupted || unfinished ? 'interrupted' : 'completed');
      await store.flush();
    }
    return result;
  };
}
