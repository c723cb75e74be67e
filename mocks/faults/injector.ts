/**
 * Fault injection for the emulators (Twilio, Deepgram): an express middleware that makes a share
 * of the requests fail the way real APIs and networks do, deterministically for a seed and a
 * request order. Two families, because they mean different things to a client:
 * - refused before any work (`429`, `500`, `503`): nothing happened on the server;
 * - broken after the work was done (`timeout`, `reset`, `malformed`): the request *did* take effect
 *   (a call was created) but the answer never arrives, arrives cut off, or is not JSON. These are
 *   the ambiguous failures that make a naive retry create a second call.
 */
import type { NextFunction, Request, Response } from 'express';
import { createRng } from '../centre/prng.js';

export const FAULT_KINDS = ['429', '500', '503', 'timeout', 'reset', 'malformed'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultOptions {
  /** Share of requests that fail, 0–1. @default 0 */
  rate: number;
  /** What kinds of failure, drawn uniformly. @default all of FAULT_KINDS */
  kinds?: readonly FaultKind[];
  /** PRNG seed: the same seed and request order inject the same faults. @default 1 */
  seed?: number;
  /** Seconds put in Retry-After on 429 and 503. @default 1 */
  retryAfterSec?: number;
  /** How long a `timeout` holds the connection before dropping it, ms (the client gives up first). @default 30000 */
  holdMs?: number;
  /** Which requests may be hit. @default every request the middleware sees */
  applies?: (req: Request) => boolean;
}

export interface FaultCounter {
  /** Requests seen by the injector (hit or not). */
  requests: number;
  /** Faults injected, by kind. */
  injected: Record<FaultKind, number>;
  /** Faults injected, by `METHOD path-pattern` (e.g. "POST Calls.json"), for reading a bench run. */
  byRoute: Record<string, number>;
}

export interface FaultInjector {
  middleware: (req: Request, res: Response, next: NextFunction) => void;
  counter: FaultCounter;
  /** Total faults injected. */
  total(): number;
}

/** The error body each API uses; the injector is told how to render one. */
export type ErrorBodyFor = (status: number, kind: FaultKind) => unknown;

const STATUS: Record<'429' | '500' | '503', number> = { '429': 429, '500': 500, '503': 503 };

function routeOf(req: Request): string {
  const last = req.path.split('/').filter(Boolean).at(-1) ?? '/';
  // SIDs are noise in a tally: "Calls/CA….json" → "Calls/:sid.json".
  const shape = req.path.replace(/\/(CA|RE)[0-9a-f]{32}/gu, '/:sid');
  return `${req.method} ${shape.includes(':sid') ? shape.split('/').slice(-2).join('/') : last}`;
}

export function createFaultInjector(options: FaultOptions, errorBody: ErrorBodyFor): FaultInjector {
  const rng = createRng(options.seed ?? 1);
  const kinds = options.kinds?.length ? options.kinds : FAULT_KINDS;
  const counter: FaultCounter = { requests: 0, injected: { '429': 0, '500': 0, '503': 0, timeout: 0, reset: 0, malformed: 0 }, byRoute: {} };
  const holdMs = options.holdMs ?? 30_000;

  function middleware(req: Request, res: Response, next: NextFunction): void {
    if (options.applies && !options.applies(req)) return next();
    counter.requests++;
    // Two draws per request whatever happens, so one request's fate never shifts the next one's.
    const hit = rng.next() < options.rate;
    const kind = kinds[Math.floor(rng.next() * kinds.length)]!;
    if (!hit) return next();
    counter.injected[kind]++;
    const route = routeOf(req);
    counter.byRoute[route] = (counter.byRoute[route] ?? 0) + 1;
    res.setHeader('x-fault-injected', kind);
    if (kind === '429' || kind === '500' || kind === '503') {
      if (kind !== '500') res.setHeader('retry-after', String(options.retryAfterSec ?? 1));
      res.status(STATUS[kind]).json(errorBody(STATUS[kind], kind));
      return;
    }
    breakResponse(res, kind, holdMs);
    next();
  }

  return { middleware, counter, total: () => Object.values(counter.injected).reduce((a, b) => a + b, 0) };
}

/** Lets the route do its work, then spoils the answer. */
function breakResponse(res: Response, kind: 'timeout' | 'reset' | 'malformed', holdMs: number): void {
  const socket = res.socket;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  if (kind === 'malformed') {
    // A proxy's error page where JSON was expected, with the status the work earned.
    const garbage = '<html><body>502 Bad Gateway</body></html>';
    let streamed = false;
    res.write = ((..._args: unknown[]) => {
      // A streamed body (recording media) cannot be rewritten: cut it off instead.
      streamed = true;
      socket?.destroy();
      return false;
    }) as Response['write'];
    res.end = ((..._args: unknown[]) => {
      if (streamed || res.headersSent) return res;
      res.setHeader('content-type', 'application/json');
      res.setHeader('content-length', Buffer.byteLength(garbage));
      return end(garbage);
    }) as Response['end'];
    return;
  }
  const swallow = ((..._args: unknown[]) => {
    if (kind === 'reset') socket?.destroy();
    return kind === 'reset' ? false : true;
  }) as Response['write'];
  res.write = swallow;
  res.end = ((..._args: unknown[]) => {
    if (kind === 'reset') socket?.destroy();
    else setTimeout(() => socket?.destroy(), holdMs).unref();
    return res;
  }) as Response['end'];
}
