/**
 * The entry point the runner calls after each contact: every check the rubric uses, then the
 * contact's score sheets. Pure and fast: turn views and vocabularies are cached (see context.ts),
 * nothing is compiled per call. Also the one place that (a) gives a contact that never reached an
 * agent N/A on every check (contact-status.ts) and (b) completes every finding's confidence and
 * marks those below the rubric's `thresholds.reviewBelow` as needsReview.
 */
import type { Interaction } from '../harness/interaction/types.js';
import { defaultConfidence } from './confidence.js';
import { contactStatus, notConnectedReason, type ContactStatus } from './contact-status.js';
import { FAMILY_OF } from './family.js';
import { SCORERS } from './registry.js';
import { CHECK_IDS, type CheckId, type Rubric } from './rubric/schema.js';
import type { Finding, Scorer, ScoringScenario } from './scorer.js';
import { buildContactSheets } from './sheets/build.js';
import { groupScore, passes } from './sheets/rollup.js';
import type { ContactScore, ScoreSheet } from './sheets/types.js';

export interface ContactResult {
  /** served: judged; not-connected: N/A everywhere, counts in 呼叫接通率; harness-failure: the tool's problem. */
  status: ContactStatus;
  findings: Finding[];
  sheets: ScoreSheet[];
  /** 服务质量 0–100 over the quality-group sheets of this contact. */
  qualityScore: number | null;
  /** qualityScore ≥ rubric.passLine. */
  pass: boolean | null;
}

/** The scorers of CHECK_IDS in order, looked up once rather than by id for every contact. */
const ALL_SCORERS: readonly Scorer[] = CHECK_IDS.map((id) => SCORERS[id]);

/**
 * All checks in catalogue order: every finding is recorded, also for checks no sheet item uses.
 * Every finding leaves with a confidence and needsReview settled.
 */
export function runChecks(interaction: Interaction, scenario: ScoringScenario, rubric: Rubric, checks: readonly CheckId[] = CHECK_IDS): Finding[] {
  const out: Finding[] = [];
  const reviewBelow = rubric.thresholds.reviewBelow;
  if (contactStatus(interaction) !== 'served') {
    const reason = notConnectedReason(interaction);
    for (const check of checks) out.push(settle({ check, family: FAMILY_OF[check], pass: 'na', evidence: [], reason }, reviewBelow));
    return out;
  }
  const scorers = checks === CHECK_IDS ? ALL_SCORERS : checks.map((id) => SCORERS[id]);
  // A call whose transcription failed is scored on its provisional (Gather) transcript: every
  // judgement is worth an assessor's look until `transcribe` replaces it.
  const provisional = interaction.transcription !== undefined && interaction.transcription.status !== 'done';
  // indexed loops, not for…of: this runs 21 times per contact and the iterator protocol showed up
  for (let i = 0; i < scorers.length; i++) {
    const found = scorers[i]!(interaction, scenario, rubric);
    for (let k = 0; k < found.length; k++) {
      const f = settle(found[k]!, reviewBelow);
      if (provisional && f.pass !== 'na') f.needsReview = true;
      out.push(f);
    }
  }
  return out;
}

/** Fill in a missing confidence (confidence.ts defaults) and decide needsReview, in one place. */
function settle(f: Finding, reviewBelow: number): Finding {
  // A check may set only its confidence (an N/A it is sure of): the defaults fill each field apart.
  if (f.confidence === undefined || f.matchKind === undefined) {
    const d = defaultConfidence(f);
    f.confidence ??= d.confidence;
    f.matchKind ??= d.matchKind;
  }
  // N/A costs nothing and decides nothing: never worth an assessor's first look. (Assigned only
  // when true: a `delete` would push every finding object into slow dictionary mode.)
  if (f.pass !== 'na' && f.confidence < reviewBelow) f.needsReview = true;
  return f;
}

export function scoreContact(interaction: Interaction, scenario: ScoringScenario, rubric: Rubric): ContactResult {
  const status = contactStatus(interaction);
  const findings = status === 'harness-failure' ? [] : runChecks(interaction, scenario, rubric);
  const sheets = status === 'harness-failure' ? [] : buildContactSheets(rubric, findings, interaction.channel);
  const qualityScore = groupScore(sheets, 'quality');
  return { status, findings, sheets, qualityScore, pass: passes(rubric, qualityScore) };
}

/** scoreContact plus the contact's identity, as stored in findings.json / sheets.json. */
export function scoreContactRecord(interaction: Interaction, scenario: ScoringScenario, rubric: Rubric): ContactScore {
  const r = scoreContact(interaction, scenario, rubric);
  return {
    contactId: interaction.contactId,
    scenarioId: interaction.scenarioId,
    channel: interaction.channel,
    outcome: interaction.outcome,
    status: r.status,
    findings: r.findings,
    sheets: r.sheets,
    qualityScore: r.qualityScore,
    pass: r.pass,
  };
}
