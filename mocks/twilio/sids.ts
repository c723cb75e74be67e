/**
 * Twilio resource SIDs: a two-letter type prefix and 32 lower-case hex digits (e.g. `CA…` for calls,
 * `RE…` for recordings, `AC…` for accounts). Random, like Twilio's, so that runs never collide.
 */
import { randomBytes } from 'node:crypto';

export type SidPrefix = 'AC' | 'CA' | 'RE' | 'PN' | 'SK';

export function makeSid(prefix: SidPrefix): string {
  return prefix + randomBytes(16).toString('hex');
}

export function isSid(value: string, prefix: SidPrefix): boolean {
  return new RegExp(`^${prefix}[0-9a-f]{32}$`).test(value);
}
