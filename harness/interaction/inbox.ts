import type { Speaker } from './types.js';

/** A message the simulated customer received (or sent), timed on the caller's side. */
export interface InboxMessage {
  speaker: Speaker;
  text: string;
  /** Ms since the contact's time origin. */
  atMs: number;
  /** For spoken turns: when the utterance ended. @default atMs */
  endMs?: number;
}

interface Waiter {
  predicate: (m: InboxMessage) => boolean;
  keep: boolean;
  resolve: (m: InboxMessage | null) => void;
  timer: NodeJS.Timeout;
}

/**
 * The stream of messages from the other side, with a read cursor. A `wait` step consumes messages
 * up to and including the one it matched, so a reply that arrived before the script started
 * waiting still counts (agents often answer faster than the script moves on).
 */
export class Inbox {
  private readonly messages: InboxMessage[] = [];
  private cursor = 0;
  private waiter: Waiter | null = null;
  private closedReason: string | null = null;

  push(message: InboxMessage): void {
    this.messages.push(message);
    const w = this.waiter;
    if (!w) return;
    // While a wait is pending every arrival is read: the same rule as for messages already there.
    this.cursor = this.messages.length;
    if (w.predicate(message)) {
      if (w.keep) this.cursor -= 1;
      this.settle(message);
    }
  }

  /**
   * A message already pushed changed its text (a streamed bubble was reported before it was
   * complete). A pending wait that read it while partial gets another look at it now.
   */
  revised(message: InboxMessage): void {
    const w = this.waiter;
    if (!w || !this.messages.includes(message)) return;
    if (!w.predicate(message)) return;
    // Read again from just after it (or, with `keep`, from it): later messages stay unread.
    this.cursor = this.messages.indexOf(message) + (w.keep ? 0 : 1);
    this.settle(message);
  }

  /** Everything received so far, in arrival order. */
  all(): readonly InboxMessage[] {
    return this.messages;
  }

  /** No more messages will come (chat closed, call hung up); pending and future waits end at once. */
  close(reason: string): void {
    this.closedReason = reason;
    this.settle(null);
  }

  get closed(): string | null {
    return this.closedReason;
  }

  /**
   * Resolve with the first unread message matching `predicate` (consuming everything up to it), or
   * null when none arrives within `timeoutMs` or the inbox closes. With `keep` the matched message
   * itself stays unread (a hand-off waits for the human agent, whose greeting a later wait checks).
   */
  next(predicate: (m: InboxMessage) => boolean, timeoutMs: number, keep = false): Promise<InboxMessage | null> {
    if (this.waiter) throw new Error('Inbox.next: only one waiter at a time');
    for (let i = this.cursor; i < this.messages.length; i++) {
      const m = this.messages[i]!;
      if (predicate(m)) {
        this.cursor = keep ? i : i + 1;
        return Promise.resolve(m);
      }
    }
    // Unmatched messages already read stay read: a later wait looks only at what comes next.
    this.cursor = this.messages.length;
    if (this.closedReason !== null) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(null), timeoutMs);
      this.waiter = { predicate, keep, resolve, timer };
    });
  }

  private settle(message: InboxMessage | null): void {
    const w = this.waiter;
    if (!w) return;
    this.waiter = null;
    clearTimeout(w.timer);
    w.resolve(message);
  }
}
