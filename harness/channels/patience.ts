/**
 * Customer patience (ContactContext.patienceMs): a simulated customer who waits for a human agent
 * gives up after a while, as a real one does, so that a load run measures abandonment the way a
 * centre's ACD report counts it. Shared by both channels: each says when the wait began (answer,
 * page load, hand-off request) and whether an agent has joined; the watch fires once when the
 * patience has run out with no agent. One timer per contact (not a poll), re-armed only while the
 * wait has not begun yet.
 */

export interface PatienceWatchOptions {
  /** The customer's patience, ms; undefined or non-finite: never gives up. */
  patienceMs: number | undefined;
  /** Epoch ms when the wait for an agent began, or undefined while it has not begun. */
  waitingSince(): number | undefined;
  /** True once an agent has joined (the channel's own agent-joined detection). */
  agentJoined(): boolean;
  /** The patience ran out; `waitedMs` is from the start of the wait to now. */
  onExpire(waitedMs: number): void;
  /** How often to look again while the wait has not begun, ms. @default 500 */
  recheckMs?: number;
}

export interface PatienceWatch {
  /** Set once the customer gave up. */
  readonly expired: { waitedMs: number } | null;
  /** Stop watching (the contact is over). Idempotent. */
  stop(): void;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

export function watchPatience(opts: PatienceWatchOptions): PatienceWatch {
  let expired: { waitedMs: number } | null = null;
  let timer: NodeJS.Timeout | undefined;
  const patience = opts.patienceMs;
  const active = patience !== undefined && patience >= 0 && patience <= MAX_TIMER_MS;
  const arm = (ms: number) => {
    timer = setTimeout(check, Math.max(0, ms));
    timer.unref();
  };
  function check(): void {
    timer = undefined;
    if (expired || opts.agentJoined()) return;
    const since = opts.waitingSince();
    if (since === undefined) return arm(opts.recheckMs ?? 500);
    const waited = Date.now() - since;
    if (waited < patience!) return arm(patience! - waited);
    expired = { waitedMs: waited };
    opts.onExpire(waited);
  }
  if (active) arm(patience);
  return {
    get expired() {
      return expired;
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
