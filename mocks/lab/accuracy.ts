/**
 * How well the scorers find the defects the simulated centre's agents commit on purpose.
 * Contacts are simulated in-process and in virtual time (simulate.ts: real runScript, real
 * AgentBrain and ChatSession, real ChatRecorder), every profile on the three demo scenarios,
 * scored with the default rubric, and compared with the ground truth: a check is *expected* to
 * fail when a defect record names it (check or alsoTriggers), and *fires* when one of its
 * findings has pass === false. Used by `npm run bench -- score` and by the scorers' tests.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenarioFile } from '../../harness/scenario/loader.js';
import type { LoadedScenario } from '../../harness/scenario/schema.js';
import { loadRubric } from '../../harness/scoring/rubric-loader.js';
import type { DefectRecord } from '../centre/ground-truth.js';
import { PROFILE_CHECKS, PROFILE_NAMES, type ProfileName } from '../centre/profiles.js';
import { defectsOf, expectedChecks, simulateContact } from './simulate.js';
import { CHECK_IDS, type CheckId } from '../../scorers/rubric/schema.js';
import type { Finding } from '../../scorers/scorer.js';
import { scoreContact } from '../../scorers/score.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_SCENARIOS = ['credit-card-loss', 'broadband-plan', 'return-complaint'] as const;
export const TARGET = 0.95;

export interface AccuracyOptions {
  /** Contacts per profile (spread over the demo scenarios in turn). @default 20 */
  perProfile?: number;
  /** The simulated centre's seed. @default 7 */
  seed?: number;
  /** Profiles to simulate. @default every profile */
  profiles?: readonly ProfileName[];
}

export interface ScoredContact {
  contactId: string;
  scenarioId: string;
  profile: ProfileName;
  outcome: string;
  expected: Set<CheckId>;
  fired: Set<CheckId>;
  defects: DefectRecord[];
  findings: Finding[];
}

export interface CheckRow {
  check: CheckId;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** null: the check never fired (no denominator). */
  precision: number | null;
  /** null: no contact was expected to fail it. */
  recall: number | null;
  /** A simulated profile commits defects against this check (the targets apply to these). */
  simulated: boolean;
}

export interface Miss {
  kind: 'false-negative' | 'false-positive';
  contactId: string;
  profile: ProfileName;
  check: CheckId;
  /** What the scorer said (its finding's reason). */
  reason: string;
  /** Ground-truth quote (false negatives) or the scorer's evidence quote (false positives). */
  quote: string;
}

export interface AccuracyReport {
  contacts: ScoredContact[];
  rows: CheckRow[];
  misses: Miss[];
  simulateMs: number;
  scoreMs: number;
}

const SIMULATED_CHECKS = new Set<CheckId>(Object.values(PROFILE_CHECKS).flat() as CheckId[]);

export async function measureScoreAccuracy(opts: AccuracyOptions = {}): Promise<AccuracyReport> {
  const perProfile = opts.perProfile ?? 20;
  const seed = opts.seed ?? 7;
  const scenarios: LoadedScenario[] = await Promise.all(DEMO_SCENARIOS.map((id) => loadScenarioFile(path.join(ROOT, 'scenarios/demo', `${id}.yaml`))));
  const rubric = await loadRubric();
  const contacts: ScoredContact[] = [];
  let simulateMs = 0;
  let scoreMs = 0;
  for (const profile of opts.profiles ?? PROFILE_NAMES) {
    for (let i = 0; i < perProfile; i++) {
      const scenario = scenarios[i % scenarios.length]!;
      const ref = `${scenario.id}.${profile}.${i + 1}`;
      const t0 = performance.now();
      const sim = await simulateContact({ scenario, ref, seed, profile });
      const t1 = performance.now();
      const { findings } = scoreContact(sim.interaction, scenario, rubric);
      scoreMs += performance.now() - t1;
      simulateMs += t1 - t0;
      contacts.push({
        contactId: ref,
        scenarioId: scenario.id,
        profile,
        outcome: sim.interaction.outcome,
        expected: expectedChecks(sim.truth),
        fired: new Set(findings.filter((f) => f.pass === false).map((f) => f.check)),
        defects: defectsOf(sim.truth),
        findings,
      });
    }
  }
  return { contacts, rows: tally(contacts), misses: collectMisses(contacts), simulateMs, scoreMs };
}

/** TP/FP/FN/TN per check of the catalogue. */
export function tally(contacts: readonly ScoredContact[]): CheckRow[] {
  return CHECK_IDS.map((check) => {
    const row: CheckRow = { check, tp: 0, fp: 0, fn: 0, tn: 0, precision: null, recall: null, simulated: SIMULATED_CHECKS.has(check) };
    for (const c of contacts) {
      const expected = c.expected.has(check);
      const fired = c.fired.has(check);
      if (expected && fired) row.tp++;
      else if (fired) row.fp++;
      else if (expected) row.fn++;
      else row.tn++;
    }
    row.precision = row.tp + row.fp ? row.tp / (row.tp + row.fp) : null;
    row.recall = row.tp + row.fn ? row.tp / (row.tp + row.fn) : null;
    return row;
  });
}

/** Checks below the target: precision or recall < TARGET, or a simulated check that was never expected. */
export function belowTarget(rows: readonly CheckRow[]): CheckRow[] {
  return rows.filter((r) => (r.precision !== null && r.precision < TARGET) || (r.recall !== null && r.recall < TARGET));
}

function collectMisses(contacts: readonly ScoredContact[]): Miss[] {
  const misses: Miss[] = [];
  for (const c of contacts) {
    for (const check of CHECK_IDS) {
      const expected = c.expected.has(check);
      const fired = c.fired.has(check);
      if (expected === fired) continue;
      const own = c.findings.filter((f) => f.check === check);
      const reasonOf = (f: Finding | undefined) => (f ? `${f.pass === 'na' ? '[N/A] ' : ''}${f.reason}` : '(no finding for this check)');
      if (expected) {
        const defect = c.defects.find((d) => d.check === check || (d.alsoTriggers as readonly string[] | undefined)?.includes(check));
        const quote = defect?.quote ?? defect?.detail ?? '';
        // Checks with one finding per item (fact-accuracy: one per fact): show the one about the defect's words.
        const finding = own.find((f) => f.evidence.some((e) => e.quote && quote.includes(e.quote))) ?? own[0];
        misses.push({ kind: 'false-negative', contactId: c.contactId, profile: c.profile, check, reason: reasonOf(finding), quote });
      } else {
        const finding = own.find((f) => f.pass === false);
        misses.push({ kind: 'false-positive', contactId: c.contactId, profile: c.profile, check, reason: reasonOf(finding), quote: (finding?.evidence ?? []).slice(0, 3).map((e) => e.quote).join(' / ') });
      }
    }
  }
  return misses;
}

