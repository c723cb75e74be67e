/**
 * The entry point the runner calls after each contact: every check the rubric uses, then the
 * contact's score sheets. Pure and fast: turn views and vocabularies are cached (see context.ts),
 * nothing is compiled per call.
 */
import type { Interaction } from '../harness/interaction/types.js';
import { SCORERS } from './registry.js';
import { CHECK_IDS, type CheckId, type Rubric } from './rubric/schema.js';
import type { Finding, Scorer, ScoringScenario } from './scorer.js';
import { buildContactSheets } from './sheets/build.js';
import { groupScore, passes } from './sheets/rollup.js';
import type { ContactScore, ScoreSheet } from './sheets/types.js';

export interface ContactResult {
  findings: Finding[];
  sheets: ScoreSheet[];
  /** 服务质量 0–100 over the quality-group sheets of this contact. */
  qualityScore: number | null;
  /** qualityScore ≥ rubric.passLine. */
  pass: boolean | null;
}

/** The scorers of CHECK_IDS in order, looked up once rather than by id for every contact. */
const ALL_SCORERS: readonly Scorer[] = CHECK_IDS.map((id) => SCORERS[id]);

/** All checks in catalogue order: every finding is recorded, also for checks no sheet item uses. */
export function runChecks(interaction: Interaction, scenario: ScoringScenario, rubric: Rubric, checks: readonly CheckId[] = CHECK_IDS): Finding[] {
  const out: Finding[] = [];
  const scorers = checks === CHECK_IDS ? ALL_SCORERS : checks.map((id) => SCORERS[id]);
  // indexed loops, not for…of: this runs 21 times per contact and the iterator protocol showed up
  for (let i = 0; i < scorers.length; i++) {
    const found = scorers[i]!(interaction, scenario, rubric);
    for (let k = 0; k < found.length; k++) out.push(found[k]!);
  }
  return out;
}

export function scoreContact(interaction: Interaction, scenario: ScoringScenario, rubric: Rubric): ContactResult {
  const findings = runChecks(interaction, scenario, rubric);
  const sheets = buildContactSheets(rubric, findings, interaction.channel);
  const qualityScore = groupScore(sheets, 'quality');
  return { findings, sheets, qualityScore, pass: passes(rubric, qualityScore) };
}

/** scoreContact plus the contact's identity, as stored in findings.json / sheets.json. */
export function scoreContactRecord(interaction: Interaction, scenario: ScoringScenario, rubric: Rubric): ContactScore {
  const r = scoreContact(interaction, scenario, rubric);
  return {
    contactId: interaction.contactId,
    scenarioId: interaction.scenarioId,
    channel: interaction.channel,
    outcome: interaction.outcome,
    findings: r.findings,
    sheets: r.sheets,
    qualityScore: r.qualityScore,
    pass: r.pass,
  };
}
