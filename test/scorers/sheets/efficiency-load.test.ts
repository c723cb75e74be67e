import { describe, expect, it } from 'vitest';
import { loadMetrics } from '../../../scorers/load/metrics.js';
import { buildRunSheets, runMetrics } from '../../../scorers/sheets/efficiency.js';
import { targetTable } from '../../../scorers/sheets/rollup.js';
import { scoreRun } from '../../../scorers/sheets/summary.js';
import { rubric, scenario } from '../helpers.js';
import { simulateLoadRun, steps } from '../load/load-fixture.js';

const NO_RATES = { resolution: { pass: 0, applicable: 0 }, survey: { pass: 0, applicable: 0 } };

describe('D.2.1 in a load run', () => {
  const run = simulateLoadRun({ agents: 20, meanServiceMs: 300_000, patienceMs: 60_000, seed: 1, stages: steps([12, 16, 20, 24, 28], 30 * 60_000), targets: { concurrency: 25 } });
  const load = loadMetrics(run);
  const m = runMetrics(run.interactions, null, NO_RATES);
  const d21 = buildRunSheets(rubric, m, load)[0]!;
  const [connect, aht, conc, util] = d21.items;

  it('并发处理能力 from the knee against the load target (20 of 25 ⇒ 4.8 of 6), with how it was found', () => {
    expect(load.knee).toMatchObject({ status: 'knee', capacity: 20, firstFailing: 24 });
    expect(conc).toMatchObject({ status: 'scored', score: 4.8 });
    expect(conc!.note).toContain('并发处理能力20路（24路起未达标），目标25路');
    expect(conc!.note).toContain('24路未达标');
  });

  it('呼叫接通率 and 平均处理时长 from the levels up to the target concurrency (28 only looked for the knee), with counts per stage', () => {
    const judged = load.withinTarget!;
    expect(judged.levels).toEqual([12, 16, 20, 24]);
    expect(judged.figures.offered).toBe(load.overall.offered - load.stages.find((s) => s.stage === 'c28')!.offered);
    const rate = judged.figures.answerRate!;
    expect(rate).toBeGreaterThan(load.overall.answerRate!);
    expect(rate).toBeLessThan(0.95);
    expect(connect!.score).toBeCloseTo(Math.round(((10 * rate) / 0.95) * 100) / 100, 2);
    expect(connect!.note).toContain(`并发不超过目标25路的级别（12、16、20、24路）：呼叫${judged.figures.offered}通，接通${judged.figures.answered}通`);
    expect(connect!.note).toContain('c12 100%');
    const ahtMs = judged.figures.ahtMs!;
    expect(aht!.score).toBeCloseTo(Math.round(8 * Math.min(1, 300_000 / ahtMs) * 100) / 100, 2);
    expect(util!.status).toBe('na');
  });

  it('A.5 pairs: target and actual of each load metric', () => {
    const rows = targetTable(rubric, [], m, load);
    const get = (name: string) => rows.find((r) => r.indicator === name)!;
    expect(get('并发处理能力')).toMatchObject({ target: 25, actual: 20, met: false });
    expect(get('呼叫接通率')).toMatchObject({ target: 0.95, actual: load.withinTarget!.figures.answerRate, met: false });
    expect(get('平均处理时长')).toMatchObject({ target: 300_000, actual: load.withinTarget!.figures.ahtMs });
  });

  it('without a concurrency target the highest level offered is the reference, and the note says so', () => {
    const { concurrency: _c, ...targets } = run.info.targets;
    const noTarget = loadMetrics({ ...run, info: { ...run.info, targets } });
    const [connectAll, , item] = buildRunSheets(rubric, m, noTarget)[0]!.items;
    expect(item!.score).toBe(Math.round(((6 * 20) / 28) * 100) / 100);
    expect(item!.note).toContain('未设并发目标，以本次测试的最高并发级别28路为参照');
    // no target: 呼叫接通率 over every stage
    expect(noTarget.withinTarget).toBeNull();
    expect(connectAll!.note).toContain(`全部阶段：呼叫${noTarget.overall.offered}通`);
  });

  it('a centre that never degraded gets full points when the levels reached the target, and no knee is claimed', () => {
    const easy = simulateLoadRun({ agents: 20, meanServiceMs: 300_000, patienceMs: 60_000, seed: 2, stages: steps([10, 15], 20 * 60_000), targets: { concurrency: 15 } });
    const item = buildRunSheets(rubric, m, loadMetrics(easy))[0]!.items[2]!;
    expect(item.score).toBe(6);
    expect(item.note).toContain('至少15路');
  });

  it('scoreRun: a load run carries summary.load and scores D.2.1 from it; a plain run says 并发处理能力 needs a load run', () => {
    const base = { runId: 'r', interactions: run.interactions, scenarioFor: () => scenario(), rubric, requestedConcurrency: 28 };
    const withLoad = scoreRun({ ...base, load: { info: run.info, entries: run.entries } });
    expect(withLoad.summary.load!.knee.capacity).toBe(20);
    expect(withLoad.summary.overall.sheets.find((s) => s.sheetId === 'D.2.1')!.items[2]!.score).toBe(4.8);
    const plain = scoreRun(base);
    expect(plain.summary.load).toBeNull();
    const item = plain.summary.overall.sheets.find((s) => s.sheetId === 'D.2.1')!.items[2]!;
    expect(item).toMatchObject({ status: 'na', note: '需负载测试 (load run) 才能评价并发处理能力' });
  });
});
