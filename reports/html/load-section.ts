/**
 * The HTML report's load section (load runs only): the capacity knee and how it was found,
 * 稳定性, the per-stage metrics table, errors by cause and the three load charts. Server-rendered,
 * like the overview charts, so it needs no script.
 */
import type { LoadMetrics } from '../../scorers/load/types.js';
import { LOAD_COLUMNS, loadDefinitions, loadErrorRows, loadTableRows, type LoadCell } from '../load-table.js';
import { concurrencyChart, kneeChart, latencyChart } from './load-charts.js';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function cell(v: LoadCell, kind: (typeof LOAD_COLUMNS)[number]['kind']): string {
  if (v === null) return '<td class="num">—</td>';
  if (kind === 'text') return `<td>${esc(String(v))}</td>`;
  if (kind === 'rate') return `<td class="num">${Math.round((v as number) * 1000) / 10}%</td>`;
  return `<td class="num">${v}</td>`;
}

const KNEE_HEAD: Record<LoadMetrics['knee']['status'], string> = {
  knee: '找到拐点',
  'above-highest-offered': '未测到拐点（中心在最高测试级别仍达标）',
  'below-lowest-offered': '最低测试级别已未达标',
  'insufficient-data': '数据不足',
};

export function loadSectionHtml(load: LoadMetrics): string {
  const k = load.knee;
  const capacity = k.capacity === null ? '—' : k.status === 'above-highest-offered' ? `≥ ${k.capacity} 路` : `${k.capacity} 路`;
  const table = `<table class="load-table"><thead><tr>${LOAD_COLUMNS.map((c) => `<th${c.kind === 'text' ? '' : ' class="num"'}>${esc(c.label)}</th>`).join('')}</tr></thead><tbody>${loadTableRows(load)
    .map((r, n, all) => `<tr${n === all.length - 1 ? ' class="sheet-total"' : ''}>${r.map((v, i) => cell(v, LOAD_COLUMNS[i]!.kind)).join('')}</tr>`)
    .join('')}</tbody></table>`;
  const errors = loadErrorRows(load);
  const errorList = errors.length ? `<table class="load-errors"><thead><tr><th>责任方</th><th>错误代码</th><th class="num">次数</th></tr></thead><tbody>${errors.map(([w, c, n]) => `<tr><td>${esc(w)}</td><td>${esc(c)}</td><td class="num">${n}</td></tr>`).join('')}</tbody></table>` : '<p class="note">没有错误。</p>';
  const lag = load.harnessLag?.warning ? `<p class="load-warning">⚠ ${esc(load.harnessLag.warning)}</p>` : '';
  const sch = load.scheduler;
  const capped = sch && (sch.turnedAwayByConcurrencyCap || sch.stoppedBy)
    ? `<p class="load-warning">⚠ 调度：${sch.turnedAwayByConcurrencyCap ? `${sch.turnedAwayByConcurrencyCap}个到达因工具的并发上限未发起（未向中心提供）；` : ''}${sch.stoppedBy ? `提前停止（${esc(sch.stoppedBy)}）` : ''}</p>`
    : '';
  const notPlaced = load.notPlaced ? `<p class="load-warning">⚠ 清单中有${load.notPlaced}次联络没有记录（未发起或丢失），不计入呼叫数。</p>` : '';
  return `<section class="card load-section" id="load">
<h2>负载测试 ${esc(load.profileId)}</h2>
${lag}${capped}${notPlaced}
<div class="load-kpis">
<div><b>并发处理能力</b><span>${esc(capacity)}</span><small>${esc(KNEE_HEAD[k.status])}</small></div>
<div><b>呼叫接通率</b><span>${load.overall.answerRate === null ? '—' : `${Math.round(load.overall.answerRate * 1000) / 10}%`}</span><small>${load.overall.answered}/${load.overall.offered}</small></div>
<div><b>服务水平</b><span>${load.overall.serviceLevel === null ? '—' : `${Math.round(load.overall.serviceLevel * 1000) / 10}%`}</span><small>${load.targets.serviceLevel.thresholdSec}秒内接通</small></div>
<div><b>稳定性</b><span>${{ stable: '稳定', drifting: '不稳定', 'no-soak': '未评价', 'insufficient-data': '数据不足' }[load.stability.status]}</span><small>${esc(load.stability.stages.join('、') || '无浸泡阶段')}</small></div>
</div>
${load.withinTarget ? `<p class="note"><b>D.2.1 评价范围：</b>呼叫接通率与平均处理时长按并发不超过目标${load.withinTarget.concurrency}路的级别（${load.withinTarget.levels.join('、')}路）计：接通率${load.withinTarget.figures.answerRate === null ? '—' : `${Math.round(load.withinTarget.figures.answerRate * 1000) / 10}%`}（${load.withinTarget.figures.answered}/${load.withinTarget.figures.offered}）；更高的级别只用于寻找拐点。</p>` : ''}
<p class="note"><b>拐点判定：</b>${esc(k.method)}</p>
<p class="note"><b>稳定性：</b>${esc(load.stability.verdict)}</p>
<div class="charts">${[concurrencyChart(load), kneeChart(load), latencyChart(load)].map((svg) => `<div>${svg}</div>`).join('')}</div>
<h3>各阶段指标</h3>
<div class="load-scroll">${table}</div>
<h3>错误（按原因）</h3>
${errorList}
<ul class="note">${loadDefinitions(load).map((d) => `<li>${esc(d)}</li>`).join('')}</ul>
</section>`;
}
