/**
 * Which calls did we already place? A calls.create that failed ambiguously (5xx, timeout,
 * connection reset, a body that is not JSON) may still have reached Twilio and created the call;
 * creating it again would ring the centre twice. Before any such retry — and when a crashed run
 * resumes a contact that was dialling — the harness lists the calls from our number to the
 * centre's since the attempt began and adopts one instead of creating another.
 *
 * Twilio's Call resource does not expose the Url or StatusCallback we created it with, so the
 * lookup cannot see our per-contact marker: it narrows by To, From and time, and leaves out the
 * calls the caller knows belong to other contacts (`exclude`). The channel adds the marker Twilio
 * does give us — the CallSid on webhooks sent to the contact's own URLs — before trusting a lookup.
 */
import type { TwilioClient } from './twilio-client.js';

export interface PlacedCallQuery {
  /** E.164 number dialled. */
  to: string;
  /** E.164 caller ID used. */
  from: string;
  /** Epoch ms at which the (first) create attempt was sent: calls created earlier are not ours. */
  since: number;
  /** Tolerated difference between our clock and Twilio's, ms. @default 5000 */
  clockSkewMs?: number;
  /** Call SIDs known to belong to other contacts: never returned. @default none */
  exclude?: ReadonlySet<string>;
  /** Most calls read per listing (newest first). @default 50 */
  limit?: number;
}

export interface PlacedCall {
  sid: string;
  to: string;
  from: string;
  status: string;
  /** Epoch ms (Twilio's date_created). */
  createdAt: number;
  /** Epoch ms the call started dialling (Twilio's start_time); absent while queued. */
  startedAt?: number;
}

interface ListedCall {
  sid: string;
  to: string;
  from: string;
  status: string;
  dateCreated?: Date | null;
  startTime?: Date | null;
}

function toPlaced(c: ListedCall): PlacedCall {
  const placed: PlacedCall = { sid: c.sid, to: c.to, from: c.from, status: c.status, createdAt: c.dateCreated?.getTime() ?? Number.NaN };
  const started = c.startTime?.getTime();
  if (started !== undefined && Number.isFinite(started)) placed.startedAt = started;
  return placed;
}

/**
 * Calls to `to` from `from` created since `since` (minus the skew), oldest first, without the
 * excluded SIDs. Two listings: calls that started dialling since then (`StartTime>`), and calls still
 * queued — Twilio gives a queued call no start time, so the time filter alone would miss exactly the
 * call a CPS-limited account has just created. Errors propagate (the caller wraps this in its retry
 * policy: a listing is safe to repeat).
 */
export async function findPlacedCalls(client: TwilioClient, query: PlacedCallQuery): Promise<PlacedCall[]> {
  const earliest = query.since - (query.clockSkewMs ?? 5_000);
  const limit = query.limit ?? 50;
  const [started, queued] = await Promise.all([
    client.calls.list({ to: query.to, from: query.from, startTimeAfter: new Date(earliest), limit }),
    client.calls.list({ to: query.to, from: query.from, status: 'queued', limit }),
  ]);
  const bySid = new Map<string, PlacedCall>();
  for (const c of [...started, ...queued] as ListedCall[]) {
    if (query.exclude?.has(c.sid) || bySid.has(c.sid)) continue;
    const placed = toPlaced(c);
    // date_created is second-granular (RFC 2822): compare at that granularity.
    const created = Number.isFinite(placed.createdAt) ? placed.createdAt : placed.startedAt ?? Number.NaN;
    if (!(created >= Math.floor(earliest / 1000) * 1000)) continue;
    bySid.set(c.sid, placed);
  }
  return [...bySid.values()].sort((a, b) => a.createdAt - b.createdAt || a.sid.localeCompare(b.sid));
}
