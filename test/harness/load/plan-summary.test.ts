import { describe, expect, it } from 'vitest';
import { planStages, type LoadedProfile } from '../../../harness/load/profile-loader.js';
import { estimateStages, formatDuration, renderPlan } from '../../../harness/load/plan-summary.js';

function profile(over: Partial<LoadedProfile>): LoadedProfile {
  return {
    id: 'p',
    file: '/x/p.yaml',
    sha256: '0',
    stages: [],
    mix: [{ scenarioId: 'a', channel: 'webchat', weight: 1 }],
    scenarios: [],
    thinkTimeMs: { min: 0, max: 0 },
    caps: {},
    targets: { answerRate: 0.95, serviceLevel: { thresholdSec: 20, target: 0.8 }, ahtSec: 60 },
    seed: 1,
    arrivals: 'poisson',
    ...over,
  };
}

describe('dry-run plan', () => {
  it('open stages: contacts = mean rate × length; peak in progress by Little’s law at the AHT target', () => {
    const e = estimateStages(profile({ stages: planStages([{ duration: 120_000, arrivalRate: { from: 0, to: 30 } }]) }));
    expect(e[0]).toMatchObject({ contacts: 30, peakConcurrency: 30 });
  });

  it('closed stages: the customers joining plus their replacements over the stage; caps hold', () => {
    const stages = planStages([{ duration: 60_000, concurrency: 4 }, { duration: 120_000, concurrency: 6 }]);
    const [first, second] = estimateStages(profile({ stages, caps: { concurrency: 5 } }));
    expect(first).toMatchObject({ contacts: 4 + 4, peakConcurrency: 4 });
    expect(second).toMatchObject({ contacts: 1 + 10, peakConcurrency: 5 });
  });

  it('the duration cap cuts the plan', () => {
    const stages = planStages([{ duration: 60_000, arrivalRate: 10 }, { duration: 60_000, arrivalRate: 10 }]);
    const e = estimateStages(profile({ stages, caps: { durationMs: 90_000 } }));
    expect(e.map((x) => x.stage.endMs)).toEqual([60_000, 90_000]);
    expect(renderPlan(profile({ stages, caps: { durationMs: 90_000 } }))).toContain('over 1m30s');
    expect(formatDuration(5_400_000)).toBe('1h30m');
  });
});
