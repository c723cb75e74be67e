import { describe, expect, it } from 'vitest';
import { createRng, hashString, seedFor } from '../../../mocks/centre/prng.js';
import { chooseProfile, isProfileName, PROFILE_CHECKS, PROFILE_NAMES } from '../../../mocks/centre/profiles.js';

describe('profile choice', () => {
  it('is deterministic from seed + ref', () => {
    const refs = Array.from({ length: 50 }, (_, i) => `contact-${i}`);
    expect(refs.map((r) => chooseProfile(7, r))).toEqual(refs.map((r) => chooseProfile(7, r)));
    // Another seed gives another assignment for at least some refs.
    expect(refs.map((r) => chooseProfile(8, r))).not.toEqual(refs.map((r) => chooseProfile(7, r)));
  });

  it('uses every profile under the default weights, exemplary most often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const p = chooseProfile(1, `ref-${i}`);
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    for (const name of PROFILE_NAMES) expect(counts.get(name) ?? 0).toBeGreaterThan(0);
    const exemplary = counts.get('exemplary')!;
    for (const name of PROFILE_NAMES.filter((n) => n !== 'exemplary')) expect(exemplary).toBeGreaterThan(counts.get(name)!);
  });

  it('honours weights: zero excludes, a single weight forces', () => {
    const onlySlow = Object.fromEntries(PROFILE_NAMES.map((n) => [n, n === 'slow' ? 1 : 0]));
    for (let i = 0; i < 100; i++) expect(chooseProfile(3, `r${i}`, onlySlow)).toBe('slow');
    for (let i = 0; i < 500; i++) expect(chooseProfile(3, `r${i}`, { exemplary: 0 })).not.toBe('exemplary');
  });

  it('knows its names and maps each defect profile to at least one check', () => {
    expect(isProfileName('no-survey')).toBe(true);
    expect(isProfileName('rude')).toBe(false);
    for (const name of PROFILE_NAMES) expect(PROFILE_CHECKS[name].length > 0).toBe(name !== 'exemplary');
  });
});

describe('prng', () => {
  it('is reproducible and spreads values', () => {
    const a = createRng(seedFor(1, 'x', 'brain'));
    const b = createRng(seedFor(1, 'x', 'brain'));
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(seqA).toEqual(Array.from({ length: 20 }, () => b.next()));
    expect(new Set(seqA).size).toBe(20);
    for (const v of seqA) expect(v >= 0 && v < 1).toBe(true);
    expect(hashString('a')).not.toBe(hashString('b'));
    const r = createRng(5);
    for (let i = 0; i < 200; i++) {
      const n = r.int(3, 6);
      expect(n >= 3 && n <= 6).toBe(true);
    }
    expect(r.digits(8)).toMatch(/^[1-9]\d{7}$/u);
  });
});
