/**
 * Placing one contact: the seam shared by the runner (`run`/`resume`), the load scheduler (`load`)
 * and queue workers (`worker`). It marks the contact running, asks its channel to place it, and
 * stores the Interaction the moment it ends. A channel never throws for a contact-level failure;
 * if it does anyway (a bug), the contact is recorded as an internal failure, never lost. Every
 * attempt is journalled before the channel is asked to place it, and the channel's progress (Call
 * SID, turns so far) is journalled while it is in flight (store/attempt-journal.ts), so a run
 * killed at any moment can tell on resume what was in flight (recover-contact.ts).
 */
import type { HarnessConfig } from '../config/types.js';
import type { Channel, ChannelFactory, ContactContext } from '../channels/channel.js';
import type { ChannelKind, Interaction, InteractionError } from '../interaction/types.js';
import { scenarioVars } from '../scenario/loader.js';
import type { LoadedScenario } from '../scenario/schema.js';
import type { AttemptWriter } from '../store/attempt-journal.js';
import { crashPoint } from '../store/crash-point.js';
import type { RunStore } from '../store/run-store.js';
import type { ContactEntry } from '../store/types.js';

export type ChannelRegistry = Record<ChannelKind, ChannelFactory>;

export interface RunHooks {
  /**
   * Before the first contact is due, the channels prepare (Channel.prepare): contacts of the first
   * wave per channel kind, so a display can say why nothing has started yet.
   */
  onPrepare?(firstWave: ReadonlyMap<ChannelKind, number>): void;
  onStart?(entry: ContactEntry): void;
  /** Called after the Interaction is stored. Errors thrown here are reported, never lose the run. */
  onFinish?(entry: ContactEntry, interaction: Interaction, scenario: LoadedScenario): void | Promise<void>;
  onHookError?(err: unknown, entry: ContactEntry): void;
}

/** What placing a contact needs from the run around it. */
export interface PlacementContext {
  store: RunStore;
  config: HarnessConfig;
  scenarios: ReadonlyMap<string, LoadedScenario>;
  channelFor(kind: ChannelKind): Promise<Channel>;
  signal?: AbortSignal;
  hooks?: RunHooks;
  /** Load runs (h/load): customer patience handed to every contact (ContactContext.patienceMs). */
  patienceMs?: number;
}

/** How a placement ended: stored as finished, or kept as a partial because the run was interrupted. */
export type PlacementResult = { stored: true; interaction: Interaction } | { stored: false; interaction: Interaction };

/** Opens each channel once, on first use; `closeAll` releases them. */
export function channelPool(registry: ChannelRegistry, config: HarnessConfig) {
  const channels = new Map<ChannelKind, Promise<Channel>>();
  return {
    channelFor(kind: ChannelKind): Promise<Channel> {
      let ch = channels.get(kind);
      if (!ch) channels.set(kind, (ch = registry[kind](config)));
      return ch;
    },
    async closeAll(): Promise<void> {
      await Promise.all([...channels.values()].map(async (c) => (await c.catch(() => null))?.close()));
    },
  };
}

/**
 * A contact that ended in failure before its channel could capture anything: no turns, one error
 * event, the error as given. Shared by internal failures and queue jobs that never came back.
 */
export function failedBeforeCapture(entry: ContactEntry, runId: string, startedAt: number, error: InteractionError): Interaction {
  const elapsed = Math.max(0, Date.now() - startedAt);
  return {
    schemaVersion: 1,
    contactId: entry.contactId,
    scenarioId: entry.scenarioId,
    runId,
    channel: entry.channel,
    startedAt,
    durationMs: elapsed,
    events: [{ type: 'error', atMs: elapsed }],
    turns: [],
    outcome: 'failed',
    error,
    transcriptSource: entry.channel === 'webchat' ? 'chat-dom' : 'emulator',
  };
}

/** A contact the channel could not even attempt (e.g. a bug): recorded as failed, never thrown. */
export function internalFailure(entry: ContactEntry, runId: string, startedAt: number, err: unknown): Interaction {
  return failedBeforeCapture(entry, runId, startedAt, {
    code: 'E_INTERNAL',
    message: `internal error: ${(err as Error)?.message ?? String(err)}`,
    hint: 'this is a bug in mystery-shopper; please report it with run.json',
  });
}

/** The `{{vars}}` a contact's scenario is filled with: the scenario's own, its persona's, and where it runs. */
export function contactVars(config: HarnessConfig, runId: string, contactId: string, scenario: LoadedScenario): Record<string, string | number> {
  return { ...scenarioVars(scenario), contactId, centre: config.centre, runId };
}

/** The context a channel places (or recovers) one contact in. */
export function contactContext(ctx: PlacementContext, entry: ContactEntry, scenario: LoadedScenario, dueAt: number, attempt?: AttemptWriter): ContactContext {
  const { store, config, signal } = ctx;
  return {
    runId: store.manifest.runId,
    contactId: entry.contactId,
    scenario,
    dueAt,
    vars: contactVars(config, store.manifest.runId, entry.contactId, scenario),
    signal: signal ?? new AbortController().signal,
    recordingsDir: store.recordingsDir,
    contactsDir: store.contactsDir,
    ...(attempt ? { onProgress: (update) => attempt.progress(update) } : {}),
  };
}

/**
 * Place one contact now. `dueAt` is when it was due (epoch ms): the moment a concurrency slot
 * was granted, or the scheduled arrival of a load profile. @default Date.now()
 */
export async function placeContact(ctx: PlacementContext, entry: ContactEntry, dueAt = Date.now()): Promise<PlacementResult> {
  const { store, signal } = ctx;
  const scenario = ctx.scenarios.get(entry.scenarioId);
  // Durable before anything reaches the centre: a kill from here on leaves a trace to recover from.
  const attempt = await store.beginAttempt(entry.contactId);
  const startedAt = Date.now();
  let interaction: Interaction;
  ctx.hooks?.onStart?.(entry);
  try {
    if (!scenario) throw new Error(`scenario ${entry.scenarioId} is not part of run ${store.manifest.runId}`);
    const channel = await ctx.channelFor(entry.channel);
    interaction = await channel.place({ ...contactContext(ctx, entry, scenario, dueAt, attempt), ...(ctx.patienceMs !== undefined && { patienceMs: ctx.patienceMs }) });
  } catch (err) {
    interaction = internalFailure(entry, store.manifest.runId, startedAt, err);
  }
  interaction.runId = store.manifest.runId;
  if (signal?.aborted && interaction.outcome !== 'completed') {
    await store.savePartial(interaction, entry.attempts);
    await store.endAttempt(attempt, 'interrupted', `run interrupted; kept as contacts/${entry.contactId}.partial-${attempt.journal.attempt}.json and placed again on resume`);
    return { stored: false, interaction };
  }
  return storeFinished(ctx, entry, interaction, scenario, async () => {
    crashPoint('contact-stored');
    await store.endAttempt(attempt, 'finished');
  });
}

/** Stores a finished Interaction, then `afterStore` (closing its attempt), then the onFinish hook. */
export async function storeFinished(
  ctx: PlacementContext,
  entry: ContactEntry,
  interaction: Interaction,
  scenario: LoadedScenario | undefined,
  afterStore: () => Promise<void>,
): Promise<PlacementResult> {
  await ctx.store.saveInteraction(interaction);
  await afterStore();
  if (scenario) {
    try {
      await ctx.hooks?.onFinish?.(entry, interaction, scenario);
    } catch (err) {
      ctx.hooks?.onHookError?.(err, entry);
    }
  }
  return { stored: true, interaction };
}
