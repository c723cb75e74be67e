import { describe, expect, it } from 'vitest';
import { checkWindowConfig, inCallingWindow, localTime, parseDays } from '../../../harness/safety/calling-window.js';

const shanghai = { tz: 'Asia/Shanghai', days: 'mon-fri', from: '09:00', to: '18:00' };
/** A fake clock: the instant of a UTC wall time. */
const utc = (iso: string) => new Date(`${iso}Z`);

describe('calling window (centre time zone, fake clock)', () => {
  it('is open from `from` (inclusive) to `to` (exclusive) on the listed days, in the centre’s zone', () => {
    // 2026-12-03 is a Thursday; Shanghai is UTC+8.
    expect(inCallingWindow(shanghai, utc('2026-12-03T01:00:00')).open).toBe(true); // 09:00 local
    expect(inCallingWindow(shanghai, utc('2026-12-03T00:59:00')).open).toBe(false); // 08:59
    expect(inCallingWindow(shanghai, utc('2026-12-03T09:59:00')).open).toBe(true); // 17:59
    const closing = inCallingWindow(shanghai, utc('2026-12-03T10:00:00')); // 18:00
    expect(closing.open).toBe(false);
    expect(!closing.open && closing.reason).toContain('it is thu 2026-12-03 18:00 in Asia/Shanghai');
  });

  it('uses the local day, not the UTC one: Friday 23:30 UTC is Saturday in Shanghai', () => {
    const sat = inCallingWindow({ ...shanghai, from: '00:00', to: '24:00' }, utc('2026-12-04T23:30:00'));
    expect(sat.local).toMatchObject({ weekday: 'sat', date: '2026-12-05', hhmm: '07:30' });
    expect(sat.open).toBe(false);
    expect(!sat.open && sat.reason).toContain('mon-fri only');
  });

  it('follows daylight saving in zones that have it', () => {
    const london = { tz: 'Europe/London', days: 'mon-sun', from: '09:00', to: '17:00' };
    expect(inCallingWindow(london, utc('2026-07-01T08:30:00')).open).toBe(true); // 09:30 BST
    expect(inCallingWindow(london, utc('2026-01-07T08:30:00')).open).toBe(false); // 08:30 GMT
  });

  it('reads day lists and ranges, including ranges over the weekend', () => {
    expect([...parseDays('mon-fri')!]).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect([...parseDays('fri-mon')!]).toEqual(['fri', 'sat', 'sun', 'mon']);
    expect([...parseDays('Sat, Sunday')!]).toEqual(['sat', 'sun']);
    expect(parseDays('weekdays')).toBeUndefined();
    expect(parseDays('')).toBeUndefined();
  });

  it('reports every bad setting', () => {
    expect(checkWindowConfig(shanghai)).toEqual([]);
    const problems = checkWindowConfig({ tz: 'Mars/Olympus', days: 'someday', from: '9am', to: '25:00' });
    expect(problems).toHaveLength(4);
    expect(checkWindowConfig({ ...shanghai, from: '18:00', to: '09:00' })[0]).toContain('must be before');
  });

  it('gives the local date the per-day cap counts by', () => {
    expect(localTime(utc('2026-12-03T16:30:00'), 'Asia/Shanghai').date).toBe('2026-12-04');
  });
});
