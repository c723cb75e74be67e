/**
 * How long a server asked us to wait: `Retry-After` (delta seconds or an HTTP date) and the
 * rate-limit headers APIs send with a 429 (`RateLimit-Reset` delta seconds; `X-RateLimit-Reset`
 * delta seconds, or epoch seconds when it looks like a timestamp).
 */

/** Headers as the HTTP clients give them: fetch's Headers, axios's headers, or a plain record. */
export type HeaderSource = { get(name: string): unknown } | Record<string, unknown> | undefined | null;

export function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  const viaGet = typeof (headers as { get?: unknown }).get === 'function' ? (headers as { get(n: string): unknown }).get(name) : undefined;
  const raw = viaGet ?? (headers as Record<string, unknown>)[name] ?? (headers as Record<string, unknown>)[name.toLowerCase()];
  if (raw === undefined || raw === null) return undefined;
  return String(Array.isArray(raw) ? raw[0] : raw).trim() || undefined;
}

/** `Retry-After: 120` or `Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`, in ms from `nowMs`. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/u.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Epoch-second timestamps are past 2001; anything smaller is a delta. */
const EPOCH_SECONDS_FLOOR = 1_000_000_000;

/** The wait the headers ask for, ms, or undefined when they ask for none. */
export function requestedWaitMs(headers: HeaderSource, nowMs: number): number | undefined {
  const retryAfter = parseRetryAfter(headerValue(headers, 'retry-after'), nowMs);
  if (retryAfter !== undefined) return retryAfter;
  const reset = headerValue(headers, 'ratelimit-reset') ?? headerValue(headers, 'x-ratelimit-reset');
  if (!reset || !/^\d+(\.\d+)?$/u.test(reset)) return undefined;
  const n = Number(reset);
  return n >= EPOCH_SECONDS_FLOOR ? Math.max(0, Math.round(n * 1000 - nowMs)) : Math.round(n * 1000);
}
