import { describe, expect, it } from 'vitest';
import { DEFAULT_SD, formatPlan, planSampling, TIME_BANDS } from '../../reports/plan.js';

describe('planSampling', () => {
  it('uses the pilot spread of the scenario × channel: n = ⌈(1.96·s/m)²⌉, spread over six bands', () => {
    // scores 80 and 100: s = 14.14 → (1.96·14.14/2)² = 192.1 → 193 → 33 per band
    const pilot = [
      { scenarioId: 'a', channel: 'webchat', qualityScore: 80 },
      { scenarioId: 'a', channel: 'webchat', qualityScore: 100 },
    ];
    const plan = planSampling([{ id: 'a', channels: ['webchat'] }], 2, pilot);
    expect(plan.rows[0]).toMatchObject({ sdSource: 'pilot scenario×channel', needed: 193, perBand: 33, total: 33 * TIME_BANDS.length });
  });
  it('falls back to the scenario, the run, then a stated default', () => {
    const pilot = [
      { scenarioId: 'a', channel: 'webchat', qualityScore: 70 },
      { scenarioId: 'a', channel: 'webchat', qualityScore: 90 },
    ];
    const plan = planSampling([{ id: 'a', channels: ['voice'] }, { id: 'b', channels: ['webchat'] }], 2, pilot);
    expect(plan.rows.map((r) => r.sdSource)).toEqual(['pilot scenario', 'pilot run']);
    expect(planSampling([{ id: 'c', channels: ['voice'] }], 2).rows[0]!.sd).toBe(DEFAULT_SD);
  });
  it('a wider margin needs fewer contacts, never under two per band', () => {
    const tight = planSampling([{ id: 'a', channels: ['webchat'] }], 1).total;
    const loose = planSampling([{ id: 'a', channels: ['webchat'] }], 20);
    expect(loose.total).toBeLessThan(tight);
    expect(loose.rows[0]!.perBand).toBe(2);
    expect(formatPlan(loose)).toContain('n = ⌈(z · s / m)²⌉');
  });
});
