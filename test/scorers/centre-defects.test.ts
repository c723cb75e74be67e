/**
 * The scorers against the simulated centre's ground truth: every profile (exemplary and each
 * deliberate defect) on every demo scenario, two centre seeds — ≥ 200 contacts — and precision
 * and recall ≥ 0.95 for every check the centre can commit a defect against. The same
 * measurement as `npm run bench -- score` (mocks/lab/accuracy.ts), in virtual time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_CHECKS } from '../../mocks/centre/profiles.js';
import { belowTarget, measureScoreAccuracy, type AccuracyReport } from '../../mocks/lab/accuracy.js';

const SEEDS = [1, 2];
let reports: AccuracyReport[] = [];

beforeAll(async () => {
  reports = await Promise.all(SEEDS.map((seed) => measureScoreAccuracy({ perProfile: 16, seed })));
});

describe('scorers vs. the simulated centre ground truth', () => {
  it.each(SEEDS.map((seed, i) => [seed, i]))('seed %i: ≥ 200 contacts covering every simulated check, all completed', (_seed, i) => {
    const report = reports[i]!;
    expect(report.contacts.length).toBeGreaterThanOrEqual(200);
    expect(report.contacts.filter((c) => c.outcome !== 'completed')).toEqual([]);
    const expected = new Set(report.contacts.flatMap((c) => [...c.expected]));
    expect(Object.values(PROFILE_CHECKS).flat().filter((check) => !expected.has(check))).toEqual([]);
  });

  it('precision and recall ≥ 0.95 for every check, and exemplary agents fail no check', () => {
    for (const report of reports) {
      const weak = belowTarget(report.rows);
      expect(weak.map((r) => ({ check: r.check, misses: report.misses.filter((m) => m.check === r.check).slice(0, 3) }))).toEqual([]);
      const exemplary = report.contacts.filter((c) => c.profile === 'exemplary');
      expect(exemplary.length).toBeGreaterThan(0);
      expect(exemplary.filter((c) => c.fired.size > 0).map((c) => `${c.contactId}: ${[...c.fired].join(',')}`)).toEqual([]);
    }
  });
});
