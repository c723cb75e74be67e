/** The retry policy on a fake clock: backoff with full jitter, Retry-After, bounds, errors as data. */
import { describe, expect, it } from 'vitest';
import { backoffMs, RetryPolicy } from '../../../harness/retry/policy.js';
import { fakeClock, seeded } from './fake-clock.js';

const httpError = (status: number, headers: Record<string, string> = {}) => Object.assign(new Error(`HTTP ${status}`), { status, headers });
const reset = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

/** An operation that fails with the given errors in turn, then returns "ok". */
function failing(errors: unknown[]) {
  let calls = 0;
  const fn = async () => {
    const e = errors[calls++];
    if (e) throw e;
    return 'ok';
  };
  return { fn, calls: () => calls };
}

describe('RetryPolicy', () => {
  it('retries 429, 500, 502, 503, 504, resets and timeouts, then succeeds', async () => {
    const clock = fakeClock();
    const errors = [httpError(429), httpError(500), httpError(502), httpError(503), httpError(504), reset(), Object.assign(new Error('timeout of 500ms exceeded'), { code: 'ECONNABORTED' })];
    const op = failing(errors);
    const policy = new RetryPolicy({ clock, random: seeded(1), maxAttempts: 10, maxTotalMs: 600_000 });
    const out = await policy.run(op.fn);
    expect(out).toMatchObject({ ok: true, value: 'ok', attempts: 8 });
    expect(clock.sleeps).toHaveLength(7);
  });

  it('does not retry 400, 401, 403, 404: the failure is data with one attempt', async () => {
    for (const status of [400, 401, 403, 404]) {
      const op = failing([httpError(status)]);
      const out = await new RetryPolicy({ clock: fakeClock() }).run(op.fn);
      expect(out).toMatchObject({ ok: false, attempts: 1, gaveUp: 'not-retryable', failure: { status, retryable: false } });
      expect(op.calls()).toBe(1);
    }
  });

  it('waits with exponential backoff and full jitter, capped', async () => {
    const clock = fakeClock();
    const op = failing(Array.from({ length: 6 }, () => httpError(503)));
    // random() = 0.999…: each wait is (just under) its ceiling: 100, 200, 400, 800, 1000 (cap).
    await new RetryPolicy({ clock, random: () => 0.9999, baseDelayMs: 100, maxDelayMs: 1000, maxAttempts: 6, maxTotalMs: 100_000 }).run(op.fn);
    expect(clock.sleeps).toEqual([99, 199, 399, 799, 999]);
    // Full jitter: anywhere from 0 up to the ceiling, from the injected PRNG.
    const r = seeded(7);
    const waits = Array.from({ length: 200 }, () => backoffMs(3, { baseDelayMs: 100, maxDelayMs: 1000 }, r));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...waits)).toBeLessThan(400);
    expect(new Set(waits).size).toBeGreaterThan(50);
  });

  it('honours Retry-After in seconds and as an HTTP date, and the rate-limit reset header', async () => {
    const clock = fakeClock();
    const inTenSeconds = new Date(clock.now() + 10_000).toUTCString();
    const op = failing([httpError(429, { 'retry-after': '3' }), httpError(503, { 'retry-after': inTenSeconds }), httpError(429, { 'x-ratelimit-reset': '2' })]);
    const out = await new RetryPolicy({ clock, random: () => 0, maxTotalMs: 60_000 }).run(op.fn);
    expect(out.ok).toBe(true);
    // The date is absolute: after the first 3 s wait, 7 s of it are left.
    expect(clock.sleeps).toEqual([3000, 7000, 2000]);
  });

  it('gives up after maxAttempts with the last cause and the attempt count', async () => {
    const last = httpError(500);
    const op = failing([httpError(503), httpError(502), last, httpError(500)]);
    const out = await new RetryPolicy({ clock: fakeClock(), random: () => 0.5, maxAttempts: 3 }).run(op.fn);
    expect(out).toMatchObject({ ok: false, attempts: 3, gaveUp: 'attempts' });
    expect(!out.ok && out.error).toBe(last);
    expect(op.calls()).toBe(3);
  });

  it('gives up when the next wait would pass maxTotalMs (a long Retry-After included)', async () => {
    const clock = fakeClock();
    const op = failing(Array.from({ length: 50 }, () => httpError(503)));
    const out = await new RetryPolicy({ clock, random: () => 0.9999, baseDelayMs: 1000, maxDelayMs: 4000, maxAttempts: 50, maxTotalMs: 10_000 }).run(op.fn);
    // waits 999 + 1999 + 3999 = 6997; the next (3999) would end past 10 s.
    expect(out).toMatchObject({ ok: false, gaveUp: 'time', attempts: 4 });
    expect(clock.now() - Date.parse('2026-12-03T10:00:00Z')).toBeLessThanOrEqual(10_000);

    const long = failing([httpError(429, { 'retry-after': '120' })]);
    const out2 = await new RetryPolicy({ clock: fakeClock(), maxTotalMs: 60_000 }).run(long.fn);
    expect(out2).toMatchObject({ ok: false, gaveUp: 'time', attempts: 1, failure: { retryAfterMs: 120_000 } });
  });

  it('before retrying an ambiguous failure, asks whether the operation took effect after all', async () => {
    const op = failing([reset(), reset()]);
    const checks: number[] = [];
    const out = await new RetryPolicy({ clock: fakeClock() }).run(op.fn, {
      beforeRetry: async (info) => {
        checks.push(info.attempt);
        return info.attempt === 3 ? { value: 'adopted' } : undefined;
      },
    });
    expect(out).toMatchObject({ ok: true, value: 'adopted', attempts: 2 });
    expect(checks).toEqual([2, 3]);
    expect(op.calls()).toBe(2);
  });

  it('a 429 is not ambiguous (Twilio refused it): no check before its retry; a failing check stops', async () => {
    const checks: number[] = [];
    const out = await new RetryPolicy({ clock: fakeClock() }).run(failing([httpError(429)]).fn, { beforeRetry: async (i) => void checks.push(i.attempt) });
    expect(out.ok).toBe(true);
    expect(checks).toEqual([]);
    const stopped = await new RetryPolicy({ clock: fakeClock() }).run(failing([httpError(500)]).fn, {
      beforeRetry: async () => {
        throw new Error('lookup failed');
      },
    });
    expect(stopped).toMatchObject({ ok: false, gaveUp: 'stopped', attempts: 1 });
  });

  it('stops when the signal aborts', async () => {
    const ac = new AbortController();
    const clock = fakeClock();
    const out = await new RetryPolicy({ clock }).run(
      async () => {
        ac.abort();
        throw reset();
      },
      { signal: ac.signal },
    );
    expect(out).toMatchObject({ ok: false, gaveUp: 'aborted', attempts: 1 });
  });
});
