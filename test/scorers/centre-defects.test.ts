/**
 * The scorers against the simulated centre's ground truth: every profile (exemplary and each
 * deliberate defect) on every demo scenario, several seeds each — ≥ 200 contacts — and precision
 * and recall ≥ 0.95 for every check the centre can commit a defect against.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../harness/scenario/loader.js';
import type { LoadedScenario } from '../../harness/scenario/schema.js';
import { PROFILE_CHECKS, PROFILE_NAMES } from '../../mocks/centre/profiles.js';
import { formatAccuracy, precisionRecall, type LabelledContact } from './precision-recall.js';
import type { CheckId } from '../../scorers/rubric/schema.js';
import { scoreContact } from '../../scorers/score.js';
import { simulateBatch } from './centre-simulation.js';
import { rubric } from './helpers.js';

const SCENARIOS = ['credit-card-loss', 'broadband-plan', 'return-complaint'];
const SEEDS = [1, 2, 3, 4, 5, 6];

let contacts: LabelledContact[] = [];
const simulatedChecks = [...new Set(Object.values(PROFILE_CHECKS).flat())] as CheckId[];

beforeAll(async () => {
  const scenarios: LoadedScenario[] = await Promise.all(SCENARIOS.map((id) => loadScenarioFile(path.resolve('scenarios/demo', `${id}.yaml`))));
  contacts = simulateBatch(scenarios, PROFILE_NAMES, SEEDS).map((sim) => ({
    contactId: sim.interaction.contactId,
    truth: sim.truth,
    findings: scoreContact(sim.interaction, scenarios.find((s) => s.id === sim.interaction.scenarioId)!, rubric).findings,
  }));
});

describe('scorers vs. the simulated centre ground truth', () => {
  it('covers at least 200 contacts, with defects of every simulated check', () => {
    expect(contacts.length).toBeGreaterThanOrEqual(200);
    const seen = new Set(contacts.flatMap((c) => [...c.truth]));
    expect(simulatedChecks.filter((c) => !seen.has(c))).toEqual([]);
  });

  it('precision and recall ≥ 0.95 for every check', () => {
    const rows = precisionRecall(contacts, simulatedChecks);
    const weak = rows.filter((r) => (r.precision !== null && r.precision < 0.95) || (r.recall !== null && r.recall < 0.95));
    if (weak.length) console.log(formatAccuracy(rows), '\n', weak.map((w) => ({ check: w.check, fp: w.falsePositives.slice(0, 5), fn: w.falseNegatives.slice(0, 5) })));
    expect(weak.map((w) => w.check)).toEqual([]);
  });
});
