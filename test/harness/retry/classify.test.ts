/** Which failures are retried, which may have taken effect, and how long servers ask us to wait. */
import { describe, expect, it } from 'vitest';
import { classifyFailure } from '../../../harness/retry/classify.js';
import { parseRetryAfter, requestedWaitMs } from '../../../harness/retry/retry-after.js';

const NOW = Date.parse('2026-12-03T10:00:00Z');

describe('classifyFailure', () => {
  it.each([
    [{ status: 429 }, 'rate-limited', true, false],
    [{ status: 500 }, 'server', true, true],
    [{ status: 502 }, 'server', true, true],
    [{ status: 503 }, 'server', true, true],
    [{ status: 504 }, 'server', true, true],
    [{ statusCode: 503 }, 'server', true, true],
    [{ status: 400 }, 'client', false, false],
    [{ status: 401 }, 'auth', false, false],
    [{ status: 403 }, 'auth', false, false],
    [{ status: 404 }, 'not-found', false, false],
    [Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), 'reset', true, true],
    [new Error('socket hang up'), 'reset', true, true],
    [Object.assign(new Error('timeout of 2000ms exceeded'), { code: 'ECONNABORTED' }), 'timeout', true, true],
    [Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' }), 'timeout', true, true],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }), 'refused', true, false],
    [new SyntaxError('Unexpected token < in JSON'), 'malformed', true, true],
    [Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }), 'reset', true, true],
    [new TypeError('Network error'), 'reset', true, true],
    [new Error('something else'), 'unknown', false, true],
  ])('%o → %s (retryable %s, ambiguous %s)', (err, kind, retryable, ambiguous) => {
    expect(classifyFailure(err, NOW)).toMatchObject({ kind, retryable, ambiguous });
  });

  it('reads Retry-After from plain, fetch and axios-style headers', () => {
    expect(classifyFailure({ status: 429, headers: { 'retry-after': '4' } }, NOW).retryAfterMs).toBe(4000);
    expect(classifyFailure({ statusCode: 503, rawResponse: { headers: new Headers({ 'Retry-After': '2' }) } }, NOW).retryAfterMs).toBe(2000);
    expect(classifyFailure({ status: 500 }, NOW).retryAfterMs).toBeUndefined();
  });
});

describe('Retry-After and rate-limit headers', () => {
  it('seconds, HTTP dates (never negative), and garbage', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter('Thu, 03 Dec 2026 10:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Thu, 03 Dec 2026 09:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
  });
  it('RateLimit-Reset as delta seconds, X-RateLimit-Reset as delta or epoch seconds', () => {
    expect(requestedWaitMs({ 'ratelimit-reset': '5' }, NOW)).toBe(5000);
    expect(requestedWaitMs({ 'x-ratelimit-reset': String(NOW / 1000 + 8) }, NOW)).toBe(8000);
    expect(requestedWaitMs({ 'retry-after': '1', 'x-ratelimit-reset': '9' }, NOW)).toBe(1000);
    expect(requestedWaitMs({}, NOW)).toBeUndefined();
  });
});
