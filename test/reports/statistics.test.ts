import { describe, expect, it } from 'vitest';
import { contactsForMargin, contactsForRate, rateInterval, scoreInterval, seededRandom, standardDeviation } from '../../reports/statistics.js';

describe('rateInterval (Wilson)', () => {
  it('matches the textbook value for 8/10', () => {
    // Wilson 95% for p̂ = 0.8, n = 10: 0.4902 – 0.9433
    const i = rateInterval(8, 10);
    expect(i.low).toBeCloseTo(0.4902, 3);
    expect(i.high).toBeCloseTo(0.9433, 3);
    expect(i.method).toBe('wilson');
  });
  it('stays inside 0–1 at the edges and says how many contacts give ±2 points', () => {
    const i = rateInterval(0, 5);
    expect(i.low).toBe(0);
    expect(i.high!).toBeGreaterThan(0.4);
    // p = 0.5: 1.96² × 0.25 / 0.02² = 2400.9 → 2401
    expect(contactsForRate(0.5, 2)).toBe(2401);
    expect(rateInterval(50, 100).more).toBe(2401 - 100);
  });
});

describe('scoreInterval (bootstrap)', () => {
  const values = Array.from({ length: 200 }, (_, k) => 60 + ((k * 37) % 40));
  it('is deterministic (fixed seed) and brackets the mean', () => {
    const a = scoreInterval(values);
    const b = scoreInterval(values);
    expect(a).toEqual(b);
    expect(a.low!).toBeLessThan(a.estimate!);
    expect(a.high!).toBeGreaterThan(a.estimate!);
  });
  it('has about the normal-theory width for a large sample', () => {
    const i = scoreInterval(values);
    const se = standardDeviation(values) / Math.sqrt(values.length);
    expect(i.margin!).toBeGreaterThan(1.6 * se);
    expect(i.margin!).toBeLessThan(2.3 * se);
  });
  it('asks for n = ⌈(1.96·s/m)²⌉ contacts', () => {
    expect(contactsForMargin(10, 2)).toBe(97); // (1.96·10/2)² = 96.04
    const i = scoreInterval(values, { targetMargin: 2 });
    expect(i.needed).toBe(contactsForMargin(standardDeviation(values), 2));
    expect(i.more).toBe(Math.max(0, i.needed! - values.length));
  });
  it('gives nothing for no contacts', () => {
    expect(scoreInterval([]).estimate).toBeNull();
  });
  it('seeded random is reproducible and uniform-ish', () => {
    const r = seededRandom(1);
    const xs = Array.from({ length: 10_000 }, () => r());
    expect(seededRandom(1)()).toBe(xs[0]);
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(m).toBeGreaterThan(0.48);
    expect(m).toBeLessThan(0.52);
  });
});

describe('scoreInterval for many contacts', () => {
  it('uses the normal interval above 2,000 contacts, close to what the bootstrap gives', () => {
    const values = Array.from({ length: 3000 }, (_, k) => 50 + ((k * 37) % 50));
    const normal = scoreInterval(values);
    expect(normal.method).toBe('normal');
    const boot = scoreInterval(values.slice(0, 2000));
    expect(boot.method).toBe('bootstrap-percentile');
    expect(Math.abs(normal.margin! - boot.margin! * Math.sqrt(2000 / 3000))).toBeLessThan(0.05);
  });
});
