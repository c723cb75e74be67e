/**
 * Virtual time for the in-process simulator: a clock that only moves when the simulation says so,
 * and a queue of things due at given instants (agent replies, idle timeouts, messages reaching
 * the page). Nothing here waits for real: advancing from 0 to 70 s of silence costs nothing.
 */
import type { SessionClock } from '../centre/session-io.js';

/** A scheduled action; `cancel()` makes it a no-op (like clearTimeout). */
export interface VirtualTimer {
  readonly at: number;
  cancel(): void;
}

interface Entry {
  at: number;
  /** Insertion order: actions due at the same instant run in the order they were scheduled. */
  order: number;
  run: () => void;
  cancelled: boolean;
}

export class VirtualClock {
  private current = 0;
  private readonly queue: Entry[] = [];
  private inserted = 0;

  /** Ms since the contact's time origin. */
  get now(): number {
    return this.current;
  }

  /** Run `action` `delayMs` from now (clamped to ≥ 0, like setTimeout). */
  after(delayMs: number, action: () => void): VirtualTimer {
    return this.at(this.current + Math.max(0, delayMs), action);
  }

  at(atMs: number, action: () => void): VirtualTimer {
    const entry: Entry = { at: Math.max(atMs, this.current), order: this.inserted++, run: action, cancelled: false };
    // Sorted insert from the back: almost everything is scheduled later than what is queued.
    let i = this.queue.length;
    while (i > 0 && this.isAfter(this.queue[i - 1]!, entry)) i--;
    this.queue.splice(i, 0, entry);
    return {
      at: entry.at,
      cancel: () => {
        entry.cancelled = true;
      },
    };
  }

  /** When the next pending action is due, or null when nothing is scheduled. */
  peek(): number | null {
    this.dropCancelled();
    return this.queue[0]?.at ?? null;
  }

  /**
   * Run every action due up to `untilMs` (inclusive), in time order, moving the clock to each. Stops
   * right after an action when `stop()` turns true (the clock then stays at that action's time);
   * otherwise the clock ends at `untilMs`.
   */
  advanceTo(untilMs: number, stop: () => boolean = () => false): void {
    if (stop()) return;
    for (;;) {
      this.dropCancelled();
      const head = this.queue[0];
      if (!head || head.at > untilMs) break;
      this.queue.shift();
      this.current = head.at;
      head.run();
      if (stop()) return;
    }
    this.current = Math.max(this.current, untilMs);
  }

  /**
   * This clock as a chat session's clock (mocks/centre/session-io.ts), so the centre's own
   * ChatSession runs in virtual time; `now()` is epoch ms with this clock's 0 at `epochMs`.
   */
  sessionClock(epochMs: number): SessionClock<VirtualTimer> {
    return {
      now: () => epochMs + this.current,
      setTimeout: (fn, ms) => this.after(ms, fn),
      clearTimeout: (timer) => timer.cancel(),
    };
  }

  /** Advance by `ms`, running whatever falls due meanwhile. */
  advanceBy(ms: number): void {
    this.advanceTo(this.current + Math.max(0, ms));
  }

  private dropCancelled(): void {
    while (this.queue[0]?.cancelled) this.queue.shift();
  }

  private isAfter(a: Entry, b: Entry): boolean {
    return a.at > b.at || (a.at === b.at && a.order > b.order);
  }
}
