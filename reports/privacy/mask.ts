/**
 * Masks personal data (GB/T 35273) in transcript text so that reports can be handed around:
 * `138****8000`, `110***********1234`, `6222***********0128`, `z***@example.com`,
 * `北京市朝阳区****`, `张*`. Pure: the same text and options always give the same result. Raw text
 * stays only in the run folder (contacts/*.json), which scoring needs.
 *
 * Known limits (see test/fixtures/pii/README.md for the labelled set it is measured on): a name is
 * only found after a cue, before an honorific or as the persona's name; a 13–19 digit number that
 * passes the Luhn check is masked as a card unless a word before it says what it is (订单号, 编号…).
 */
import { findNumbers, maskNumber } from './digits.js';
import { PII_KINDS, type PiiKind, type PiiSpan, type PrivacyOptions } from './types.js';
import { findAddresses, findEmails, findNames, maskAddress, maskEmail, maskName } from './words.js';

export { PII_KINDS, type PiiKind, type PiiSpan, type PrivacyOptions } from './types.js';

/** Every personal value in the text, non-overlapping, in order (kinds not asked for are left out). */
export function findPii(text: string, options: PrivacyOptions = {}): PiiSpan[] {
  const kinds = new Set<PiiKind>(options.kinds ?? PII_KINDS);
  const found: PiiSpan[] = [];
  // numbers and e-mails first: an address or name never wins over a validated number inside it
  if (kinds.has('phone') || kinds.has('id-card') || kinds.has('bank-card')) found.push(...findNumbers(text));
  if (kinds.has('email')) found.push(...findEmails(text));
  if (kinds.has('address')) found.push(...findAddresses(text));
  if (kinds.has('name')) found.push(...findNames(text, options.personaNames));
  const keep = new Set(options.keep ?? []);
  const spans: PiiSpan[] = [];
  for (const s of found) {
    if (!kinds.has(s.kind)) continue;
    if (keep.size && (keep.has(text.slice(s.start, s.end)) || (s.digits !== undefined && keep.has(s.digits)))) continue;
    if (spans.some((o) => s.start < o.end && o.start < s.end)) continue;
    spans.push(s);
  }
  return spans.sort((a, b) => a.start - b.start);
}

function masked(span: PiiSpan, value: string): string {
  switch (span.kind) {
    case 'phone':
    case 'id-card':
    case 'bank-card':
      return maskNumber(span.kind, span.digits ?? value);
    case 'email':
      return maskEmail(value);
    case 'address':
      return maskAddress(value);
    case 'name':
      return maskName(value);
  }
}

/** The text with every personal value replaced by its masked form. */
export function maskText(text: string, options: PrivacyOptions = {}): string {
  if (options.mask === false || text.length < 2) return text;
  const spans = findPii(text, options);
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + masked(s, text.slice(s.start, s.end));
    at = s.end;
  }
  return out + text.slice(at);
}
