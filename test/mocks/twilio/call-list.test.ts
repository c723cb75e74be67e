/** The emulator's Calls list filters, as Twilio documents them. */
import { describe, expect, it } from 'vitest';
import type { EmulatedCall } from '../../../mocks/twilio/call.js';
import { filterCalls } from '../../../mocks/twilio/call-list.js';

const T0 = Date.parse('2026-12-03T10:00:00.400Z');

function call(sid: string, to: string, from: string, createdAt: number, status = 'ringing'): EmulatedCall {
  return { sid, status, params: { to, from }, truth: { createdAt } } as unknown as EmulatedCall;
}

const calls = [
  call('CA1', '+861', '+150', T0),
  call('CA2', '+862', '+150', T0 + 2_000),
  call('CA3', '+861', '+150', T0 + 4_000, 'completed'),
  call('CA4', '+861', '+151', T0 + 6_000),
  call('CA5', '+861', '+150', T0 + 8_000, 'queued'),
];
const sids = (q: Record<string, unknown>) => filterCalls(calls, q).map((c) => c.sid);

describe('filterCalls', () => {
  it('filters by To, From and Status, newest first', () => {
    expect(sids({ To: '+861', From: '+150' })).toEqual(['CA5', 'CA3', 'CA1']);
    expect(sids({ To: '+861', Status: 'queued' })).toEqual(['CA5']);
  });
  it('StartTime> is on or after, at second granularity; queued calls have no start time', () => {
    expect(sids({ To: '+861', 'StartTime>': '2026-12-03T10:00:04Z' })).toEqual(['CA4', 'CA3']);
    expect(sids({ 'StartTime>': '2026-12-03T10:00:00Z' })).toEqual(['CA4', 'CA3', 'CA2', 'CA1']);
  });
  it('StartTime< and StartTime take dates or date-times', () => {
    expect(sids({ 'StartTime<': '2026-12-03T10:00:02Z' })).toEqual(['CA2', 'CA1']);
    expect(sids({ StartTime: '2026-12-03' })).toEqual(['CA4', 'CA3', 'CA2', 'CA1']);
    expect(sids({ StartTime: '2026-12-04' })).toEqual([]);
  });
});
