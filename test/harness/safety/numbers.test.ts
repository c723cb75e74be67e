import { describe, expect, it } from 'vitest';
import { allowedBy, compileAllowlist, normaliseNumber } from '../../../harness/safety/numbers.js';

describe('destination numbers', () => {
  it('normalises any written form to E.164 with the default region', () => {
    for (const raw of ['010-1234 5678', '(010) 12345678', '+86 10 1234 5678', '+861012345678']) expect(normaliseNumber(raw, 'CN')).toMatchObject({ ok: true, e164: '+861012345678' });
    expect(normaliseNumber('400 820 8820', 'CN')).toMatchObject({ ok: true, e164: '+864008208820' });
    expect(normaliseNumber('13800138000', 'cn')).toMatchObject({ ok: true, e164: '+8613800138000', type: 'MOBILE' });
  });

  it('refuses what cannot be dialled: not a number, invalid for its country, short service numbers, premium rate', () => {
    expect(normaliseNumber('hello', 'CN')).toMatchObject({ ok: false });
    expect(normaliseNumber('+8690012345678', 'CN')).toMatchObject({ ok: false });
    const short = normaliseNumber('95566', 'CN');
    expect(short.ok).toBe(false);
    expect(!short.ok && short.reason).toContain('95xxx');
    const premium = normaliseNumber('+19005551234', 'US');
    expect(!premium.ok && premium.reason).toContain('premium-rate');
  });
});

describe('allowlist', () => {
  it('matches exact numbers in any format and E.164 prefixes ending in *', () => {
    const list = compileAllowlist(['010 1234 5678', '+86400*'], 'CN');
    expect(list.problems).toEqual([]);
    expect(allowedBy('+861012345678', list)?.entry).toBe('010 1234 5678');
    expect(allowedBy('+864008208820', list)?.entry).toBe('+86400*');
    expect(allowedBy('+861012345679', list)).toBeUndefined(); // one digit off
    expect(allowedBy('+86401234567', list)).toBeUndefined(); // shares "+8640" only
    expect(allowedBy('+8610123456789', list)).toBeUndefined(); // an exact entry is not a prefix
  });

  it('an empty list allows nothing', () => {
    expect(allowedBy('+861012345678', compileAllowlist([], 'CN'))).toBeUndefined();
  });

  it('rejects entries that are too broad, malformed or not dialable, naming each', () => {
    const list = compileAllowlist(['+86*', '+*', '*', '86400*', '+86*400', '+8610?', '95566', '+86 400 *'], 'CN');
    expect(list.rules).toEqual([{ kind: 'prefix', prefix: '+86400', entry: '+86 400 *' }]);
    expect(list.problems).toHaveLength(7);
    expect(list.problems[0]).toContain('"+86*"');
    expect(list.problems[0]).toContain('at least 4 digits');
    expect(list.problems.join('\n')).toContain('"95566"');
  });
});
