/**
 * The report's charts, rendered on the server to SVG with Apache ECharts' SSR renderer, so the
 * report file needs no chart library and opens from disk without a network.
 */
import * as echarts from 'echarts';
import type { FindingView, RunView } from './model.js';

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif';

export interface ChartOptions {
  /** Chart width, px. @default 560 */
  width?: number;
  /** Chart height, px. @default 280 */
  height?: number;
}

export function render(option: echarts.EChartsCoreOption, opts: ChartOptions = {}): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: opts.width ?? 560, height: opts.height ?? 280 });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Each sheet's 0–100 score against the ch.9 pass line. */
export function sheetScoresChart(model: { run: Pick<RunView, 'sheets' | 'passLine'> }, opts?: ChartOptions): string {
  const sheets = model.run.sheets.filter((s) => s.normalised !== null);
  return render(
    {
      title: { text: '各评分表得分（满分100）', left: 'center', textStyle: { fontSize: 14 } },
      grid: { left: 48, right: 72, top: 56, bottom: 64 },
      xAxis: { type: 'category', data: sheets.map((s) => `${s.id}\n${s.title.replace(/打分表.*$/, '')}`), axisLabel: { fontSize: 10, interval: 0 } },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        {
          type: 'bar',
          data: sheets.map((s) => ({ value: s.normalised, itemStyle: { color: s.normalised! >= model.run.passLine ? '#3a7d44' : '#c0392b' } })),
          label: { show: true, position: 'top', fontSize: 10 },
          markLine: { symbol: 'none', data: [{ yAxis: model.run.passLine, name: '合格线' }], label: { formatter: `合格线 ${model.run.passLine}` }, lineStyle: { color: '#555', type: 'dashed' } },
        },
      ],
    },
    opts,
  );
}

/** Per check: how often it passed, failed or did not apply — counted as contacts go by. */
export class CheckTally {
  readonly counts = new Map<string, [number, number, number]>();
  add(findings: readonly Pick<FindingView, 0 | 1>[]): void {
    for (const f of findings) {
      let row = this.counts.get(f[0]);
      if (!row) this.counts.set(f[0], (row = [0, 0, 0]));
      row[f[1] === 1 ? 0 : f[1] === 0 ? 1 : 2]++;
    }
  }
}

/** Per check: contacts where it passed, failed or did not apply. */
export function checkResultsChart(model: { checkLabels: Record<string, string>; contacts?: readonly { findings: readonly Pick<FindingView, 0 | 1>[] }[]; tally?: CheckTally }, opts?: ChartOptions): string {
  let tally = model.tally;
  if (!tally) {
    tally = new CheckTally();
    for (const c of model.contacts ?? []) tally.add(c.findings);
  }
  const counts = tally.counts;
  const checks = [...counts.keys()];
  const label = (c: string) => model.checkLabels[c] ?? c;
  const series = (name: string, k: 0 | 1 | 2, color: string) => ({ name, type: 'bar', stack: 'n', data: checks.map((c) => counts.get(c)![k]), itemStyle: { color } });
  return render(
    {
      title: { text: '各检查项结果（次）', left: 'center', textStyle: { fontSize: 14 } },
      legend: { bottom: 0 },
      grid: { left: 96, right: 24, top: 36, bottom: 40 },
      yAxis: { type: 'category', data: checks.map(label), axisLabel: { fontSize: 10 }, inverse: true },
      xAxis: { type: 'value' },
      series: [series('通过', 0, '#3a7d44'), series('未通过', 1, '#c0392b'), series('不适用', 2, '#bbb')],
    },
    { width: opts?.width ?? 560, height: opts?.height ?? Math.max(280, 60 + checks.length * 18) },
  );
}

/** How the contacts' 服务质量 scores are spread (10-point bins), with the pass line. */
export function qualityHistogramChart(model: { run: Pick<RunView, 'passLine'>; contacts: Iterable<{ quality: number | null }> }, opts?: ChartOptions): string {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const c of model.contacts) if (c.quality !== null) bins[Math.min(9, Math.floor(c.quality / 10))]!++;
  return render(
    {
      title: { text: '联络服务质量得分分布', left: 'center', textStyle: { fontSize: 14 } },
      grid: { left: 48, right: 24, top: 56, bottom: 40 },
      xAxis: { type: 'category', data: bins.map((_, k) => `${k * 10}–${k === 9 ? 100 : k * 10 + 9}`), axisLabel: { fontSize: 10 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: bins.map((n, k) => ({ value: n, itemStyle: { color: k * 10 >= model.run.passLine ? '#3a7d44' : '#d98c2b' } })), label: { show: true, position: 'top', fontSize: 10 } }],
    },
    opts,
  );
}
