/**
 * The log that security events go to (webhook refusals, listening beyond loopback). Channels are
 * created from the config alone, so the run's logger is published here by the command that owns
 * it (`run`, `load`, a worker) for the run's duration; without one, events go to stderr as one
 * line each. Either way they pass through the secret scrubber.
 */
import type { Logger } from 'pino';
import type { SecurityLog } from '../server/webhook-guard.js';
import { scrubDeep } from './secrets.js';

let current: Logger | undefined;

/** Send security events to `logger` until the returned function is called. */
export function useRunLog(logger: Logger): () => void {
  current = logger;
  return () => {
    if (current === logger) current = undefined;
  };
}

export const securityLog: SecurityLog = {
  warn(obj, msg) {
    if (current) return current.warn(obj, msg);
    const { event: _event, ...rest } = scrubDeep(obj);
    process.stderr.write(`warning: ${msg} ${JSON.stringify(rest)}\n`);
  },
};
