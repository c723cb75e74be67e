/**
 * D.2.1 呼叫处理效率, from a whole run: 呼叫接通率 (contacts answered / placed), 平均处理时长
 * (mean handle time of answered contacts vs the A.5 target), 并发处理能力 (only from a load run's
 * capacity knee: efficiency-load.ts; N/A in a plain run), 资源利用率 (not observable by a shopper).
 * In a load run the first three come from the load metrics against the run's LoadTargets.
 */
import type { Interaction } from '../../harness/interaction/types.js';
import { contactStatus } from '../contact-status.js';
import type { LoadMetrics } from '../load/types.js';
import type { Rubric, RubricItem, RunMetric } from '../rubric/schema.js';
import { round2, totals } from './build.js';
import { CONCURRENCY_NEEDS_LOAD_RUN, loadItemScore } from './efficiency-load.js';
import type { ScoreSheet, SheetItemResult } from './types.js';

export interface RunMetrics {
  placed: number;
  answered: number;
  /** answered / placed, null with no contacts. */
  connectRate: number | null;
  /** Mean durationMs of answered contacts. */
  avgHandleTimeMs: number | null;
  /** Peak number of answered contacts in progress at the same time (informative: not 并发处理能力, which needs a load run). */
  peakConcurrency: number;
  /** What the run asked for, capped at the number of contacts placed; null when unknown (imported recordings). Informative only. */
  requestedConcurrency: number | null;
  /** Share of non-N/A resolution findings that passed. */
  resolutionRate: number | null;
  /** Share of non-N/A survey-offered findings that passed (D.3.1 调研覆盖率). */
  surveyRate: number | null;
}

/**
 * Answered (呼叫接通): the contact reached a human agent, i.e. an agent spoke. An IVR or a bot that
 * picked up, or a queue the customer gave up in, is not an answer (contact-status.ts).
 */
export function wasAnswered(i: Interaction): boolean {
  return contactStatus(i) === 'served';
}

/** Sweep over [start, end) intervals: the most that overlap at once (an end before a start at equal times). */
export function peakOverlap(intervals: { start: number; end: number }[]): number {
  const points: [number, number][] = [];
  for (const iv of intervals) {
    points.push([iv.start, 1], [iv.end, -1]);
  }
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let cur = 0;
  let peak = 0;
  for (const [, d] of points) {
    cur += d;
    peak = Math.max(peak, cur);
  }
  return peak;
}

export function runMetrics(
  interactions: readonly Interaction[],
  requestedConcurrency: number | null,
  rates: { resolution: { pass: number; applicable: number }; survey: { pass: number; applicable: number } },
): RunMetrics {
  const answered = interactions.filter(wasAnswered);
  const intervals = answered.map((i) => {
    const at = i.events.find((e) => e.type === 'answered' || e.type === 'agent-joined')?.atMs ?? 0;
    return { start: i.startedAt + at, end: i.startedAt + Math.max(at, i.durationMs) };
  });
  return {
    placed: interactions.length,
    answered: answered.length,
    connectRate: interactions.length ? answered.length / interactions.length : null,
    avgHandleTimeMs: answered.length ? Math.round(answered.reduce((s, i) => s + i.durationMs, 0) / answered.length) : null,
    peakConcurrency: peakOverlap(intervals),
    requestedConcurrency: requestedConcurrency === null ? null : Math.max(1, Math.min(requestedConcurrency, interactions.length || 1)),
    resolutionRate: rates.resolution.applicable ? rates.resolution.pass / rates.resolution.applicable : null,
    surveyRate: rates.survey.applicable ? rates.survey.pass / rates.survey.applicable : null,
  };
}

/**
 * The actual value of a run metric (rates 0–1, ms, contacts) outside a load run. 并发处理能力 is
 * null: how many contacts a run happened to have at once measures nothing about the centre.
 */
export function metricValue(m: RunMetrics, metric: RunMetric): number | null {
  switch (metric) {
    case 'connect-rate':
      return m.connectRate;
    case 'avg-handle-time':
      return m.avgHandleTimeMs;
    case 'concurrency':
      return null;
    case 'resolution-rate':
      return m.resolutionRate;
    case 'survey-rate':
      return m.surveyRate;
  }
}

export function targetFor(rubric: Rubric, metric: RunMetric): number | undefined {
  return rubric.targets.find((t) => t.source && 'metric' in t.source && t.source.metric === metric)?.target;
}

const pct = (x: number) => `${round2(x * 100)}%`;

function metricItem(item: RubricItem, rubric: Rubric, m: RunMetrics, load: LoadMetrics | null): SheetItemResult {
  const base = { item: item.item, content: item.content, max: item.max, checks: [] };
  if (item.na !== undefined) return { ...base, score: null, status: 'na', note: item.na };
  if (item.manual) return { ...base, score: null, status: 'manual', note: '待评估人员人工评分' };
  const metric = item.metric!;
  const fromLoad = load ? loadItemScore(metric, load, targetFor(rubric, metric)) : undefined;
  if (fromLoad) {
    if (fromLoad.share === null) return { ...base, score: null, status: 'na', note: fromLoad.note };
    return { ...base, score: round2(item.max * Math.max(0, Math.min(1, fromLoad.share))), status: 'scored', note: fromLoad.note };
  }
  if (metric === 'concurrency') return { ...base, score: null, status: 'na', note: CONCURRENCY_NEEDS_LOAD_RUN };
  const actual = metricValue(m, metric);
  if (actual === null) return { ...base, score: null, status: 'na', note: '本次测试没有可用数据' };
  let share: number;
  let note: string;
  if (metric === 'avg-handle-time') {
    const target = targetFor(rubric, metric);
    share = target === undefined || actual <= target ? 1 : target / actual;
    note = `已接通${m.answered}通，平均处理时长${round2(actual / 1000)}秒${target !== undefined ? `（目标≤${round2(target / 1000)}秒）` : ''}`;
  } else {
    const target = targetFor(rubric, metric);
    share = target === undefined ? actual : Math.min(1, actual / target);
    const what = metric === 'connect-rate' ? `拨打${m.placed}通，接通${m.answered}通，接通率${pct(actual)}` : `${pct(actual)}`;
    note = `${what}${target !== undefined ? `（目标≥${pct(target)}）` : ''}`;
  }
  return { ...base, score: round2(item.max * Math.max(0, Math.min(1, share))), status: 'scored', note };
}

/** The run-level sheets (level: run), e.g. D.2.1, from the run's metrics (and the load metrics of a load run). */
export function buildRunSheets(rubric: Rubric, m: RunMetrics, load: LoadMetrics | null = null): ScoreSheet[] {
  return rubric.sheets
    .filter((s) => s.level === 'run')
    .map((s) => {
      const items = s.items.map((it) => metricItem(it, rubric, m, load));
      return {
        sheetId: s.id,
        title: s.title,
        dimension: s.dimension,
        group: s.group,
        supplementary: s.supplementary,
        level: 'run' as const,
        items,
        ...totals(items),
        contacts: m.placed,
      };
    });
}
