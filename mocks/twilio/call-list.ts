/**
 * The Calls list filters of Twilio's API: To, From, Status, StartTime (that day, or that instant),
 * `StartTime>` (on or after), `StartTime<` (on or before); newest first. The harness's lookup of
 * calls it may already have placed (harness/channels/voice/call-lookup.ts) relies on them.
 */
import type { EmulatedCall } from './call.js';

function one(query: Record<string, unknown>, name: string): string | undefined {
  const v = query[name];
  return v === undefined ? undefined : String(Array.isArray(v) ? v[0] : v);
}

/** A date (YYYY-MM-DD, the whole UTC day) or a date-time, as a [from, to] range of epoch ms. */
function range(value: string): [number, number] | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) {
    const start = Date.parse(`${value}T00:00:00Z`);
    return [start, start + 86_400_000 - 1];
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : [at, at];
}

/** When the call started dialling (Twilio's start_time); undefined while queued. */
function startedAt(call: EmulatedCall): number | undefined {
  return call.status === 'queued' ? undefined : call.truth.createdAt;
}

export function filterCalls(calls: EmulatedCall[], query: Record<string, unknown>): EmulatedCall[] {
  const to = one(query, 'To');
  const from = one(query, 'From');
  const status = one(query, 'Status');
  const on = one(query, 'StartTime');
  const after = one(query, 'StartTime>');
  const before = one(query, 'StartTime<');
  const onRange = on ? range(on) : undefined;
  // Second granularity, as Twilio's times are: a call started at 12:00:00.700 is "at or after 12:00:00".
  const afterMs = after ? range(after)?.[0] : undefined;
  const beforeMs = before ? range(before)?.[1] : undefined;
  return calls
    .filter((c) => {
      if (to && c.params.to !== to) return false;
      if (from && c.params.from !== from) return false;
      if (status && c.status !== status) return false;
      if (!onRange && afterMs === undefined && beforeMs === undefined) return true;
      const started = startedAt(c);
      if (started === undefined) return false;
      const s = Math.floor(started / 1000) * 1000;
      if (onRange && (s < Math.floor(onRange[0] / 1000) * 1000 || s > onRange[1])) return false;
      if (afterMs !== undefined && s < Math.floor(afterMs / 1000) * 1000) return false;
      if (beforeMs !== undefined && s > beforeMs) return false;
      return true;
    })
    .sort((a, b) => b.truth.createdAt - a.truth.createdAt);
}
