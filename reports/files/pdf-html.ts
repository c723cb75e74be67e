/**
 * The printable HTML behind the PDF: summary (ch.9 pass line, Appendix C, A.5, 95% intervals, a
 * chart of the sheet scores) and every score sheet in the Appendix D layout. Cells a person
 * changed are shaded and marked †, with the change listed under the sheet.
 */
import * as echarts from 'echarts';
import type { ScoreSheet } from '../../scorers/sheets/types.js';
import { evidenceNote } from '../evidence.js';
import { overrideFor, reviewedAggregate, type ReportData } from '../report-data.js';

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const fmt = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '–' : v.toFixed(digits));
const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${(v * 100).toFixed(1)}%`);

/** Server-side SVG (no browser needed for the chart itself): sheet scores against the pass line. */
export function scoreChartSvg(data: ReportData): string {
  const sheets = data.summary.overall.sheets.filter((s) => s.normalised !== null);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 220 });
  chart.setOption({
    animation: false,
    grid: { left: 40, right: 20, top: 20, bottom: 40 },
    textStyle: { fontFamily: 'Noto Sans CJK SC, sans-serif' },
    xAxis: { type: 'category', data: sheets.map((s) => s.sheetId) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        type: 'bar',
        data: sheets.map((s) => ({ value: s.normalised, itemStyle: { color: (s.normalised ?? 0) >= data.summary.passLine ? '#4e9a06' : '#cc0000' } })),
        label: { show: true, position: 'top' },
        markLine: { symbol: 'none', data: [{ yAxis: data.summary.passLine, name: '达标线' }], lineStyle: { type: 'dashed', color: '#333' } },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

function sheetTable(data: ReportData, sheet: ScoreSheet): string {
  const notes: string[] = [];
  const rows = sheet.items.map((it) => {
    const changed = reviewedAggregate(data, sheet.sheetId, it.item);
    const o = overrideFor(data, undefined, sheet.sheetId, it.item);
    if (o) notes.push(`† ${it.item}：${o.old ?? '–'} → ${o.new ?? '不适用'}，${o.reviewer} ${o.at}，${o.reason}`);
    else if (changed) notes.push(`† ${it.item}：含人工复核的联络，由复核后的得分重新计算`);
    const score = it.status === 'manual' ? '（人工）' : it.score === null ? '不适用' : fmt(it.score, 2);
    return `<tr><td>${esc(it.item)}</td><td>${esc(it.content)}</td><td class="n">${it.max}</td><td class="n${changed ? ' reviewed' : ''}">${score}${changed ? '†' : ''}</td><td class="note">${esc(evidenceNote(it, data.summary, sheet.level === 'contact' && sheet.contacts !== undefined))}</td></tr>`;
  });
  const full = sheet.items.reduce((s, i) => s + i.max, 0);
  return `<section class="sheet"><h2>${esc(sheet.sheetId)} ${esc(sheet.title)}</h2>
<table><colgroup><col style="width:15%"><col style="width:19%"><col style="width:6%"><col style="width:9%"><col></colgroup><thead><tr><th>评价项目</th><th>评价内容</th><th>分值</th><th>得分</th><th>备注</th></tr></thead><tbody>${rows.join('')}
<tr class="total"><td>合计</td><td>适用分值 ${fmt(sheet.max, 0)}，得分率 ${fmt(sheet.normalised)}</td><td class="n">${full}</td><td class="n">${fmt(sheet.total, 2)}</td><td></td></tr></tbody></table>
${notes.length ? `<p class="review">${notes.map(esc).join('<br>')}</p>` : ''}</section>`;
}

export function buildReportHtml(data: ReportData): string {
  const s = data.summary;
  const ac = s.overall.appendixC;
  const st = data.statistics;
  const passText = s.overall.pass === null ? '不适用' : s.overall.pass ? '达标' : '未达标';
  const groups = ac.groups.map((g) => `<tr><td>${esc(g.label)}</td><td class="n">${g.weight}%</td><td class="n">${fmt(g.score)}</td><td class="n">${fmt(g.weighted, 2)}</td></tr>`).join('');
  const targets = (s.targets ?? [])
    .map((t) => {
      const v = (x: number | null) => (t.unit === 'rate' ? pct(x) : t.unit === 'ms' ? (x === null ? '–' : `${(x / 1000).toFixed(1)} 秒`) : fmt(x));
      return `<tr><td>${esc(t.category)}</td><td>${esc(t.indicator)}</td><td class="n">${v(t.target)}</td><td class="n">${v(t.actual)}</td><td>${t.met === null ? '' : t.met ? '达标' : '未达标'}</td></tr>`;
    })
    .join('');
  const interval = (label: string, i: (typeof st)['qualityScore'], rate: boolean) =>
    `<tr><td>${esc(label)}</td><td class="n">${i.n}</td><td class="n">${rate ? pct(i.estimate) : fmt(i.estimate)}</td><td class="n">${rate ? `${pct(i.low)} – ${pct(i.high)}` : `${fmt(i.low)} – ${fmt(i.high)}`}</td><td class="n">±${fmt(i.margin)}</td><td class="n">${i.needed ?? '–'}（还需 ${i.more ?? '–'}）</td></tr>`;
  const stats = [...st.sheets.map((x) => interval(`${x.sheetId} ${x.title}`, x.interval, false)), interval('服务质量', st.qualityScore, false), ...st.rates.map((x) => interval(x.label, x.interval, true))].join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>模拟测试评价报告 ${esc(data.runId)}</title><style>
@page { size: A4; margin: 14mm 12mm; }
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif; font-size: 9.5pt; color: #111; }
h1 { font-size: 16pt; margin: 0 0 4mm; } h2 { font-size: 12pt; margin: 5mm 0 2mm; }
table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; } th, td { border: 0.5pt solid #777; padding: 1.2mm 1.6mm; vertical-align: top; }
th { background: #d9e1f2; white-space: nowrap; } td.n { text-align: right; white-space: nowrap; } td.note { font-size: 8.5pt; }
tr.total td { font-weight: bold; } .reviewed { background: #ffe699; } .review { font-size: 8.5pt; color: #7a5b00; }
.headline { font-size: 12pt; font-weight: bold; } .sheet { page-break-inside: avoid; } .pagebreak { page-break-before: always; }
.small { font-size: 8pt; color: #444; }
</style></head><body>
<h1>模拟测试评价报告 — ${esc(s.rubric.title)}</h1>
<p>运行 ${esc(data.runId)}；联络 ${s.contacts} 次（完成 ${s.outcomes.completed ?? 0}，失败 ${s.outcomes.failed ?? 0}）；人工复核 ${data.overrides.size ? `${data.overrides.size} 处（†标记）` : '无'}；签核：${data.signOffs.length ? data.signOffs.map((x) => esc(`${x.reviewer} ${x.at}`)).join('；') : '未签核'}</p>
<p class="headline">服务质量 ${fmt(s.overall.qualityScore)} / 100 — 达标线 ${s.passLine}（第9章）：${passText}</p>
${scoreChartSvg(data)}
<h2>附录C 服务特性评价得分 = Σ（二级指标得分 × 权重）</h2>
<table><thead><tr><th>二级指标</th><th>权重</th><th>得分</th><th>加权得分</th></tr></thead><tbody>${groups}
<tr class="total"><td>合计（适用权重 ${ac.applicableWeight}%）</td><td></td><td></td><td class="n">${fmt(ac.weightedTotal, 2)}（折算 ${fmt(ac.normalised)}）</td></tr></tbody></table>
<h2>A.5 绩效指标</h2>
<table><thead><tr><th>指标类别</th><th>指标名称</th><th>目标值</th><th>实际值</th><th>结论</th></tr></thead><tbody>${targets}</tbody></table>
<h2>95% 置信区间（按联络）</h2>
<table><thead><tr><th>指标</th><th>联络数</th><th>估计值</th><th>95%区间</th><th>误差</th><th>±${st.targetMargin}分所需联络数</th></tr></thead><tbody>${stats}</tbody></table>
<p class="small">得分：均值的自助法百分位区间（1000次重抽样，固定种子），所需联络数 n = ⌈(1.96·s/${st.targetMargin})²⌉；比率：Wilson 得分区间，n = ⌈1.96²·p(1−p)/(${st.targetMargin}%)²⌉。区间按各联络自己的得分计算；上方得分为各评价项目在其适用联络上的平均之和，有不适用项目时两者可以不同。</p>
<div class="pagebreak"></div>
${s.overall.sheets.map((sheet) => sheetTable(data, sheet)).join('\n')}
</body></html>`;
}
