/**
 * A test hook for the crash-resume tests: `MYSTERY_SHOPPER_CRASH_AT=<event>:<n>` makes the process
 * SIGKILL itself the n-th time `crashPoint(event)` is reached, so a test can kill the CLI at a
 * precise point (before any contact, with a call created but its SID not yet journalled, after the
 * n-th contact was stored, before scoring) instead of racing it with a timer. Unset: a no-op.
 */

/** The points a run can be killed at, in the order a contact meets them. */
export const CRASH_EVENTS = [
  /** An attempt's journal is on disk; the channel has not been asked to place it yet. */
  'attempt-started',
  /** Twilio answered calls.create; the Call SID is not journalled yet. */
  'call-created',
  /** A progress update (SID, turns) of an attempt is on disk. */
  'progress-written',
  /** A finished contact's Interaction is on disk; its attempt is not marked ended yet. */
  'contact-stored',
  /** Every contact is placed and stored; scoring has not started. */
  'placed',
] as const;

export type CrashEvent = (typeof CRASH_EVENTS)[number];

const ENV = 'MYSTERY_SHOPPER_CRASH_AT';
const seen = new Map<CrashEvent, number>();

function target(): { event: string; n: number } | null {
  const spec = process.env[ENV];
  if (!spec) return null;
  const m = /^([a-z-]+):(\d+)$/u.exec(spec);
  if (!m) throw new Error(`${ENV}=${spec}: expected <event>:<n>, e.g. attempt-started:1 (events: ${CRASH_EVENTS.join(', ')})`);
  return { event: m[1]!, n: Number(m[2]) };
}

export function crashPoint(event: CrashEvent): void {
  const t = target();
  if (!t || t.event !== event) return;
  const count = (seen.get(event) ?? 0) + 1;
  seen.set(event, count);
  if (count === t.n) {
    process.stderr.write(`${ENV}: killing the process at ${event} #${count}\n`);
    process.kill(process.pid, 'SIGKILL');
  }
}
