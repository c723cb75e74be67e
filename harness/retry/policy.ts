/**
 * The one retry policy for the harness's calls to Twilio and Deepgram: exponential backoff with
 * full jitter (a random wait between 0 and base·2^n, capped), at least what the server asked for
 * (Retry-After), bounded by attempts and by total time. Clock and randomness are injectable, so
 * tests run with a fake clock and a seeded PRNG and never sleep.
 *
 * The outcome is data: success with the value and the attempts it took, or failure with the last
 * cause, its class, the attempts and why we stopped.
 */
import { classifyFailure, type FailureClass } from './classify.js';

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted || ms <= 0) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref?.();
      signal?.addEventListener('abort', done, { once: true });
    }),
};

export interface RetryPolicyOptions {
  /** Attempts in all, the first included. @default 5 */
  maxAttempts?: number;
  /** No attempt starts after this much time since the first one, ms. @default 60000 */
  maxTotalMs?: number;
  /** Backoff base: the n-th retry waits up to base·2^(n-1). @default 250 */
  baseDelayMs?: number;
  /** Cap on one backoff wait (Retry-After may ask for more, within `maxTotalMs`). @default 10000 */
  maxDelayMs?: number;
  /** Uniform [0, 1) source for the jitter. @default Math.random */
  random?: () => number;
  /** @default the system clock */
  clock?: Clock;
  /** Classifies each failure. @default classifyFailure */
  classify?: (err: unknown, nowMs: number) => FailureClass;
}

export type GiveUpReason = 'not-retryable' | 'attempts' | 'time' | 'aborted' | 'stopped';

export interface RetryAttemptInfo {
  /** 1 for the first attempt. */
  attempt: number;
  /** Epoch ms (policy clock) when this attempt started. */
  startedAt: number;
  /** Epoch ms when the first attempt started. */
  firstStartedAt: number;
  /** The failure of the previous attempt, on retries. */
  previous?: { error: unknown; failure: FailureClass };
}

export type RetryOutcome<T> =
  | { ok: true; value: T; attempts: number; elapsedMs: number }
  | { ok: false; error: unknown; failure: FailureClass; attempts: number; elapsedMs: number; gaveUp: GiveUpReason };

export interface RetryHooks<T> {
  signal?: AbortSignal;
  /** Called before each retry's wait (for counting and logging). */
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown; failure: FailureClass }) => void;
  /**
   * Called before a retry of an ambiguous failure, after the wait: may settle the operation
   * without another attempt (e.g. the call was created after all: adopt it), or return
   * `{ stop: true }` to give up. Undefined: make the attempt.
   */
  beforeRetry?: (info: RetryAttemptInfo) => Promise<{ value: T } | { stop: true } | undefined>;
}

/** Full-jitter backoff wait before retry number `retry` (1-based), ms. */
export function backoffMs(retry: number, options: Pick<RetryPolicyOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs ?? 10_000, (options.baseDelayMs ?? 250) * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

export class RetryPolicy {
  readonly maxAttempts: number;
  readonly maxTotalMs: number;
  readonly clock: Clock;
  private readonly random: () => number;
  private readonly classifyFn: (err: unknown, nowMs: number) => FailureClass;

  constructor(private readonly options: RetryPolicyOptions = {}) {
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 5);
    this.maxTotalMs = options.maxTotalMs ?? 60_000;
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.classifyFn = options.classify ?? classifyFailure;
  }

  classify(err: unknown): FailureClass {
    return this.classifyFn(err, this.clock.now());
  }

  /** Runs `attempt` until it succeeds, fails for good, or the bounds are reached. Never throws. */
  async run<T>(attempt: (info: RetryAttemptInfo) => Promise<T>, hooks: RetryHooks<T> = {}): Promise<RetryOutcome<T>> {
    const firstStartedAt = this.clock.now();
    const elapsed = () => this.clock.now() - firstStartedAt;
    let previous: RetryAttemptInfo['previous'];
    for (let n = 1; ; n++) {
      const info: RetryAttemptInfo = { attempt: n, startedAt: this.clock.now(), firstStartedAt, ...(previous ? { previous } : {}) };
      if (previous?.failure.ambiguous && hooks.beforeRetry) {
        const settled = await this.settle(hooks.beforeRetry, info);
        if (settled && 'value' in settled) return { ok: true, value: settled.value, attempts: n - 1, elapsedMs: elapsed() };
        if (settled && 'stop' in settled) return { ok: false, error: previous.error, failure: previous.failure, attempts: n - 1, elapsedMs: elapsed(), gaveUp: 'stopped' };
        if (settled && 'lookupFailed' in settled) return { ok: false, error: settled.error, failure: previous.failure, attempts: n - 1, elapsedMs: elapsed(), gaveUp: 'stopped' };
      }
      try {
        return { ok: true, value: await attempt(info), attempts: n, elapsedMs: elapsed() };
      } catch (error) {
        const failure = this.classify(error);
        const fail = (gaveUp: GiveUpReason): RetryOutcome<T> => ({ ok: false, error, failure, attempts: n, elapsedMs: elapsed(), gaveUp });
        if (hooks.signal?.aborted) return fail('aborted');
        if (!failure.retryable) return fail('not-retryable');
        if (n >= this.maxAttempts) return fail('attempts');
        const delayMs = Math.max(failure.retryAfterMs ?? 0, backoffMs(n, this.options, this.random));
        // Waiting past the budget only to give up then helps nobody: stop now.
        if (elapsed() + delayMs > this.maxTotalMs) return fail('time');
        hooks.onRetry?.({ attempt: n, delayMs, error, failure });
        await this.clock.sleep(delayMs, hooks.signal);
        if (hooks.signal?.aborted) return fail('aborted');
        previous = { error, failure };
      }
    }
  }

  /** A failing check before a retry must not turn into a blind retry: it ends the run as data. */
  private async settle<T>(check: NonNullable<RetryHooks<T>['beforeRetry']>, info: RetryAttemptInfo) {
    try {
      return await check(info);
    } catch (error) {
      return { lookupFailed: true as const, error };
    }
  }
}
