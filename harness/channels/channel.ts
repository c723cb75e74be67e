/**
 * The Channel extension point: one way of reaching a contact centre (web chat, voice …).
 * A channel places one contact at a time per call to `place` (the runner calls it concurrently)
 * and never throws for a contact-level failure: it returns the Interaction with outcome
 * "failed" and `error` set, keeping every turn captured up to that point. The runner decides
 * about retries.
 */
import type { HarnessConfig } from '../config/types.js';
import type { ChannelKind, Interaction } from '../interaction/types.js';
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
}

export interface Channel {
  readonly kind: ChannelKind;
  place(ctx: ContactContext): Promise<Interaction>;
  /** Release shared resources (browser, servers). Idempotent. */
  close(): Promise<void>;
}

export type ChannelFactory = (config: HarnessConfig) => Promise<Channel>;
