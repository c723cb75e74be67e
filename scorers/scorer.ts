/**
 * The Scorer extension point. A scorer is a pure function of one captured contact, the scenario it
 * was run from and the rubric: it returns findings, each with evidence (turn index, exact quote,
 * time) and a reason in Chinese an assessor can sign off. To add a check: write the function in
 * the family file under checks/, add it to registry.ts, map it to a sheet item in the rubric.
 */
import type { Interaction, Speaker } from '../harness/interaction/types.js';
import type { ScenarioData } from '../harness/scenario/schema.js';
import type { CheckId, Rubric } from './rubric/schema.js';

export type { CheckId } from './rubric/schema.js';

/** 5.1.1 service-quality dimensions; each check belongs to exactly one. */
export type Family = 'norms' | 'professionalism' | 'timeliness' | 'accuracy' | 'completeness';

export const FAMILY_LABELS: Record<Family, string> = {
  norms: '规范性',
  professionalism: '专业性',
  timeliness: '及时性',
  accuracy: '准确性',
  completeness: '完整性',
};

export interface Evidence {
  /** Index into interaction.turns; null for evidence from events or the whole contact. */
  turn: number | null;
  /** Exact excerpt of the turn text (or a short description for event evidence). */
  quote: string;
  /** Ms since the contact started. */
  atMs: number;
  speaker?: Speaker;
}

export interface Finding {
  check: CheckId;
  family: Family;
  pass: boolean | 'na';
  /** Share of the check's credit earned, 0..1 (partial credit, e.g. politeness ratio). Absent: pass ? 1 : 0. */
  score?: number;
  /** Occurrences to deduct for (forbidden words, interruptions …). Absent: 1 if failed, else 0. */
  deduct?: number;
  evidence: Evidence[];
  /** Why, in Chinese, for the assessor. */
  reason: string;
  /** Measured values (ms, ratios, which fact …), for reports and the summary. */
  details?: Record<string, unknown>;
  /**
   * How sure the scorer is of this finding, 0..1: an exact phrase is surer than a construction
   * pattern, which is surer than a fuzzy/pinyin match or an inference from timing alone.
   */
  confidence?: number;
  /** How the deciding evidence was matched. */
  matchKind?: MatchKind;
  /** Below the rubric's review threshold: an assessor should check this point first. */
  needsReview?: boolean;
}

/** How a finding's deciding evidence was found (see Finding.confidence). */
export type MatchKind = 'exact' | 'pattern' | 'pinyin' | 'fuzzy' | 'timing' | 'absence' | 'event';

/** What scorers need from a scenario; a full ScenarioData/LoadedScenario fits. */
export type ScoringScenario = Pick<ScenarioData, 'facts' | 'requiredInfo' | 'requires' | 'sla'> & {
  id: string;
  title?: string;
};

/** An empty scenario: for imported interactions scored without one (facts, required info → N/A). */
export function emptyScenario(id = 'imported'): ScoringScenario {
  return { id, title: '导入的联络记录' };
}

export type Scorer = (interaction: Interaction, scenario: ScoringScenario, rubric: Rubric) => Finding[];

/** Credit a finding earns towards proportional items (N/A → null). */
export function findingCredit(f: Finding): number | null {
  if (f.pass === 'na') return null;
  if (typeof f.score === 'number') return Math.min(1, Math.max(0, f.score));
  return f.pass ? 1 : 0;
}

/** Occurrences a finding deducts for. */
export function findingOccurrences(f: Finding): number {
  if (f.pass === 'na') return 0;
  if (typeof f.deduct === 'number') return Math.max(0, f.deduct);
  return f.pass ? 0 : 1;
}
