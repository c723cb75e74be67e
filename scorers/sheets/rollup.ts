/**
 * Roll-ups: contact sheets → per scenario → per run (item means over the contacts where the item
 * applied), group scores (0–100), Appendix C weighting, the ch.9 pass line and the A.5 table.
 */
import type { Rubric, SheetGroup } from '../rubric/schema.js';
import { round2, totals } from './build.js';
import type { LoadMetrics } from '../load/types.js';
import { metricValue, targetFor, type RunMetrics } from './efficiency.js';
import { CONCURRENCY_NEEDS_LOAD_RUN, loadTargetRow } from './efficiency-load.js';
import type { AppendixC, GroupScore, ScoreSheet, SheetItemResult, TargetRow } from './types.js';

/** Mean of each item over the contacts' sheets (same rubric ⇒ same sheets and items, same order). */
export function aggregateSheets(perContact: ScoreSheet[][]): ScoreSheet[] {
  const first = perContact[0];
  if (!first) return [];
  return first.map((sheet, si) => {
    const copies = perContact.map((s) => s[si]!).filter((s) => s && s.sheetId === sheet.sheetId);
    const items = sheet.items.map((item, ii): SheetItemResult => {
      const all = copies.map((s) => s.items[ii]!);
      const counted = all.filter((x) => x.status === 'scored' || x.status === 'veto');
      const vetoed = all.filter((x) => x.status === 'veto').length;
      const base = { item: item.item, content: item.content, max: item.max, checks: item.checks, applicable: counted.length, vetoed };
      if (item.status === 'manual') return { ...base, score: null, status: 'manual', note: '待评估人员人工评分' };
      if (!counted.length) return { ...base, score: null, status: 'na', note: all[0]?.note ?? '不适用' };
      const mean = counted.reduce((s, x) => s + (x.score ?? 0), 0) / counted.length;
      const note = `${copies.length}次联络中${counted.length}次适用，平均${round2(mean)}分${vetoed ? `，其中${vetoed}次被一票否决` : ''}`;
      return { ...base, score: round2(mean), status: 'scored', note };
    });
    return {
      sheetId: sheet.sheetId,
      title: sheet.title,
      dimension: sheet.dimension,
      group: sheet.group,
      supplementary: sheet.supplementary,
      level: sheet.level,
      items,
      ...totals(items),
      contacts: copies.length,
      vetoedContacts: copies.filter((s) => s.veto).length,
    };
  });
}

/** Σ total / Σ max × 100 over the group's sheets (N/A when nothing in the group was scorable). */
export function groupScore(sheets: readonly ScoreSheet[], group: SheetGroup): number | null {
  let total = 0;
  let max = 0;
  for (const s of sheets) {
    if (s.group !== group) continue;
    total += s.total;
    max += s.max;
  }
  return max > 0 ? round2((total / max) * 100) : null;
}

export function appendixC(rubric: Rubric, sheets: readonly ScoreSheet[]): AppendixC {
  const groups: GroupScore[] = rubric.weights.map((w) => {
    const score = groupScore(sheets, w.group);
    return { group: w.group, label: w.label, weight: w.weight, score, weighted: score === null ? null : round2((score * w.weight) / 100) };
  });
  const applicable = groups.filter((g) => g.weighted !== null);
  const weightedTotal = round2(applicable.reduce((s, g) => s + g.weighted!, 0));
  const applicableWeight = applicable.reduce((s, g) => s + g.weight, 0);
  return { groups, weightedTotal, applicableWeight, normalised: applicableWeight ? round2((weightedTotal / applicableWeight) * 100) : null };
}

/** ch.9 pass: the 0–100 服务质量 score reaches the rubric's pass line (null when not scorable). */
export function passes(rubric: Rubric, qualityScore: number | null): boolean | null {
  return qualityScore === null ? null : qualityScore >= rubric.passLine;
}

/**
 * The A.5 绩效指标 table: target and actual per indicator (actual null = not observable by a
 * shopper). In a load run 呼叫接通率, 平均处理时长 and 并发处理能力 are the load metrics against
 * the run's LoadTargets; outside one, 并发处理能力 has no actual value (it needs a load run).
 */
export function targetTable(rubric: Rubric, sheets: readonly ScoreSheet[], metrics: RunMetrics | null, load: LoadMetrics | null = null): TargetRow[] {
  return rubric.targets.map((t) => {
    let actual: number | null = null;
    let target = t.target ?? null;
    let note = t.note;
    if (t.source && 'sheet' in t.source) {
      const id = t.source.sheet;
      actual = sheets.find((s) => s.sheetId === id)?.normalised ?? null;
    } else if (t.source) {
      const metric = t.source.metric;
      const fromLoad = load ? loadTargetRow(metric, load, targetFor(rubric, metric)) : undefined;
      if (fromLoad) ({ actual, target, note } = fromLoad);
      else if (metric === 'concurrency') note = CONCURRENCY_NEEDS_LOAD_RUN;
      else if (metrics) actual = metricValue(metrics, metric);
    }
    if (actual !== null && t.unit === 'rate') actual = Math.round(actual * 10_000) / 10_000;
    const met = actual === null || target === null ? null : t.direction === 'min' ? actual >= target : actual <= target;
    const row: TargetRow = { category: t.category, indicator: t.indicator, unit: t.unit, target, direction: t.direction, actual, met };
    return note ? { ...row, note } : row;
  });
}
