/** A fake clock and dispatcher for the scheduler: time moves only when the test says so. */
import type { SchedulerClock } from '../../../harness/load/scheduler.js';
import type { ContactDispatcher, DispatchOutcome, DueContact } from '../../../harness/load/types.js';

export class FakeClock implements SchedulerClock {
  t = 1_000_000;
  private timers: { at: number; resolve: () => void }[] = [];

  now(): number {
    return this.t;
  }

  sleepUntil(at: number, signal?: AbortSignal): Promise<void> {
    if (at <= this.t || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      this.timers.push({ at, resolve });
      signal?.addEventListener('abort', () => resolve(), { once: true });
    });
  }

  /** Run `work` to completion, firing timers in time order whenever nothing else can progress. */
  async drive<T>(work: Promise<T>): Promise<T> {
    let done = false;
    let value!: T;
    void work.then((v) => ((done = true), (value = v)));
    for (;;) {
      for (let i = 0; i < 20; i++) await Promise.resolve();
      if (done) return value;
      if (!this.timers.length) {
        await new Promise((r) => setImmediate(r));
        if (done) return value;
        if (!this.timers.length) throw new Error('deadlock: no timers and the work is not done');
        continue;
      }
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers.shift()!;
      this.t = Math.max(this.t, next.at);
      next.resolve();
    }
  }
}

/** Places nothing: each contact starts at its due time and ends `handleMs(c)` later (fake time). */
export class FakeDispatcher implements ContactDispatcher {
  running = 0;
  maxRunning = 0;
  /** In-progress count sampled at each start and end. */
  samples: { at: number; running: number }[] = [];
  dispatched: DueContact[] = [];

  constructor(
    private readonly clock: FakeClock,
    private readonly handleMs: (c: DueContact) => number,
  ) {}

  async dispatch(c: DueContact): Promise<DispatchOutcome> {
    this.dispatched.push(c);
    await this.clock.sleepUntil(c.dueAt);
    const startedAt = this.clock.now();
    this.running += 1;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    this.samples.push({ at: startedAt, running: this.running });
    await this.clock.sleepUntil(startedAt + this.handleMs(c));
    this.running -= 1;
    this.samples.push({ at: this.clock.now(), running: this.running });
    return { contactId: c.contactId, outcome: 'completed', startedAt, endedAt: this.clock.now() };
  }

  inFlight(): number {
    return this.running;
  }

  async close(): Promise<void> {}
}
