import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../../harness/interaction/types.js';
import { buildRunSheets, peakOverlap, runMetrics, wasAnswered } from '../../../scorers/sheets/efficiency.js';
import { aggregateSheets, appendixC, groupScore, passes, targetTable } from '../../../scorers/sheets/rollup.js';
import type { ScoreSheet } from '../../../scorers/sheets/types.js';
import { call, chat, rubric } from '../helpers.js';

const sheet = (id: string, group: ScoreSheet['group'], scores: (number | null)[], max = 10, veto = false): ScoreSheet => {
  const items = scores.map((s, n) => ({ item: `项${n}`, content: '内容', max, score: s, status: s === null ? ('na' as const) : veto ? ('veto' as const) : ('scored' as const), note: '', checks: [] }));
  const scored = items.filter((i) => i.status !== 'na');
  const total = scored.reduce((a, i) => a + (i.score ?? 0), 0);
  const m = scored.length * max;
  return { sheetId: id, title: id, dimension: id, group, supplementary: false, level: 'contact', items, total, max: m, manualMax: 0, normalised: m ? (total / m) * 100 : null, ...(veto ? { veto: { check: 'no-misinformation' as const, reason: 'x', finding: 'y' } } : {}) };
};

describe('aggregateSheets', () => {
  it('averages each item over the contacts where it applied', () => {
    const agg = aggregateSheets([[sheet('A', 'quality', [10, null])], [sheet('A', 'quality', [5, 6])], [sheet('A', 'quality', [0, null], 10, true)]]);
    const a = agg[0]!;
    expect(a.items[0]).toMatchObject({ score: 5, applicable: 3, vetoed: 1 });
    expect(a.items[1]).toMatchObject({ score: 6, applicable: 1 });
    expect(a).toMatchObject({ total: 11, max: 20, contacts: 3, vetoedContacts: 1 });
  });

  it('an item N/A everywhere stays N/A and out of the maximum', () => {
    const agg = aggregateSheets([[sheet('A', 'quality', [8, null])], [sheet('A', 'quality', [6, null])]]);
    expect(agg[0]!.items[1]!.status).toBe('na');
    expect(agg[0]!.max).toBe(10);
  });
});

describe('group scores, Appendix C, pass line', () => {
  const sheets = [sheet('D.1.1', 'quality', [9, 9]), sheet('D.1.2', 'quality', [9, 9]), sheet('D.3.1', 'effect', [5, null])];

  it('group score = Σ total / Σ max × 100', () => {
    expect(groupScore(sheets, 'quality')).toBe(90);
    expect(groupScore(sheets, 'effect')).toBe(50);
    expect(groupScore(sheets, 'efficiency')).toBeNull();
  });

  it('Appendix C weights the group scores and leaves out groups without a score', () => {
    const c = appendixC(rubric, sheets);
    expect(c.groups.map((g) => [g.group, g.weight, g.weighted])).toEqual([
      ['quality', 25, 22.5],
      ['efficiency', 20, null],
      ['effect', 15, 7.5],
    ]);
    expect(c).toMatchObject({ weightedTotal: 30, applicableWeight: 40, normalised: 75 });
  });

  it('passes at ≥ 90 (ch.9)', () => {
    expect(passes(rubric, 90)).toBe(true);
    expect(passes(rubric, 89.99)).toBe(false);
    expect(passes(rubric, null)).toBeNull();
  });
});

describe('D.2.1 and run metrics', () => {
  const at = (start: number, dur: number, extra: Partial<Interaction> = {}) =>
    call([['agent', '您好', 1000, 2000]], { startedAt: start, durationMs: dur, ...extra });

  it('peak overlap counts simultaneous intervals (touching ends do not overlap)', () => {
    expect(peakOverlap([{ start: 0, end: 10 }, { start: 5, end: 15 }, { start: 10, end: 20 }])).toBe(2);
  });

  it('unanswered contacts are not answered', () => {
    expect(wasAnswered(call([], { outcome: 'no-answer', events: [] }))).toBe(false);
    expect(wasAnswered(chat([['agent', '您好', 1000]]))).toBe(true);
  });

  it('connect rate and average handle time feed the sheet; concurrency is N/A outside a load run', () => {
    const list = [at(0, 100_000), at(10_000, 200_000), at(20_000, 60_000, { outcome: 'no-answer', turns: [], events: [] }), at(500_000, 150_000)];
    const m = runMetrics(list, 4, { resolution: { pass: 1, applicable: 2 }, survey: { pass: 0, applicable: 0 } });
    expect(m).toMatchObject({ placed: 4, answered: 3, connectRate: 0.75, avgHandleTimeMs: 150_000, peakConcurrency: 2, requestedConcurrency: 4, resolutionRate: 0.5, surveyRate: null });
    const d21 = buildRunSheets(rubric, m)[0]!;
    expect(d21.sheetId).toBe('D.2.1');
    const [connect, aht, conc, util] = d21.items;
    expect(connect!.score).toBeCloseTo((10 * 0.75) / 0.95, 1);
    expect(aht!.score).toBe(8); // 150 s ≤ 300 s target
    // 2 at once of 4 requested measures nothing about the centre: only a load run's knee scores it
    expect(conc).toMatchObject({ status: 'na', score: null, note: '需负载测试 (load run) 才能评价并发处理能力' });
    expect(util!.status).toBe('na');
    expect(d21.max).toBe(18);
  });

  it('concurrency is N/A for imported recordings too', () => {
    const m = runMetrics([at(0, 1000)], null, { resolution: { pass: 0, applicable: 0 }, survey: { pass: 0, applicable: 0 } });
    expect(buildRunSheets(rubric, m)[0]!.items[2]!.status).toBe('na');
  });

  it('the A.5 table pairs targets with actual values', () => {
    const m = runMetrics([at(0, 100_000)], 1, { resolution: { pass: 1, applicable: 1 }, survey: { pass: 0, applicable: 1 } });
    const rows = targetTable(rubric, [sheet('D.1.1', 'quality', [9, 10])], m);
    const get = (name: string) => rows.find((r) => r.indicator === name)!;
    expect(get('服务规范性')).toMatchObject({ target: 90, actual: 95, met: true });
    expect(get('呼叫接通率')).toMatchObject({ target: 0.95, actual: 1, met: true });
    expect(get('平均处理时长')).toMatchObject({ target: 300_000, actual: 100_000, met: true, direction: 'max' });
    expect(get('并发处理能力')).toMatchObject({ target: null, actual: null, met: null, note: '需负载测试 (load run) 才能评价并发处理能力' });
    expect(get('调研覆盖率')).toMatchObject({ actual: 0, met: false });
    expect(get('资源利用率')).toMatchObject({ actual: null, met: null });
    expect(get('服务专业性')).toMatchObject({ actual: null, met: null });
  });
});
