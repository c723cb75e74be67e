/**
 * The per-stage load metrics as one table (header + rows), shared by the HTML report's load section
 * and the xlsx "负载测试" sheet so both show the same columns and the same figures.
 */
import type { LoadFigures, LoadMetrics } from '../scorers/load/types.js';

export type LoadCell = string | number | null;

export const LOAD_COLUMNS: readonly { label: string; kind: 'text' | 'count' | 'rate' | 'sec' }[] = [
  { label: '阶段', kind: 'text' },
  { label: '类型/计划', kind: 'text' },
  { label: '呼叫数', kind: 'count' },
  { label: '接通', kind: 'count' },
  { label: '放弃', kind: 'count' },
  { label: '占线/未应答', kind: 'count' },
  { label: '中心故障', kind: 'count' },
  { label: '工具故障', kind: 'count' },
  { label: '接通率', kind: 'rate' },
  { label: 'ASA(秒)', kind: 'sec' },
  { label: '服务水平', kind: 'rate' },
  { label: '平均处理时长(秒)', kind: 'sec' },
  { label: '时延p50(秒)', kind: 'sec' },
  { label: '时延p90(秒)', kind: 'sec' },
  { label: '时延p95(秒)', kind: 'sec' },
  { label: '时延p99(秒)', kind: 'sec' },
  { label: '启动滞后p95(秒)', kind: 'sec' },
  { label: '峰值并发', kind: 'count' },
];

const sec = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);

function figureCells(f: LoadFigures): LoadCell[] {
  return [
    f.offered,
    f.answered,
    f.abandoned,
    f.busy + f.noAnswer,
    f.failed,
    f.harnessFailures,
    f.answerRate,
    sec(f.asaMs),
    f.serviceLevel,
    sec(f.ahtMs),
    sec(f.latency.p50),
    sec(f.latency.p90),
    sec(f.latency.p95),
    sec(f.latency.p99),
    sec(f.startLag.p95),
    f.peakConcurrency,
  ];
}

const ROLE: Record<string, string> = { load: '负载', soak: '浸泡', spike: '突增', ramp: '爬坡' };

/** One row per stage, then the whole run. */
export function loadTableRows(load: LoadMetrics): LoadCell[][] {
  const rows = load.stages.map((s) => {
    const plan = s.planned.from === s.planned.to ? `${s.planned.from}` : `${s.planned.from}→${s.planned.to}`;
    const what = s.kind === 'concurrency' ? `并发 ${plan}路` : `到达 ${plan}/分钟`;
    return [s.stage, `${ROLE[s.role] ?? s.role}·${what}`, ...figureCells(s)];
  });
  rows.push(['全部', '', ...figureCells(load.overall)]);
  return rows;
}

/** Errors by cause over the run: [whose, code, count]. */
export function loadErrorRows(load: LoadMetrics): [string, string, number][] {
  return [
    ...Object.entries(load.overall.errors.centre).map(([code, n]): [string, string, number] => ['中心', code, n]),
    ...Object.entries(load.overall.errors.harness).map(([code, n]): [string, string, number] => ['工具自身（不计入中心）', code, n]),
  ];
}

/** The definitions the figures follow, for the report's footnote. */
export function loadDefinitions(load: LoadMetrics): string[] {
  const t = load.targets;
  return [
    `呼叫数＝到期并已发起的联络（工具自身故障不计）；接通＝人工坐席发言；接通率＝接通÷呼叫数。`,
    `ASA＝已接通联络等待人工坐席的平均时间（在线：页面载入或转人工→坐席接入；语音：进入坐席队列（无则振铃）→坐席接入）。`,
    `服务水平＝${t.serviceLevel.thresholdSec}秒内接通÷（呼叫数−${load.options.shortAbandonSec}秒内放弃的短放弃），目标${Math.round(t.serviceLevel.target * 100)}%；接通率目标${Math.round(t.answerRate * 1000) / 10}%；平均处理时长目标≤${t.ahtSec}秒。`,
    '平均处理时长＝已接通联络的联络总时长均值；时延为每次坐席回复的响应时间（所有原始样本的分位数，从不平均分位数）。',
  ];
}
