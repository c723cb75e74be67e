/**
 * D.2.1 呼叫处理效率 in a load run: 呼叫接通率, 平均处理时长 and 并发处理能力 from the load metrics
 * (scorers/load) against the run's LoadTargets, with the A.5 目标值/实际值 and evidence (stages,
 * levels, counts). In a plain run 并发处理能力 is not observable at all: the concurrency a run
 * happened to have says nothing about what the centre can sustain.
 */
import type { LoadMetrics } from '../load/types.js';
import type { RunMetric } from '../rubric/schema.js';
import { round2 } from './build.js';

/** The note of 并发处理能力 outside a load run. */
export const CONCURRENCY_NEEDS_LOAD_RUN = '需负载测试 (load run) 才能评价并发处理能力';

const pct = (x: number) => `${round2(x * 100)}%`;
const secs = (ms: number) => `${round2(ms / 1000)}秒`;

/** What a load-run metric item scores: share of the points (0–1) and its note; null share: N/A. */
export interface LoadItemScore {
  share: number | null;
  note: string;
}

/** Per stage, e.g. "c10 100%（120/120）". */
function perStage(load: LoadMetrics, pick: (s: LoadMetrics['stages'][number]) => string | null): string {
  const parts = load.stages.map((s) => {
    const v = pick(s);
    return v === null ? null : `${s.stage} ${v}`;
  });
  return parts.filter(Boolean).join('，');
}

/**
 * The concurrency the knee is judged against: the load target, else the rubric's A.5 target,
 * else the highest level the profile offered (the range it asked the centre to carry).
 */
export function concurrencyReference(load: LoadMetrics, rubricTarget: number | undefined): { target: number | null; from: 'load' | 'rubric' | 'offered' | null } {
  if (load.targets.concurrency !== null) return { target: load.targets.concurrency, from: 'load' };
  if (rubricTarget !== undefined) return { target: rubricTarget, from: 'rubric' };
  return load.knee.maxOffered !== null ? { target: load.knee.maxOffered, from: 'offered' } : { target: null, from: null };
}

/**
 * The contacts 呼叫接通率 and 平均处理时长 are judged on: those that arrived at levels up to the
 * target concurrency when there is one (levels beyond it only look for the knee), else all.
 */
export function judgedFigures(load: LoadMetrics): { figures: LoadMetrics['overall']; scope: string } {
  const w = load.withinTarget;
  if (w) return { figures: w.figures, scope: `并发不超过目标${w.concurrency}路的级别（${w.levels.join('、')}路）` };
  return { figures: load.overall, scope: '全部阶段' };
}

export function loadItemScore(metric: RunMetric, load: LoadMetrics, rubricTarget: number | undefined): LoadItemScore | undefined {
  const { figures: o, scope } = judgedFigures(load);
  switch (metric) {
    case 'connect-rate': {
      if (o.answerRate === null) return { share: null, note: '负载测试没有呼叫数据' };
      const t = load.targets.answerRate;
      const stages = perStage(load, (s) => (s.answerRate === null ? null : `${pct(s.answerRate)}（${s.answered}/${s.offered}）`));
      return {
        share: Math.min(1, o.answerRate / t),
        note: `负载测试，${scope}：呼叫${o.offered}通，接通${o.answered}通，放弃${o.abandoned}通，占线${o.busy}通，未应答${o.noAnswer}通，中心故障${o.failed}通，接通率${pct(o.answerRate)}（目标≥${pct(t)}；工具故障${o.harnessFailures}通不计）；各阶段：${stages}`,
      };
    }
    case 'avg-handle-time': {
      if (o.ahtMs === null) return { share: null, note: '负载测试没有已接通的呼叫' };
      const t = load.targets.ahtSec * 1000;
      const stages = perStage(load, (s) => (s.ahtMs === null ? null : secs(s.ahtMs)));
      return {
        share: o.ahtMs <= t ? 1 : t / o.ahtMs,
        note: `负载测试，${scope}：已接通${o.answered}通，平均处理时长${secs(o.ahtMs)}（目标≤${secs(t)}），平均应答速度ASA ${o.asaMs === null ? '—' : secs(o.asaMs)}；各阶段：${stages}`,
      };
    }
    case 'concurrency': {
      const k = load.knee;
      const ref = concurrencyReference(load, rubricTarget);
      const against = ref.from === 'offered' ? `未设并发目标，以本次测试的最高并发级别${ref.target}路为参照` : `目标${ref.target}路`;
      if (k.status === 'insufficient-data' || ref.target === null) return { share: null, note: `无法判定并发处理能力：${k.method}` };
      if (k.status === 'below-lowest-offered') return { share: 0, note: `并发处理能力低于测试的最低级别${k.firstFailing}路（${against}）。${k.method}` };
      const cap = k.capacity!;
      const share = Math.min(1, cap / ref.target);
      const lead = k.status === 'above-highest-offered' ? `并发处理能力至少${cap}路（最高测试级别仍达标，未测到拐点）` : `并发处理能力${cap}路（${k.firstFailing}路起未达标）`;
      return { share, note: `${lead}，${against}。${k.method}` };
    }
    default:
      return undefined;
  }
}

/** The A.5 actual and target of a D.2.1 metric in a load run (rates 0–1, ms, contacts); undefined: not a load metric. */
export function loadTargetRow(metric: RunMetric, load: LoadMetrics, rubricTarget: number | undefined): { actual: number | null; target: number | null; note: string } | undefined {
  const { figures, scope } = judgedFigures(load);
  switch (metric) {
    case 'connect-rate':
      return { actual: figures.answerRate, target: load.targets.answerRate, note: `负载测试，${scope}：${figures.answered}/${figures.offered}` };
    case 'avg-handle-time':
      return { actual: figures.ahtMs, target: load.targets.ahtSec * 1000, note: `负载测试，${scope}：已接通${figures.answered}通` };
    case 'concurrency': {
      const ref = concurrencyReference(load, rubricTarget);
      const k = load.knee;
      const actual = k.status === 'knee' || k.status === 'above-highest-offered' ? k.capacity : k.status === 'below-lowest-offered' ? 0 : null;
      const note = k.status === 'above-highest-offered' ? `至少${k.capacity}路（未测到拐点）` : k.status === 'knee' ? `拐点：${k.firstFailing}路起未达标` : k.status === 'below-lowest-offered' ? `低于最低测试级别${k.firstFailing}路` : '数据不足';
      return { actual, target: ref.target, note: ref.from === 'offered' ? `${note}；未设目标，以最高测试级别为参照` : note };
    }
    default:
      return undefined;
  }
}
