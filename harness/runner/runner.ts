/**
 * The runner: places every pending contact of a run through its channel, at most
 * `config.concurrency` at once (channels add their own limits, e.g. calls per second), and stores
 * each Interaction the moment it ends. Interrupting (SIGINT) aborts contacts in flight; they are
 * kept as partial files and left pending, so `resume` places them again and nothing finished is
 * placed twice.
 */
import PQueue from 'p-queue';
import type { HarnessConfig } from '../config/types.js';
import { configHash } from '../config/load.js';
import type { Channel, ChannelFactory } from '../channels/channel.js';
import type { ChannelKind, Interaction } from '../interaction/types.js';
import { channelsOf, scenarioVars } from '../scenario/loader.js';
import type { LoadedScenario } from '../scenario/schema.js';
import { contactIdFor, newRunId, type RunStore } from '../store/run-store.js';
import type { ContactEntry, RunManifest } from '../store/types.js';
import { TOOL } from './tool-info.js';

export type ChannelRegistry = Record<ChannelKind, ChannelFactory>;

export interface RunHooks {
  onStart?(entry: ContactEntry): void;
  /** Called after the Interaction is stored. Errors thrown here are reported, never lose the run. */
  onFinish?(entry: ContactEntry, interaction: Interaction, scenario: LoadedScenario): void | Promise<void>;
  onHookError?(err: unknown, entry: ContactEntry): void;
}

export interface RunOptions {
  channels: ChannelRegistry;
  signal?: AbortSignal;
  /** Also place contacts that failed last time. @default false */
  retryFailed?: boolean;
  hooks?: RunHooks;
  /** Whether the target is our offline lab (recorded in the manifest). @default false */
  offline?: boolean;
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

/** A contact the channel could not even attempt (e.g. a bug): recorded as failed, never thrown. */
function internalFailure(entry: ContactEntry, runId: string, startedAt: number, err: unknown): Interaction {
  return {
    schemaVersion: 1,
    contactId: entry.contactId,
    scenarioId: entry.scenarioId,
    runId,
    channel: entry.channel,
    startedAt,
    durationMs: Date.now() - startedAt,
    events: [{ type: 'error', atMs: Date.now() - startedAt }],
    turns: [],
    outcome: 'failed',
    error: { code: 'E_INTERNAL', message: `internal error: ${(err as Error)?.message ?? String(err)}`, hint: 'this is a bug in mystery-shopper; please report it with run.json' },
    transcriptSource: entry.channel === 'webchat' ? 'chat-dom' : 'emulator',
  };
}

export async function executeRun(store: RunStore, config: HarnessConfig, opts: RunOptions): Promise<RunResult> {
  const scenarios = new Map((await store.loadScenarios()).map((s) => [s.id, s]));
  const todo = store.toPlace(opts.retryFailed);
  const channels = new Map<ChannelKind, Promise<Channel>>();
  const channelFor = (kind: ChannelKind) => {
    let ch = channels.get(kind);
    if (!ch) channels.set(kind, (ch = opts.channels[kind](config)));
    return ch;
  };
  const queue = new PQueue({ concurrency: config.concurrency });
  const result: RunResult = { placed: 0, failed: 0, interrupted: false };
  const { signal } = opts;
  store.setStatus('running');

  const placeOne = async (entry: ContactEntry) => {
    if (signal?.aborted) return;
    // Due now: the queue has just given this contact one of the `concurrency` slots.
    const dueAt = Date.now();
    const scenario = scenarios.get(entry.scenarioId)!;
    store.markRunning(entry.contactId);
    opts.hooks?.onStart?.(entry);
    const startedAt = Date.now();
    let interaction: Interaction;
    try {
      const channel = await channelFor(entry.channel);
      interaction = await channel.place({
        runId: store.manifest.runId,
        contactId: entry.contactId,
        scenario,
        dueAt,
        vars: { ...scenarioVars(scenario), contactId: entry.contactId, centre: config.centre, runId: store.manifest.runId },
        signal: signal ?? new AbortController().signal,
        recordingsDir: store.recordingsDir,
        contactsDir: store.contactsDir,
      });
    } catch (err) {
      interaction = internalFailure(entry, store.manifest.runId, startedAt, err);
    }
    interaction.runId = store.manifest.runId;
    if (signal?.aborted && interaction.outcome !== 'completed') {
      await store.savePartial(interaction, entry.attempts);
      return;
    }
    await store.saveInteraction(interaction);
    result.placed += 1;
    if (interaction.outcome === 'failed') result.failed += 1;
    try {
      await opts.hooks?.onFinish?.(entry, interaction, scenario);
    } catch (err) {
      opts.hooks?.onHookError?.(err, entry);
    }
  };

  try {
    await Promise.all(todo.map((entry) => queue.add(() => placeOne(entry))));
  } finally {
    await Promise.all([...channels.values()].map(async (c) => (await c.catch(() => null))?.close()));
    result.interrupted = Boolean(signal?.aborted);
    const unfinished = store.toPlace(false).length;
    store.setStatus(result.interrupted || unfinished ? 'interrupted' : 'completed');
    await store.flush();
  }
  return result;
}
