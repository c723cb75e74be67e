/**
 * 稳定性 from soak stages (role `soak`): does the centre hold up over time at a steady load? The
 * soak's contacts, by arrival, are compared first third vs last third (latency p95 change in %,
 * answer rate change in points) and fitted per window with a least-squares slope per hour. Only a
 * degradation beyond the tolerance is drift; an improvement is reported but is not a failure.
 */
import type { LoadStagePlan } from '../../harness/load/types.js';
import { loadFigures } from './figures.js';
import { slope } from './stats.js';
import type { ContactSample, DriftFigures, Stability } from './types.js';

export interface StabilityOptions {
  windowSec: number;
  shortAbandonSec: number;
  thresholdSec: number;
  tolerance: { latencyP95Pct: number; answerRatePts: number };
}

/** Fewer contacts than this in a third: no verdict (one slow reply would swing the p95). */
const MIN_PER_THIRD = 5;

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

export function stability(samples: readonly ContactSample[], stages: readonly LoadStagePlan[], originMs: number, opts: StabilityOptions): Stability {
  const soak = stages.filter((s) => s.role === 'soak');
  const base = { stages: soak.map((s) => s.name), tolerance: opts.tolerance };
  if (!soak.length) return { ...base, status: 'no-soak', drift: null, windows: [], verdict: '本次负载测试没有浸泡（soak）阶段，未评价稳定性' };
  const names = new Set(base.stages);
  const own = samples.filter((s) => names.has(s.stage) && s.status !== 'harness-failure');
  const start = Math.min(...soak.map((s) => s.startMs));
  const end = Math.max(...soak.map((s) => s.endMs));
  const span = end - start;
  const at = (s: ContactSample) => s.dueAt - originMs - start;
  const fig = (list: ContactSample[]) => loadFigures(list, { thresholdSec: opts.thresholdSec, shortAbandonSec: opts.shortAbandonSec });
  const firstThird = fig(own.filter((s) => at(s) < span / 3));
  const lastThird = fig(own.filter((s) => at(s) >= (2 * span) / 3));
  const windowMs = opts.windowSec * 1000;
  const windows: Stability['windows'] = [];
  for (let t = 0; t < span; t += windowMs) {
    const f = fig(own.filter((s) => at(s) >= t && at(s) < t + windowMs));
    if (f.offered) windows.push({ t, answerRate: f.answerRate, latencyP95Ms: f.latency.p95, offered: f.offered });
  }
  const hours = (t: number) => t / 3_600_000;
  const latSlope = slope(windows.filter((w) => w.latencyP95Ms !== null).map((w) => ({ x: hours(w.t), y: w.latencyP95Ms! })));
  const rateSlope = slope(windows.filter((w) => w.answerRate !== null).map((w) => ({ x: hours(w.t), y: w.answerRate! * 100 })));
  const fp = firstThird.latency.p95;
  const lp = lastThird.latency.p95;
  const drift: DriftFigures = {
    first: { answerRate: firstThird.answerRate, latencyP95Ms: fp, count: firstThird.offered },
    last: { answerRate: lastThird.answerRate, latencyP95Ms: lp, count: lastThird.offered },
    latencyP95ChangePct: fp !== null && lp !== null && fp > 0 ? round2(((lp - fp) / fp) * 100) : null,
    answerRateChangePts: firstThird.answerRate !== null && lastThird.answerRate !== null ? round2((lastThird.answerRate - firstThird.answerRate) * 100) : null,
    latencyP95SlopeMsPerHour: round2(latSlope),
    answerRateSlopePtsPerHour: round2(rateSlope),
  };
  if (firstThird.offered < MIN_PER_THIRD || lastThird.offered < MIN_PER_THIRD) {
    return { ...base, status: 'insufficient-data', drift, windows, verdict: `浸泡阶段前后三分之一各需至少${MIN_PER_THIRD}次联络（实际${firstThird.offered}与${lastThird.offered}），无法判定稳定性` };
  }
  const problems: string[] = [];
  if (drift.latencyP95ChangePct !== null && drift.latencyP95ChangePct > opts.tolerance.latencyP95Pct) {
    problems.push(`响应时延p95由${fp}毫秒升至${lp}毫秒（+${drift.latencyP95ChangePct}%，容许${opts.tolerance.latencyP95Pct}%）`);
  }
  if (drift.answerRateChangePts !== null && -drift.answerRateChangePts > opts.tolerance.answerRatePts) {
    problems.push(`接通率下降${-drift.answerRateChangePts}个百分点（容许${opts.tolerance.answerRatePts}个百分点）`);
  }
  const figures = `前三分之一：接通率${pct(firstThird.answerRate)}、时延p95 ${fp ?? '—'}毫秒；后三分之一：接通率${pct(lastThird.answerRate)}、时延p95 ${lp ?? '—'}毫秒`;
  return problems.length
    ? { ...base, status: 'drifting', drift, windows, verdict: `不稳定：${problems.join('；')}。${figures}` }
    : { ...base, status: 'stable', drift, windows, verdict: `稳定：时延与接通率的变化均在容许范围内。${figures}` };
}

function pct(x: number | null): string {
  return x === null ? '—' : `${Math.round(x * 1000) / 10}%`;
}
