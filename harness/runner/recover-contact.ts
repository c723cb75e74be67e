/**
 * Resuming a contact that was in flight when the run died (its attempt journal says "started" and
 * no finished file exists). Nothing is ever placed twice without the user asking for it:
 * - voice (the channel can `recover`): Twilio is asked about the call — by the journalled Call
 *   SID, else by number and start time. A call that ended (or is waited for) is rebuilt from
 *   Twilio's record without dialling; no call at all means it was never placed, so it is placed now.
 * - web chat (no way to ask the centre): the session it opened is abandoned. By default the turns
 *   journalled so far are stored as a failed contact (E_INTERRUPTED_IN_FLIGHT, the harness's
 *   failure, kept out of the score sheets) and it is not placed again; `resume
 *   --replace-interrupted` places it again, and the earlier attempt stays in the attempts history.
 */
import type { InFlightAttempt, Recovery } from '../channels/channel.js';
import type { Interaction } from '../interaction/types.js';
import type { AttemptJournal } from '../store/attempt-journal.js';
import { E_INTERRUPTED_IN_FLIGHT } from '../store/run-store.js';
import type { ContactEntry } from '../store/types.js';
import { contactContext, internalFailure, placeContact, storeFinished, type PlacementContext, type PlacementResult } from './place-contact.js';

export interface ResumeContext extends PlacementContext {
  /** Place chats found in flight again instead of storing them as interrupted. @default false */
  replaceInterrupted?: boolean;
  /** Call SIDs owned by the run's attempts; shared by every recovery of one resume. */
  claimedCallSids: Set<string>;
}

/** Place the contact, or first settle an attempt of it that a killed run left in flight. */
export async function placeOrRecover(ctx: ResumeContext, entry: ContactEntry, dueAt = Date.now()): Promise<PlacementResult | null> {
  const journal = ctx.store.inFlightAttempt(entry.contactId);
  if (!journal) return placeContact(ctx, entry, dueAt);
  const { store } = ctx;
  const writer = store.reopenAttempt(journal);
  const scenario = ctx.scenarios.get(entry.scenarioId);
  const channel = scenario ? await ctx.channelFor(entry.channel) : undefined;

  if (scenario && channel?.recover) {
    const attempt: InFlightAttempt = { attempt: journal.attempt, startedAt: journal.startedAtMs, progress: journal.progress, claimedCallSids: ctx.claimedCallSids };
    ctx.hooks?.onStart?.(entry);
    const recovery: Recovery = await channel.recover(contactContext(ctx, entry, scenario, dueAt), attempt).catch((err: unknown) => ({
      kind: 'unknown' as const,
      interaction: { ...internalFailure(entry, store.manifest.runId, journal.startedAtMs, err), failedBy: 'harness' as const },
      note: `recovery failed (${(err as Error)?.message}); not placed again`,
    }));
    if (ctx.signal?.aborted) return null; // the journal stays open: the next resume looks again
    if (recovery.kind === 'not-placed') {
      await store.endAttempt(writer, 'never-placed', recovery.note);
      return placeContact(ctx, entry, dueAt);
    }
    const interaction = { ...recovery.interaction, runId: store.manifest.runId };
    return storeFinished(ctx, entry, interaction, scenario, () => store.endAttempt(writer, recovery.kind === 'recovered' ? 'recovered' : 'abandoned', recovery.note));
  }
  if (!journal.progress.centreRef && !journal.progress.turns?.length) {
    // Journalled before the chat opened the centre's page: the centre never saw it.
    await store.endAttempt(writer, 'never-placed', 'found in flight after the run died, before it opened the centre’s page: placed now');
    return placeContact(ctx, entry, dueAt);
  }
  if (ctx.replaceInterrupted) {
    await store.endAttempt(writer, 'replaced', 'found in flight after the run died; placed again on request (--replace-interrupted): the centre saw a second session');
    return placeContact(ctx, entry, dueAt);
  }
  ctx.hooks?.onStart?.(entry);
  const interaction = interruptedInteraction(entry, store.manifest.runId, journal);
  const note = `found in flight after the run died; not placed again, ${interaction.turns.length} journalled turns kept (resume --replace-interrupted places it again)`;
  return storeFinished(ctx, entry, interaction, scenario, () => store.endAttempt(writer, 'abandoned', note));
}

/** What a contact in flight at the kill had captured, stored as the harness's own failure. */
export function interruptedInteraction(entry: ContactEntry, runId: string, journal: AttemptJournal): Interaction {
  const turns = journal.progress.turns ?? [];
  const durationMs = turns.reduce((n, t) => Math.max(n, t.endMs), 0);
  const centreRef = journal.progress.centreRef ?? journal.progress.callSid;
  return {
    schemaVersion: 1,
    contactId: entry.contactId,
    scenarioId: entry.scenarioId,
    runId,
    channel: entry.channel,
    startedAt: journal.startedAtMs,
    durationMs,
    events: [{ type: 'error', atMs: durationMs, detail: { code: E_INTERRUPTED_IN_FLIGHT, attempt: journal.attempt } }],
    turns,
    outcome: 'failed',
    failedBy: 'harness',
    error: {
      code: E_INTERRUPTED_IN_FLIGHT,
      message: `the run was killed while this contact was in flight (attempt ${journal.attempt}, started ${journal.startedAt}); its session at the centre was abandoned after ${turns.length} turns`,
      hint: 'not scored (the tool’s failure); `mystery-shopper resume <runDir> --replace-interrupted` places it again, and the centre will see a second session',
    },
    transcriptSource: entry.channel === 'webchat' ? 'chat-dom' : 'gather',
    ...(centreRef ? { centreRef } : {}),
    clock: entry.channel === 'webchat' ? 'page' : 'node',
  };
}
