/**
 * The load run's charts (issue 12), with the report's own ECharts SSR renderer (charts.ts):
 * contacts in progress over time with the stages marked, answer rate / service level / ASA
 * against the concurrency offered with the knee marked, and latency percentiles per stage.
 */
import type { LoadMetrics } from '../../scorers/load/types.js';
import { render, type ChartOptions } from './charts.js';

const minutes = (ms: number) => Math.round((ms / 60_000) * 100) / 100;
const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

/** Contacts in progress (mean and peak per bucket) and agents talking, over the run; stage boundaries as dashed lines. */
export function concurrencyChart(load: LoadMetrics, opts?: ChartOptions): string {
  const pts = load.timeline.points;
  const x = pts.map((p) => minutes(p.t));
  return render(
    {
      title: { text: '并发联络数随时间变化', left: 'center', textStyle: { fontSize: 14 } },
      legend: { bottom: 0 },
      grid: { left: 48, right: 24, top: 40, bottom: 56 },
      xAxis: { type: 'value', name: '分钟', nameLocation: 'middle', nameGap: 22, min: 0, max: x.length ? x[x.length - 1] : 1 },
      yAxis: { type: 'value', minInterval: 1, name: '路' },
      series: [
        {
          name: '进行中（峰值）',
          type: 'line',
          step: 'end',
          showSymbol: false,
          data: pts.map((p, k) => [x[k], p.peak]),
          lineStyle: { width: 1, color: '#2b6cb0' },
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { color: '#999', type: 'dashed' },
            label: { formatter: '{b}', fontSize: 9, position: 'insideEndTop' },
            data: load.stages.map((s) => ({ xAxis: minutes(s.startMs), name: s.stage })),
          },
        },
        { name: '进行中（平均）', type: 'line', showSymbol: false, data: pts.map((p, k) => [x[k], p.mean]), lineStyle: { width: 1, color: '#90cdf4' } },
        { name: '坐席通话中', type: 'line', step: 'end', showSymbol: false, data: pts.map((p, k) => [x[k], p.talking]), lineStyle: { width: 1, color: '#3a7d44' } },
      ],
    },
    { width: opts?.width ?? 720, height: opts?.height ?? 300 },
  );
}

/** Per concurrency level: answer rate and service level (%, left) and ASA (s, right); targets dashed, the knee marked. */
export function kneeChart(load: LoadMetrics, opts?: ChartOptions): string {
  const levels = load.knee.levels.filter((l) => l.offered > 0);
  const cats = levels.map((l) => `${l.level}${l.sustained ? '' : '*'}`);
  const kneeAt = load.knee.capacity === null ? -1 : levels.findIndex((l) => l.level === load.knee.capacity);
  const t = load.targets;
  const kneeLabel = load.knee.status === 'above-highest-offered' ? `≥${load.knee.capacity}路（未到拐点）` : `并发处理能力 ${load.knee.capacity}路`;
  return render(
    {
      title: { text: '接通率、服务水平与ASA随并发级别变化', left: 'center', textStyle: { fontSize: 14 } },
      legend: { bottom: 0 },
      grid: { left: 48, right: 56, top: 64, bottom: 64 },
      xAxis: { type: 'category', data: cats, name: '并发（路）', nameLocation: 'middle', nameGap: 24 },
      yAxis: [
        { type: 'value', min: 0, max: 100, name: '%' },
        { type: 'value', name: 'ASA 秒', splitLine: { show: false } },
      ],
      series: [
        {
          name: '接通率',
          type: 'line',
          data: levels.map((l) => pct(l.answerRate)),
          itemStyle: { color: '#2b6cb0' },
          markLine: {
            symbol: 'none',
            data: [
              { yAxis: pct(t.answerRate), name: '接通率目标', lineStyle: { color: '#2b6cb0', type: 'dashed' }, label: { formatter: `接通率目标 ${pct(t.answerRate)}%`, fontSize: 9, position: 'insideStartTop' } },
              { yAxis: pct(t.serviceLevel.target), name: '服务水平目标', lineStyle: { color: '#d98c2b', type: 'dashed' }, label: { formatter: `服务水平目标 ${pct(t.serviceLevel.target)}%`, fontSize: 9, position: 'insideStartBottom' } },
              ...(kneeAt >= 0 ? [{ xAxis: kneeAt, name: '拐点', lineStyle: { color: '#c0392b', width: 2 }, label: { formatter: kneeLabel, fontSize: 10, color: '#c0392b' } }] : []),
            ],
          },
        },
        { name: `服务水平（${t.serviceLevel.thresholdSec}秒）`, type: 'line', data: levels.map((l) => pct(l.serviceLevel)), itemStyle: { color: '#d98c2b' } },
        { name: 'ASA', type: 'bar', yAxisIndex: 1, barMaxWidth: 18, data: levels.map((l) => (l.asaMs === null ? null : Math.round(l.asaMs / 100) / 10)), itemStyle: { color: '#bbb' } },
      ],
    },
    { width: opts?.width ?? 560, height: opts?.height ?? 300 },
  );
}

/** Agent reply latency p50/p90/p95/p99 per stage (seconds). */
export function latencyChart(load: LoadMetrics, opts?: ChartOptions): string {
  const stages = load.stages.filter((s) => s.latency.count > 0);
  const sec = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);
  const series = (name: string, key: 'p50' | 'p90' | 'p95' | 'p99', color: string) => ({ name, type: 'bar', data: stages.map((s) => sec(s.latency[key])), itemStyle: { color } });
  return render(
    {
      title: { text: '各阶段坐席响应时延分位数（秒）', left: 'center', textStyle: { fontSize: 14 } },
      legend: { bottom: 0 },
      grid: { left: 48, right: 24, top: 40, bottom: 56 },
      xAxis: { type: 'category', data: stages.map((s) => s.stage), axisLabel: { fontSize: 10, interval: 0 } },
      yAxis: { type: 'value', name: '秒' },
      series: [series('p50', 'p50', '#90cdf4'), series('p90', 'p90', '#4299e1'), series('p95', 'p95', '#2b6cb0'), series('p99', 'p99', '#1a365d')],
    },
    { width: opts?.width ?? 560, height: opts?.height ?? 300 },
  );
}
