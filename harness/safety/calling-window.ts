/**
 * The calling window: the days and hours calls may be placed, in the centre's time zone (Intl, so
 * daylight-saving zones work without a date library). Times are read from an injected clock so
 * the window can be tested at any instant.
 */
import type { CallingWindow } from './types.js';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Wall-clock time of an instant in a time zone. */
export interface LocalTime {
  /** YYYY-MM-DD: the local day (the per-day cap counts by it). */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
  /** HH:MM, for messages. */
  hhmm: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws RangeError for an unknown zone (caught by `checkWindowConfig`). */
function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit' });
    formatters.set(tz, f);
  }
  return f;
}

export function localTime(at: Date, tz: string): LocalTime {
  const parts = Object.fromEntries(formatterFor(tz).formatToParts(at).map((p) => [p.type, p.value]));
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: String(parts.weekday).toLowerCase().slice(0, 3) as Weekday,
    minutes: hour * 60 + minute,
    hhmm: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
  };
}

function clockMinutes(hhmm: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/u.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : hhmm === '24:00' ? 1440 : undefined;
}

/** "mon-fri", "sat,sun", "fri-mon" (wraps), "mon-sun" → the set of days; undefined when unreadable. */
export function parseDays(spec: string): Set<Weekday> | undefined {
  const days = new Set<Weekday>();
  for (const part of spec.toLowerCase().split(',').map((s) => s.trim()).filter(Boolean)) {
    const [a, b] = part.split('-').map((s) => s.trim().slice(0, 3)) as [Weekday, Weekday | undefined];
    const from = WEEKDAYS.indexOf(a);
    const to = b === undefined ? from : WEEKDAYS.indexOf(b);
    if (from < 0 || to < 0) return undefined;
    for (let i = from; ; i = (i + 1) % 7) {
      days.add(WEEKDAYS[i]!);
      if (i === to) break;
    }
  }
  return days.size ? days : undefined;
}

/** What is wrong with a window setting, one message per problem. */
export function checkWindowConfig(w: CallingWindow): string[] {
  const problems: string[] = [];
  try {
    formatterFor(w.tz);
  } catch {
    problems.push(`dialling.window.tz "${w.tz}" is not an IANA time zone (e.g. "Asia/Shanghai")`);
  }
  if (!parseDays(w.days)) problems.push(`dialling.window.days "${w.days}" is not a list of days like "mon-fri" or "mon,wed,sat"`);
  const from = clockMinutes(w.from);
  const to = clockMinutes(w.to);
  if (from === undefined) problems.push(`dialling.window.from "${w.from}" is not a time HH:MM`);
  if (to === undefined) problems.push(`dialling.window.to "${w.to}" is not a time HH:MM`);
  if (from !== undefined && to !== undefined && from >= to) problems.push(`dialling.window: from ${w.from} must be before to ${w.to} (windows over midnight are not supported)`);
  return problems;
}

export type WindowVerdict = { open: true; local: LocalTime } | { open: false; local: LocalTime; reason: string };

/** Whether `at` is inside the window. The window must be valid (`checkWindowConfig`). */
export function inCallingWindow(w: CallingWindow, at: Date): WindowVerdict {
  const local = localTime(at, w.tz);
  const days = parseDays(w.days)!;
  const where = `it is ${local.weekday} ${local.date} ${local.hhmm} in ${w.tz}`;
  if (!days.has(local.weekday)) return { open: false, local, reason: `${where}; calls are placed on ${w.days} only` };
  if (local.minutes < clockMinutes(w.from)! || local.minutes >= clockMinutes(w.to)!) {
    return { open: false, local, reason: `${where}; calls are placed from ${w.from} to ${w.to} only` };
  }
  return { open: true, local };
}
