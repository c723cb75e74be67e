/**
 * The in-process dispatcher: a timer per due contact and a p-queue over `placeContact`. A contact
 * never starts before its `dueAt`; when it starts later (timers firing late on a busy event loop,
 * a browser start slot, the concurrency cap), the lag is measured, not hidden: the channel's
 * `started` event carries `{ dueAt, startLagMs }` and the outcome's `startedAt` is the real start.
 */
import PQueue from 'p-queue';
import type { Interaction } from '../interaction/types.js';
import { placeContact, type PlacementContext } from '../runner/place-contact.js';
import type { ContactDispatcher, DispatchOutcome, DueContact } from './types.js';

export interface LocalDispatcherOptions {
  /** Where and how contacts are placed; its store must already hold each contact's entry. */
  placement: PlacementContext;
  /** Contacts placed at once; more wait in the queue (their start lag shows it). @default Infinity */
  concurrency?: number;
}

/** When the channel itself says the contact started (after its own start queue), else its time origin. */
export function actualStart(interaction: Interaction, calledAt: number): number {
  const started = interaction.events.find((e) => e.type === 'started');
  const detail = started?.detail as { dueAt?: number; startLagMs?: number } | undefined;
  if (typeof detail?.dueAt === 'number' && typeof detail.startLagMs === 'number') return detail.dueAt + detail.startLagMs;
  // Voice: the call starts when Twilio accepted it, after the channel's own calls-per-second queue
  // (a call held there is late, and must show as such).
  const created = interaction.events.find((e) => e.type === 'call-created');
  if (created && interaction.startedAt) return Math.max(calledAt, interaction.startedAt + created.atMs);
  return Math.max(calledAt, interaction.startedAt || calledAt);
}

export function createLocalDispatcher(opts: LocalDispatcherOptions): ContactDispatcher {
  const { placement } = opts;
  const queue = new PQueue({ concurrency: opts.concurrency ?? Infinity });
  const timers = new Set<{ timer: NodeJS.Timeout; cancel: () => void }>();
  let running = 0;
  let closed = false;

  const interrupted = (c: DueContact): DispatchOutcome => ({ contactId: c.contactId, outcome: 'interrupted', startedAt: 0, endedAt: Date.now() });

  /** Resolves at `dueAt` (never before); false when the dispatcher closed or the run was interrupted first. */
  const waitUntilDue = (dueAt: number) =>
    new Promise<boolean>((resolve) => {
      const fire = () => {
        const late = dueAt - Date.now();
        // setTimeout may fire a fraction of a millisecond early: never start before dueAt.
        if (late > 0) return void (entry.timer = setTimeout(fire, late));
        timers.delete(entry);
        resolve(!closed && !placement.signal?.aborted);
      };
      const entry = { timer: setTimeout(fire, Math.max(0, dueAt - Date.now())), cancel: () => resolve(false) };
      timers.add(entry);
    });

  async function place(c: DueContact): Promise<DispatchOutcome> {
    const entry = placement.store.manifest.contacts[c.contactId];
    if (!entry) throw new Error(`contact ${c.contactId} was dispatched before it was added to the run`);
    const calledAt = Date.now();
    running += 1;
    try {
      const { stored, interaction } = await placeContact(placement, entry, c.dueAt);
      const startedAt = actualStart(interaction, calledAt);
      const endedAt = interaction.startedAt + interaction.durationMs;
      return { contactId: c.contactId, outcome: stored ? interaction.outcome : 'interrupted', startedAt, endedAt: Math.max(endedAt, startedAt) };
    } finally {
      running -= 1;
    }
  }

  return {
    async dispatch(c) {
      try {
        if (closed || !(await waitUntilDue(c.dueAt))) return interrupted(c);
        return await queue.add(() => (closed || placement.signal?.aborted ? interrupted(c) : place(c)));
      } catch {
        // placeContact records a channel's failure as data; this is only a bug in the harness.
        return { contactId: c.contactId, outcome: 'failed', startedAt: Date.now(), endedAt: Date.now() };
      }
    },
    inFlight: () => running,
    async close() {
      closed = true;
      for (const t of timers) {
        clearTimeout(t.timer);
        t.cancel();
      }
      timers.clear();
      await queue.onIdle();
    },
  };
}
