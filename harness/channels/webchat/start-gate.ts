/**
 * Limits how many chats are *starting* at once (new context, renderer process, page load). On a
 * 2-core machine 200 simultaneous page starts take long enough that navigations time out; started
 * a few at a time they all come up, and once a page is loaded it is cheap. Chats already running
 * are not limited: the gate is released as soon as the page has loaded (or failed to).
 */
export class StartGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError(`StartGate: limit must be at least 1 (got ${limit})`);
  }

  /** Resolves with a release function once a slot is free, or with null if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<(() => void) | null> {
    if (signal?.aborted) return Promise.resolve(null);
    if (this.running < this.limit) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        this.running += 1;
        resolve(this.releaser());
      };
      const onAbort = () => {
        const i = this.waiting.indexOf(grant);
        if (i >= 0) this.waiting.splice(i, 1);
        resolve(null);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(grant);
    });
  }

  /** Chats currently starting, and chats waiting to start (for tests and progress displays). */
  get stats(): { starting: number; waiting: number } {
    return { starting: this.running, waiting: this.waiting.length };
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      this.waiting.shift()?.();
    };
  }
}

/** What the `started` event of a chat carries: when it was due and how long it waited to start. */
export interface StartedDetail {
  /** Epoch ms the runner gave the contact its slot (ContactContext.dueAt). */
  dueAt: number;
  /** startedAt − dueAt: time spent in the harness's own start queue, never the centre's. */
  startLagMs: number;
}

export function startedDetail(dueAt: number, startedAt: number): StartedDetail & Record<string, unknown> {
  return { dueAt, startLagMs: Math.max(0, startedAt - dueAt) };
}
