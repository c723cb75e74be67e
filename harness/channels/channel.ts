/**
 * The Channel extension point: one way of reaching a contact centre (web chat, voice …).
 * A channel places one contact at a time per call to `place` (the runner calls it concurrently)
 * and never throws for a contact-level failure: it returns the Interaction with outcome
 * "failed" and `error` set, keeping every turn captured up to that point. The runner decides
 * about retries.
 */
import type { HarnessConfig } from '../config/types.js';
import type { ChannelKind, Interaction, Turn } from '../interaction/types.js';
import type { LoadedScenario } from '../scenario/schema.js';

export interface ContactContext {
  runId: string;
  contactId: string;
  scenario: LoadedScenario;
  /** Variables for `{{…}}` in steps: scenario variables, `persona.*`, `contactId`, `centre`. */
  vars: Record<string, string | number>;
  /** Aborted when the run is interrupted (Ctrl-C); the channel ends the contact quickly. */
  signal: AbortSignal;
  /**
   * When the contact was due (epoch ms): the moment the runner gave it a concurrency slot.
   * Channels record the lag from here to their own start, so time spent waiting inside the
   * harness (browser start slots …) shows in the run. @default the time `place` was called
   */
  dueAt?: number;
  /** Directory for this run's recordings (voice). */
  recordingsDir: string;
  /**
   * The run's contacts directory, where a failed web chat leaves `<contactId>.failure.png` /
   * `.failure.html` next to `<contactId>.json`. Absent: no failure artifacts are kept.
   */
  contactsDir?: string;
  // ── customer patience (h/capacity) ──
  /**
   * Abandonment patience: how long this customer waits for a human agent before giving up.
   * Voice: counted from the answer (IVR and queue included); chat: from the page load, or from the
   * hand-off request when a bot answers first. When no agent has joined by then the channel hangs up
   * / closes the chat and the contact ends `abandoned` with an `abandoned` event `{waitedMs}`.
   * @default undefined (wait as long as the scenario's own timeouts allow)
   */
  patienceMs?: number;
  // ── end customer patience ──
  // --- crash-proof runs (h/crash) ---
  /**
   * Identifiers and captured turns as soon as they exist (voice: the Call SID right after
   * calls.create; chat: the turns so far), journalled so that a run killed mid-contact can
   * recognise the contact on resume. Resolves once the update is on disk; never rejects. Absent:
   * nothing is journalled.
   */
  onProgress?(update: ContactProgress): Promise<void>;
  // --- end crash-proof runs ---
}

/** What a channel reports about a contact in flight (all optional, latest value wins). */
export interface ContactProgress {
  /** Voice: the Twilio Call SID. */
  callSid?: string;
  /**
   * Voice: the call's final status as our webhook heard it. A call found ended on resume without
   * this ended after the run died (the harness cut it short).
   */
  callStatus?: string;
  /**
   * The reference the centre knows the contact by (chat: the `ref` on the chat URL). A chat
   * journals it, and waits for it to be on disk, before it opens the centre's page: a chat found
   * in flight without it never reached the centre and is simply placed.
   */
  centreRef?: string;
  /** Every turn captured so far (replaces the previous list). */
  turns?: Turn[];
}

/** An attempt found in flight when a killed run is resumed, as its journal recorded it. */
export interface InFlightAttempt {
  attempt: number;
  /** Epoch ms at which the attempt was journalled, just before the channel was asked to place it. */
  startedAt: number;
  progress: ContactProgress;
  /**
   * Call SIDs that other attempts of the run are known to own, so that a search by number does
   * not claim another contact's call. Shared and updated by concurrent recoveries.
   */
  claimedCallSids: Set<string>;
}

/**
 * What a channel found out about an attempt in flight: it ended (or was waited for) and is
 * rebuilt as an Interaction; it never reached the centre (safe to place now); or it cannot be
 * known (then it must not be placed again blindly: the Interaction says why).
 */
export type Recovery =
  | { kind: 'recovered'; interaction: Interaction; note: string }
  | { kind: 'not-placed'; note: string }
  | { kind: 'unknown'; interaction: Interaction; note: string };

export interface Channel {
  readonly kind: ChannelKind;
  place(ctx: ContactContext): Promise<Interaction>;
  /**
   * Finds out what became of an attempt that was in flight when the run died, without placing
   * anything (voice asks Twilio). Absent: the channel cannot tell (web chat), and the runner
   * stores the journalled turns as an interrupted contact instead of placing it again.
   */
  recover?(ctx: ContactContext, attempt: InFlightAttempt): Promise<Recovery>;
  /**
   * Told by the runner, before the first contact is due, what it is about to place: the channel
   * gets ready ahead so that a contact's start is short (web chat opens the browser contexts and
   * pages of the first wave). Best effort: resolves when ready or when it gave up, never rejects;
   * a contact finding nothing prepared starts as usual. Absent: nothing to prepare.
   */
  prepare?(demand: readonly ChannelDemand[], signal?: AbortSignal): Promise<void>;
  /** Release shared resources (browser, servers). Idempotent. */
  close(): Promise<void>;
}

/** Contacts of one scenario a run is about to place through a channel (Channel.prepare). */
export interface ChannelDemand {
  scenario: LoadedScenario;
  /** Contacts of this scenario the run will place in all. */
  total: number;
  /** Of them, placed at once when the run starts (the first wave, bounded by the concurrency). */
  first: number;
  /**
   * The first wave's contacts of this scenario, in placing order, with the `{{vars}}` each will be
   * placed with (ContactContext.vars): lets a channel make a contact's own resources ahead (the web
   * chat can load each customer's shop page before the chat is due). Absent: not known.
   */
  firstContacts?: Array<{ contactId: string; vars: Record<string, string | number> }>;
}

export type ChannelFactory = (config: HarnessConfig) => Promise<Channel>;
