/**
 * Which failures are worth another attempt. Retryable: 429, 500, 502, 503, 504, connection resets,
 * timeouts, refused connections, a body that is not JSON (a proxy's error page). Not retryable:
 * authentication, validation, not found and every other 4xx — the same request would fail again.
 * `ambiguous` says the request may have taken effect although we got no good answer (5xx,
 * timeout, reset, malformed body): a retry of a non-idempotent request must check first.
 */
import { requestedWaitMs, type HeaderSource } from './retry-after.js';

export type FailureKind = 'rate-limited' | 'server' | 'timeout' | 'reset' | 'refused' | 'malformed' | 'auth' | 'not-found' | 'client' | 'aborted' | 'unknown';

export interface FailureClass {
  kind: FailureKind;
  retryable: boolean;
  /** The request may have reached the server and taken effect. */
  ambiguous: boolean;
  status?: number;
  /** What the server asked us to wait (Retry-After or rate-limit headers), ms. */
  retryAfterMs?: number;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED_RESET', 'UND_ERR_SOCKET']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ECONNABORTED', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT']);
const REFUSED_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

interface ErrorLike {
  name?: string;
  message?: string;
  code?: unknown;
  status?: unknown;
  statusCode?: unknown;
  headers?: HeaderSource;
  rawResponse?: { headers?: HeaderSource };
  retryAfterMs?: unknown;
  cause?: unknown;
}

function statusOf(e: ErrorLike): number | undefined {
  const s = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : undefined;
  return s && s >= 100 ? s : undefined;
}

/** Classifies an error from the twilio or Deepgram SDK, axios, fetch or node:http. */
export function classifyFailure(err: unknown, nowMs: number = Date.now()): FailureClass {
  const e = (err ?? {}) as ErrorLike;
  const status = statusOf(e);
  if (status !== undefined) {
    const explicit = typeof e.retryAfterMs === 'number' ? e.retryAfterMs : undefined;
    const retryAfterMs = explicit ?? requestedWaitMs(e.headers ?? e.rawResponse?.headers, nowMs);
    const withWait = <T extends FailureClass>(c: T): T => (retryAfterMs === undefined ? c : { ...c, retryAfterMs });
    if (status === 429) return withWait({ kind: 'rate-limited', retryable: true, ambiguous: false, status });
    if (RETRYABLE_STATUS.has(status)) return withWait({ kind: 'server', retryable: true, ambiguous: true, status });
    if (status === 401 || status === 403) return { kind: 'auth', retryable: false, ambiguous: false, status };
    if (status === 404) return { kind: 'not-found', retryable: false, ambiguous: false, status };
    return { kind: status >= 500 ? 'server' : 'client', retryable: false, ambiguous: status >= 500, status };
  }
  if (e.name === 'AbortError' || e.code === 'ABORT_ERR') return { kind: 'aborted', retryable: false, ambiguous: true };
  // fetch wraps the socket's error ("fetch failed", cause ECONNRESET): the cause says more.
  if (e.cause && e.cause !== err) {
    const inner = classifyFailure(e.cause, nowMs);
    if (inner.kind !== 'unknown') return inner;
  }
  if (err instanceof SyntaxError) return { kind: 'malformed', retryable: true, ambiguous: true };
  const code = typeof e.code === 'string' ? e.code : undefined;
  const message = e.message ?? '';
  if ((code && RESET_CODES.has(code)) || /socket hang up|ECONNRESET|other side closed|connection (was )?(reset|closed)/iu.test(message)) {
    return { kind: 'reset', retryable: true, ambiguous: true };
  }
  if ((code && TIMEOUT_CODES.has(code)) || e.name === 'DeepgramTimeoutError' || /time ?out|timed out/iu.test(message)) {
    return { kind: 'timeout', retryable: true, ambiguous: true };
  }
  // Refused before anything was sent: safe to repeat, nothing happened.
  if ((code && REFUSED_CODES.has(code)) || /ECONNREFUSED/u.test(message)) return { kind: 'refused', retryable: true, ambiguous: false };
  // What fetch (and msw's HttpResponse.error()) raise when the connection failed mid-request.
  if (err instanceof TypeError && /^(network error|fetch failed|failed to fetch|terminated)$/iu.test(message)) return { kind: 'reset', retryable: true, ambiguous: true };
  return { kind: 'unknown', retryable: false, ambiguous: true };
}
