/**
 * The runner: places every pending contact of a run through its channel, at most
 * `config.concurrency` at once (channels add their own limits, e.g. calls per second), and stores
 * each Interaction the moment it ends. Interrupting (SIGINT) aborts contacts in flight; they are
 * kept as partial files and left pending, so `resume` places them again and nothing finished is
 * placed twice. A run killed outright (SIGKILL, power cut) leaves its attempts journalled: resume
 * settles each contact that was in flight first (recover-contact.ts) and never re-dials blindly.
 */
import PQueue from 'p-queue';
import type { HarnessConfig } from '../config/types.js';
import { configHash } from '../config/load.js';
import { channelsOf } from '../scenario/loader.js';
import type { LoadedScenario } from '../scenario/schema.js';
import { contactIdFor, newRunId, type RunStore } from '../store/run-store.js';
import type { ContactEntry, RunManifest } from '../store/types.js';
import { channelDemand, prepareChannels } from './prepare-channels.js';
import { channelPool, contactVars, placeContact, type ChannelRegistry, type PlacementResult, type RunHooks } from './place-contact.js';
import { settleInFlight, type ResumeContext } from './recover-contact.js';
import { TOOL } from './tool-info.js';

export type { ChannelRegistry, RunHooks } from './place-contact.js';

export interface RunOptions {
  channels: ChannelRegistry;
  signal?: AbortSignal;
  /** Also place contacts that failed last time. @default false */
  retryFailed?: boolean;
  hooks?: RunHooks;
  /** Whether the target is our offline lab (recorded in the manifest). @default false */
  offline?: boolean;
  /**
   * Place again the chats a killed run left in flight, and every contact already stored as
   * E_INTERRUPTED_IN_FLIGHT (chats; calls that the kill cut short): the centre sees a second
   * session for each. @default false
   */
  replaceInterrupted?: boolean;
}

export interface RunResult {
  placed: number;
  failed: number;
  interrupted: boolean;
}

/** The manifest of a new run: every scenario × channel × repetition, all pending. */
export function planRun(scenarios: readonly LoadedScenario[], config: HarnessConfig, offline = false, runId = newRunId()): RunManifest {
  const now = new Date().toISOString();
  const contacts: RunManifest['contacts'] = {};
  for (const s of scenarios) {
    for (const channel of channelsOf(s)) {
      for (let index = 1; index <= (s.repeat ?? 1); index++) {
        const contactId = contactIdFor(s.id, channel, index);
        contacts[contactId] = { contactId, scenarioId: s.id, channel, index, status: 'pending', attempts: 0 };
      }
    }
  }
  return {
    schemaVersion: 1,
    runId,
    createdAt: now,
    updatedAt: now,
    status: 'running',
    tool: TOOL,
    configHash: configHash(config),
    config: { centre: config.centre, concurrency: config.concurrency, rubric: config.rubric, seed: config.seed, offline },
    scenarios: scenarios.map((s) => ({ id: s.id, title: s.title, file: s.file, sha256: s.sha256, channels: channelsOf(s), repeat: s.repeat ?? 1 })),
    contacts,
  };
}

export async function executeRun(store: RunStore, config: HarnessConfig, opts: RunOptions): Promise<RunResult> {
  const scenarios = new Map((await store.loadScenarios()).map((s) => [s.id, s]));
  const todo = store.toPlace(opts.retryFailed, opts.replaceInterrupted);
  const pool = channelPool(opts.channels, config);
  const queue = new PQueue({ concurrency: config.concurrency });
  const result: RunResult = { placed: 0, failed: 0, interrupted: false };
  const { signal } = opts;
  const ctx: ResumeContext = {
    store,
    config,
    scenarios,
    channelFor: pool.channelFor,
    signal,
    hooks: opts.hooks,
    replaceInterrupted: opts.replaceInterrupted,
    claimedCallSids: store.claimedCallSids(),
  };
  store.setStatus('running');

  const count = (placement: PlacementResult | null) => {
    if (!placement?.stored) return;
    result.placed += 1;
    if (placement.interaction.outcome === 'failed') result.failed += 1;
  };
  // Due now: the queue has just given this contact one of the `concurrency` slots.
  const placeOne = async (entry: ContactEntry) => {
    if (signal?.aborted) return;
    count(await placeContact(ctx, entry, Date.now()));
  };
  const toPlaceNow: ContactEntry[] = todo.filter((entry) => !store.inFlightAttempt(entry.contactId));
  const settleOne = async (entry: ContactEntry) => {
    if (signal?.aborted) return;
    const settled = await settleInFlight(ctx, entry, Date.now());
    if (settled === 'place') toPlaceNow.push(entry);
    else count(settled);
  };

  try {
    // Contacts a killed run left in flight are settled first, before anything new is dialled: a
    // search for a call by number must only see calls placed before this resume (recover-contact.ts).
    await Promise.all(todo.filter((entry) => store.inFlightAttempt(entry.contactId)).map((entry) => queue.add(() => settleOne(entry))));
    // The first wave's resources (browser contexts …) are made before its contacts are due.
    if (!signal?.aborted) {
      const demand = channelDemand(toPlaceNow, scenarios, config.concurrency, (entry, scenario) => contactVars(config, store.manifest.runId, entry.contactId, scenario));
      opts.hooks?.onPrepare?.(new Map([...demand].map(([kind, list]) => [kind, list.reduce((n, d) => n + d.first, 0)])));
      await prepareChannels(pool.channelFor, demand, signal);
    }
    await Promise.all(toPlaceNow.map((entry) => queue.add(() => placeOne(entry))));
  } finally {
    await pool.closeAll();
    result.interrupted = Boolean(signal?.aborted);
    const unfinished = store.toPlace(false).length;
    store.setStatus(result.interrupted || unfinished ? 'interrupted' : 'completed');
    await store.flush();
  }
  return result;
}
