/**
 * A whole set of scored contacts → the three output documents (findings.json, sheets.json,
 * summary.json). Pure and deterministic: contacts and scenarios are sorted by id, nothing reads
 * the clock, so the same inputs give byte-identical files.
 */
import type { ChannelKind, Interaction, Outcome } from '../../harness/interaction/types.js';
import type { LoadRunInfo } from '../../harness/load/types.js';
import type { ContactEntry } from '../../harness/store/types.js';
import { contactStatus } from '../contact-status.js';
import { loadMetrics } from '../load/metrics.js';
import type { LoadMetrics, LoadMetricsOptions } from '../load/types.js';
import { CHECK_IDS, type CheckId, type Rubric } from '../rubric/schema.js';
import type { ScoringScenario } from '../scorer.js';
import { scoreContactRecord } from '../score.js';
import { buildRunSheets, runMetrics, type RunMetrics } from './efficiency.js';
import { aggregateSheets, appendixC, groupScore, passes, targetTable } from './rollup.js';
import type { AppendixC, ContactScore, ScoreSheet, TargetRow } from './types.js';

export interface Stats {
  count: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
  mean: number | null;
}

/** Nearest-rank percentile (no interpolation: every value reported is one that was measured). */
export function stats(values: number[]): Stats {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return { count: 0, p50: null, p95: null, max: null, mean: null };
  const rank = (p: number) => v[Math.max(0, Math.ceil((p / 100) * v.length) - 1)]!;
  return { count: v.length, p50: rank(50), p95: rank(95), max: v[v.length - 1]!, mean: Math.round(v.reduce((a, b) => a + b, 0) / v.length) };
}

const OUTCOMES: Outcome[] = ['completed', 'no-answer', 'busy', 'failed', 'abandoned'];

function outcomeCounts(contacts: readonly { outcome: Outcome }[]): Record<Outcome, number> {
  const out = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const c of contacts) out[c.outcome]++;
  return out;
}

export interface ScenarioSummary {
  scenarioId: string;
  title: string;
  contacts: number;
  outcomes: Record<Outcome, number>;
  sheets: ScoreSheet[];
  qualityScore: number | null;
  pass: boolean | null;
}

/** A contact the tool itself failed on (harness-failure): in no sheet, reported as the tool's problem. */
export interface ToolFailure {
  contactId: string;
  scenarioId: string;
  channel: ChannelKind;
  outcome: Outcome;
  code: string | null;
  message: string | null;
}

export interface NeedsReview {
  /** Findings below the rubric's reviewBelow confidence (N/A never counts). */
  findings: number;
  /** Contacts with at least one such finding. */
  contacts: number;
  byCheck: Partial<Record<CheckId, number>>;
}

export interface RunSummary {
  schemaVersion: 1;
  runId: string | null;
  rubric: { id: string; title: string; version: number };
  passLine: number;
  /** Contacts scored (reached an agent or not); tool failures are not among them. */
  contacts: number;
  /** Contacts that never reached an agent: N/A on every quality check, counted in 呼叫接通率. */
  notConnected: { count: number; contactIds: string[] };
  /** Contacts the tool failed on (browser, selectors, its own timeout or bug): excluded from every sheet. */
  toolFailures: { count: number; contacts: ToolFailure[] };
  needsReview: NeedsReview;
  outcomes: Record<Outcome, number>;
  overall: { sheets: ScoreSheet[]; qualityScore: number | null; pass: boolean | null; appendixC: AppendixC };
  scenarios: ScenarioSummary[];
  timing: { answerTimeMs: Stats; firstResponseMs: Stats; responseLatencyMs: Stats; handleTimeMs: Stats };
  efficiency: RunMetrics;
  /** Load runs only (null otherwise): per-stage and overall load metrics, the capacity knee, 稳定性 (scorers/load). */
  load?: LoadMetrics | null;
  checks: Record<CheckId, { pass: number; fail: number; na: number; needsReview: number }>;
  targets: TargetRow[];
  /** Input problems (bad JSONL lines, missing scenario files), formatted file:line  field  message. */
  problems: string[];
  /** Things scored with less than they could have been (e.g. contacts whose scenario was not given). */
  warnings: string[];
}

export interface ScoredRun {
  contacts: ContactScore[];
  findings: {
    schemaVersion: 1;
    runId: string | null;
    rubric: RunSummary['rubric'];
    /** Findings flagged needsReview over all contacts. */
    needsReview: number;
    contacts: (Omit<ContactScore, 'sheets' | 'qualityScore' | 'pass'> & { needsReview: number })[];
    /** Contacts not scored because the tool failed on them. */
    toolFailures: ToolFailure[];
  };
  sheets: {
    schemaVersion: 1;
    runId: string | null;
    rubric: RunSummary['rubric'];
    contacts: Omit<ContactScore, 'findings'>[];
    scenarios: { scenarioId: string; sheets: ScoreSheet[] }[];
    run: ScoreSheet[];
  };
  summary: RunSummary;
}

export interface ScoreRunInput {
  runId: string | null;
  interactions: readonly Interaction[];
  /** The scenario each interaction is scored against. */
  scenarioFor: (i: Interaction) => ScoringScenario;
  rubric: Rubric;
  /** Concurrency the run asked for (null: unknown, e.g. imported recordings). Informative: 并发处理能力 needs `load`. */
  requestedConcurrency: number | null;
  /** A load run: its manifest's LoadRunInfo and contact entries (stage, due time); D.2.1 is then scored from the load metrics. */
  load?: { info: LoadRunInfo; entries: readonly ContactEntry[]; options?: LoadMetricsOptions };
  problems?: string[];
  warnings?: string[];
}

/** Ratios in the summary: four decimals (99.99%), enough for any rate an assessor reports. */
function ratio4(x: number | null): number | null {
  return x === null ? null : Math.round(x * 10_000) / 10_000;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function toolFailure(i: Interaction): ToolFailure {
  return { contactId: i.contactId, scenarioId: i.scenarioId, channel: i.channel, outcome: i.outcome, code: i.error?.code ?? null, message: i.error?.message ?? null };
}

export function scoreRun(input: ScoreRunInput): ScoredRun {
  const { rubric } = input;
  const all = [...input.interactions].sort((a, b) => (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0));
  // the tool's own failures say nothing about the centre: out of every sheet and rate, listed apart
  const interactions: Interaction[] = [];
  const toolFailures: ToolFailure[] = [];
  for (const i of all) {
    if (contactStatus(i) === 'harness-failure') toolFailures.push(toolFailure(i));
    else interactions.push(i);
  }
  const contacts = interactions.map((i) => scoreContactRecord(i, input.scenarioFor(i), rubric));
  const rubricInfo = { id: rubric.id, title: rubric.title, version: rubric.version };

  const checks = Object.fromEntries(CHECK_IDS.map((c) => [c, { pass: 0, fail: 0, na: 0, needsReview: 0 }])) as RunSummary['checks'];
  const review: NeedsReview = { findings: 0, contacts: 0, byCheck: {} };
  const reviewPerContact = new Map<string, number>();
  const timing = { answer: [] as number[], first: [] as number[], latency: [] as number[], handle: [] as number[] };
  for (const c of contacts) {
    let flagged = 0;
    for (const f of c.findings) {
      const k = checks[f.check];
      if (f.pass === 'na') k.na++;
      else if (f.pass) k.pass++;
      else k.fail++;
      if (f.needsReview) {
        k.needsReview++;
        flagged++;
        review.byCheck[f.check] = (review.byCheck[f.check] ?? 0) + 1;
      }
      const d = f.details ?? {};
      if (f.check === 'answer-time' && num(d.answerMs) !== undefined) timing.answer.push(num(d.answerMs)!);
      if (f.check === 'first-response' && num(d.firstResponseMs) !== undefined) timing.first.push(num(d.firstResponseMs)!);
      if (f.check === 'handle-time' && num(d.handleTimeMs) !== undefined) timing.handle.push(num(d.handleTimeMs)!);
      if (f.check === 'response-latency' && Array.isArray(d.latenciesMs)) timing.latency.push(...(d.latenciesMs as number[]));
    }
    reviewPerContact.set(c.contactId, flagged);
    review.findings += flagged;
    if (flagged) review.contacts++;
  }
  const metrics = runMetrics(interactions, input.requestedConcurrency, {
    resolution: { pass: checks.resolution.pass, applicable: checks.resolution.pass + checks.resolution.fail },
    survey: { pass: checks['survey-offered'].pass, applicable: checks['survey-offered'].pass + checks['survey-offered'].fail },
  });
  // every Interaction: the load figures count the tool's own failures apart themselves
  const load = input.load ? loadMetrics({ interactions: input.interactions, entries: input.load.entries, info: input.load.info }, input.load.options ?? input.load.info.metrics ?? {}) : null;
  const runSheets = buildRunSheets(rubric, metrics, load);
  const overallContactSheets = aggregateSheets(contacts.map((c) => c.sheets));
  const overallSheets = [...overallContactSheets, ...runSheets];
  const qualityScore = groupScore(overallSheets, 'quality');

  const scenarioIds = [...new Set(contacts.map((c) => c.scenarioId))].sort();
  const scenarios: ScenarioSummary[] = scenarioIds.map((id) => {
    const own = contacts.filter((c) => c.scenarioId === id);
    const sheets = aggregateSheets(own.map((c) => c.sheets));
    const q = groupScore(sheets, 'quality');
    const first = interactions.find((i) => i.scenarioId === id)!;
    return { scenarioId: id, title: input.scenarioFor(first).title ?? id, contacts: own.length, outcomes: outcomeCounts(own), sheets, qualityScore: q, pass: passes(rubric, q) };
  });

  const notConnected = contacts.filter((c) => c.status === 'not-connected').map((c) => c.contactId);
  const summary: RunSummary = {
    schemaVersion: 1,
    runId: input.runId,
    rubric: rubricInfo,
    passLine: rubric.passLine,
    contacts: contacts.length,
    notConnected: { count: notConnected.length, contactIds: notConnected },
    toolFailures: { count: toolFailures.length, contacts: toolFailures },
    needsReview: review,
    outcomes: outcomeCounts(contacts),
    overall: { sheets: overallSheets, qualityScore, pass: passes(rubric, qualityScore), appendixC: appendixC(rubric, overallSheets) },
    scenarios,
    timing: { answerTimeMs: stats(timing.answer), firstResponseMs: stats(timing.first), responseLatencyMs: stats(timing.latency), handleTimeMs: stats(timing.handle) },
    efficiency: {
      ...metrics,
      connectRate: ratio4(metrics.connectRate),
      resolutionRate: ratio4(metrics.resolutionRate),
      surveyRate: ratio4(metrics.surveyRate),
    },
    load,
    checks,
    targets: targetTable(rubric, overallSheets, metrics, load),
    problems: input.problems ?? [],
    warnings: input.warnings ?? [],
  };
  return {
    contacts,
    findings: {
      schemaVersion: 1,
      runId: input.runId,
      rubric: rubricInfo,
      needsReview: review.findings,
      contacts: contacts.map(({ sheets: _s, qualityScore: _q, pass: _p, ...rest }) => ({ ...rest, needsReview: reviewPerContact.get(rest.contactId) ?? 0 })),
      toolFailures,
    },
    sheets: {
      schemaVersion: 1,
      runId: input.runId,
      rubric: rubricInfo,
      contacts: contacts.map(({ findings: _f, ...rest }) => rest),
      scenarios: scenarios.map((s) => ({ scenarioId: s.scenarioId, sheets: s.sheets })),
      run: overallSheets,
    },
    summary,
  };
}
