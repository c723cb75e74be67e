/**
 * Destination numbers and the allowlist. Every number is parsed by libphonenumber-js (full
 * metadata, so validity and the number's type are real, not just a length check) and compared in
 * E.164, so "010-1234 5678", "+86 10 1234 5678" and "+861012345678" are the same destination.
 * Premium-rate numbers are refused even when allowlisted: a typo in a prefix must not be able to
 * cost money per minute.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export type ParsedNumber = { ok: true; e164: string; type?: string } | { ok: false; reason: string };

/** A number as E.164, or why it cannot be dialled. `region` applies to numbers without +country. */
export function normaliseNumber(raw: string, region: string): ParsedNumber {
  const p = parsePhoneNumberFromString(raw.trim(), region.toUpperCase() as CountryCode);
  if (!p) return { ok: false, reason: `"${raw}" is not a phone number` };
  if (!p.isValid()) {
    return { ok: false, reason: `"${raw}" (${p.number}) is not a valid number for its country (short service numbers such as 95xxx cannot be dialled internationally: use the centre's full landline or 400 number)` };
  }
  const type = p.getType();
  if (type === 'PREMIUM_RATE') return { ok: false, reason: `"${raw}" (${p.number}) is a premium-rate number: never dialled` };
  return { ok: true, e164: p.number, ...(type ? { type } : {}) };
}

export type AllowRule = { kind: 'exact'; e164: string; entry: string } | { kind: 'prefix'; prefix: string; entry: string };

export interface Allowlist {
  rules: AllowRule[];
  /** One message per entry that could not be read (each names the entry). */
  problems: string[];
}

/**
 * Shortest prefix accepted: "+86*" would allow a whole country. Four digits is a country code plus
 * an area or service code at least ("+8610*" Beijing, "+86400*" national 400 numbers).
 */
const MIN_PREFIX_DIGITS = 4;

/** Read the configured entries: exact numbers (any format) or E.164 prefixes ending in `*`. */
export function compileAllowlist(entries: readonly string[], region: string): Allowlist {
  const rules: AllowRule[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const text = entry.trim().replace(/[\s\-().]/gu, '');
    if (text.endsWith('*')) {
      const m = /^\+([1-9]\d*)\*$/u.exec(text);
      if (!m) problems.push(`allow entry "${entry}": a prefix is "+" and digits followed by one "*", e.g. "+86400*"`);
      else if (m[1]!.length < MIN_PREFIX_DIGITS) problems.push(`allow entry "${entry}": a prefix needs at least ${MIN_PREFIX_DIGITS} digits (country code and area/service code); this would allow too much`);
      else rules.push({ kind: 'prefix', prefix: `+${m[1]}`, entry });
      continue;
    }
    if (text.includes('*') || text.includes('?')) {
      problems.push(`allow entry "${entry}": only a trailing "*" is supported`);
      continue;
    }
    const parsed = normaliseNumber(entry, region);
    if (parsed.ok) rules.push({ kind: 'exact', e164: parsed.e164, entry });
    else problems.push(`allow entry ${parsed.reason}`);
  }
  return { rules, problems };
}

/** The rule that allows `e164`, or undefined. */
export function allowedBy(e164: string, list: Allowlist): AllowRule | undefined {
  return list.rules.find((r) => (r.kind === 'exact' ? r.e164 === e164 : e164.startsWith(r.prefix)));
}
