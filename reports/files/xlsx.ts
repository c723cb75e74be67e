/**
 * The assessor's workbook (exceljs): 汇总 (Appendix C roll-up, the ch.9 ≥90 pass line, the A.5
 * table), one worksheet per score sheet in the Appendix D layout, 统计 (95% intervals), 联络明细
 * and 复核记录. Totals, roll-ups and A.5 actuals are formulas over the sheets, so an assessor who
 * changes a 得分 sees every figure that depends on it follow.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { FileReportFormat } from '../file-reporter.js';
import type { ReportData } from '../report-data.js';
import { addLoadSheet } from './xlsx-load.js';
import { addContactsSheet, addScoreSheet, SCORE_COLUMNS, type SheetCells } from './xlsx-sheets.js';
import { a4, FONT, markReviewed, sheetOptions, styleRow, title } from './xlsx-style.js';

const UNIT_LABELS: Record<string, string> = { score: '分', rate: '比率', ms: '秒', count: '个' };

function addSummarySheet(ws: ExcelJS.Worksheet, data: ReportData, cells: SheetCells[]): void {
  const s = data.summary;
  ws.columns = SCORE_COLUMNS.map((width) => ({ width }));
  title(ws, 1, `模拟测试评价汇总 — ${s.rubric.title}`, 5);
  const info: [string, string | number][] = [
    ['运行编号', data.runId],
    ['联络数', `${s.contacts}（完成 ${s.outcomes.completed ?? 0}，未接通 ${s.outcomes['no-answer'] ?? 0}，占线 ${s.outcomes.busy ?? 0}，失败 ${s.outcomes.failed ?? 0}，中断 ${s.outcomes.abandoned ?? 0}）`],
    ['人工复核', data.overrides.size ? `${data.overrides.size} 处得分经人工修改（黄色单元格，批注说明修改人与理由）` : '无'],
    ['签核', data.signOffs.length ? data.signOffs.map((x) => `${x.reviewer} ${x.at}${x.contactId ? `（${x.contactId}）` : ''}`).join('；') : '未签核'],
  ];
  let r = 2;
  for (const [k, v] of info) {
    ws.getCell(r, 1).value = k;
    ws.mergeCells(r, 2, r, 5);
    ws.getCell(r, 2).value = v;
    styleRow(ws, r, 1, 5);
    ws.getCell(r, 1).font = { ...FONT, bold: true };
    r++;
  }

  // ch.9: 服务质量 over the quality sheets, against the pass line.
  r++;
  ws.getRow(r).values = ['打分表', '名称', '适用分值', '得分', '得分率'];
  styleRow(ws, r, 1, 5, true);
  r++;
  const rowOf = new Map<string, number>();
  for (const c of cells) {
    ws.getRow(r).values = [c.sheet.sheetId, c.sheet.title, { formula: c.applicable, result: c.sheet.max }, { formula: c.total, result: c.sheet.total }, { formula: c.rate, result: c.sheet.normalised ?? '' }];
    styleRow(ws, r, 1, 5);
    ws.getCell(r, 5).numFmt = '0.0#';
    rowOf.set(c.sheet.sheetId, r);
    r++;
  }
  const groupFormula = (group: string) => {
    const rows = cells.filter((c) => c.sheet.group === group).map((c) => rowOf.get(c.sheet.sheetId)!);
    if (!rows.length) return null;
    const sum = (col: string) => rows.map((x) => `${col}${x}`).join(',');
    return `IF(SUM(${sum('C')})>0,SUM(${sum('D')})/SUM(${sum('C')})*100,"")`;
  };
  const qualityRow = r;
  const qf = groupFormula('quality');
  ws.getRow(r).values = ['服务质量', '质量类打分表得分之和 ÷ 适用分值之和 × 100', '', '', qf ? { formula: qf, result: s.overall.qualityScore ?? '' } : '不适用'];
  styleRow(ws, r, 1, 5, true);
  ws.getCell(r, 5).numFmt = '0.0#';
  if ([...data.overrides.values()].length) markReviewed(ws.getCell(r, 5), undefined, '含人工复核后的得分');
  r++;
  ws.getRow(r).values = ['达标线（第9章）', `服务质量 ≥ ${s.passLine}`, s.passLine, '', { formula: `IF(E${qualityRow}="","不适用",IF(E${qualityRow}>=C${r},"达标","未达标"))`, result: s.overall.pass === null ? '不适用' : s.overall.pass ? '达标' : '未达标' }];
  styleRow(ws, r, 1, 5, true);
  r += 2;

  // Appendix C.1: 服务特性评价得分 = Σ(二级指标得分 × 权重).
  ws.mergeCells(r, 1, r, 5);
  ws.getCell(r, 1).value = '附录C 服务特性评价得分 = Σ（二级指标得分 × 二级指标权重）';
  ws.getCell(r, 1).font = { ...FONT, bold: true };
  r++;
  ws.getRow(r).values = ['二级指标', '计算', '权重(%)', '得分', '加权得分'];
  styleRow(ws, r, 1, 5, true);
  r++;
  const firstGroup = r;
  for (const g of s.overall.appendixC.groups) {
    const f = groupFormula(g.group);
    ws.getRow(r).values = [g.label, f ? '所属打分表得分 ÷ 适用分值 × 100' : '模拟测试无法观测', g.weight, f ? { formula: f, result: g.score ?? '' } : null, f ? { formula: `IF(D${r}="","",D${r}*C${r}/100)`, result: g.weighted ?? '' } : null];
    styleRow(ws, r, 1, 5);
    ws.getCell(r, 4).numFmt = '0.0#';
    ws.getCell(r, 5).numFmt = '0.0#';
    r++;
  }
  const lastGroup = r - 1;
  const ac = s.overall.appendixC;
  ws.getRow(r).values = ['合计', '适用二级指标的加权得分之和', { formula: `SUMPRODUCT(ISNUMBER(E${firstGroup}:E${lastGroup})*C${firstGroup}:C${lastGroup})`, result: ac.applicableWeight }, '', { formula: `SUM(E${firstGroup}:E${lastGroup})`, result: ac.weightedTotal }];
  styleRow(ws, r, 1, 5, true);
  r++;
  ws.getRow(r).values = ['折算得分', '合计 ÷ 适用权重 × 100（满分100）', '', '', { formula: `IF(C${r - 1}>0,E${r - 1}/C${r - 1}*100,"")`, result: ac.normalised ?? '' }];
  styleRow(ws, r, 1, 5, true);
  ws.getCell(r, 5).numFmt = '0.0#';
  r += 2;

  // A.5 绩效指标.
  ws.mergeCells(r, 1, r, 5);
  ws.getCell(r, 1).value = 'A.5 绩效指标';
  ws.getCell(r, 1).font = { ...FONT, bold: true };
  r++;
  ws.getRow(r).values = ['指标类别', '指标名称', '目标值', '实际值', '说明'];
  styleRow(ws, r, 1, 5, true);
  r++;
  for (const t of s.targets ?? []) {
    const sheetCells = t.unit === 'score' ? cells.find((c) => c.sheet.dimension === t.indicator) : undefined;
    const toSeconds = (v: number | null) => (v === null ? null : t.unit === 'ms' ? v / 1000 : v);
    const actual = sheetCells ? { formula: sheetCells.rate, result: t.actual ?? '' } : toSeconds(t.actual);
    const cmp = t.direction === 'min' ? '≥' : '≤';
    const met = t.met === null ? '' : t.met ? '达标' : '未达标';
    const note = [`单位：${UNIT_LABELS[t.unit] ?? t.unit}`, t.target !== null ? `目标 ${cmp} 目标值` : '', t.actual === null ? '模拟测试无法观测' : met, t.note ?? ''].filter(Boolean).join('；');
    ws.getRow(r).values = [t.category, t.indicator, toSeconds(t.target), actual, note];
    styleRow(ws, r, 1, 5);
    const fmt = t.unit === 'rate' ? '0.00%' : '0.0#';
    ws.getCell(r, 3).numFmt = fmt;
    ws.getCell(r, 4).numFmt = fmt;
    r++;
  }
  a4(ws, { printArea: `A1:E${r - 1}` });
}

function addStatisticsSheet(wb: ExcelJS.Workbook, data: ReportData): ExcelJS.Worksheet {
  const st = data.statistics;
  const ws = wb.addWorksheet('统计', sheetOptions({ landscape: true }));
  const headers = ['指标', '联络数', '估计值', '95%下限', '95%上限', '±误差(分)', `±${st.targetMargin}分所需联络数`, '还需联络数', '方法'];
  ws.columns = [24, 8, 9, 9, 9, 10, 14, 10, 26].map((width) => ({ width }));
  title(ws, 1, '得分与比率的95%置信区间（按联络）', headers.length);
  ws.getRow(2).values = headers;
  styleRow(ws, 2, 1, headers.length, true);
  let r = 3;
  const rows = [...st.sheets.map((x) => ({ label: `${x.sheetId} ${x.title}`, i: x.interval, rate: false })), { label: '服务质量', i: st.qualityScore, rate: false }, ...st.rates.map((x) => ({ label: x.label, i: x.interval, rate: true }))];
  for (const { label, i, rate } of rows) {
    ws.getRow(r).values = [label, i.n, i.estimate, i.low, i.high, i.margin, i.needed, i.more, i.method === 'wilson' ? 'Wilson 得分区间' : i.method === 'normal' ? '正态近似（均值 ± 1.96·s/√n，n > 2000）' : '自助法百分位（1000次重抽样，固定种子）'];
    styleRow(ws, r, 1, headers.length);
    if (rate) for (const c of [3, 4, 5]) ws.getCell(r, c).numFmt = '0.0%';
    r++;
  }
  r++;
  const notes = [
    `得分：n = ⌈(1.96 × s ÷ ${st.targetMargin})²⌉，s 为各联络得分的标准差；区间为均值的自助法百分位区间。`,
    `比率：n = ⌈1.96² × p(1−p) ÷ (${st.targetMargin}%)²⌉，p 为观测比率；区间为 Wilson 得分区间。`,
    '区间按各联络自己的得分计算；汇总表的得分是各评价项目在其适用联络上的平均之和，有不适用项目时两者可以不同。',
  ];
  for (const n of notes) {
    ws.mergeCells(r, 1, r, headers.length);
    ws.getCell(r, 1).value = n;
    ws.getCell(r, 1).font = FONT;
    r++;
  }
  a4(ws, { landscape: true, printArea: `A1:I${r - 1}`, titleRows: '2:2' });
  return ws;
}

function addReviewSheet(wb: ExcelJS.Workbook, data: ReportData): void {
  const ws = wb.addWorksheet('复核记录', sheetOptions({ landscape: true }));
  const headers = ['时间', '复核人', '类型', '联络编号', '打分表', '评价项目', '原得分', '新得分', '理由'];
  ws.columns = [20, 10, 8, 28, 8, 16, 8, 8, 40].map((width) => ({ width }));
  title(ws, 1, '复核记录（review.json，按记录顺序）', headers.length);
  ws.getRow(2).values = headers;
  styleRow(ws, 2, 1, headers.length, true);
  let r = 3;
  for (const e of data.review.entries) {
    ws.getRow(r).values = e.kind === 'override' ? [e.at, e.reviewer, '改分', e.contactId ?? '（整体）', e.sheetId, e.item, e.old, e.new, e.reason] : [e.at, e.reviewer, '签核', e.contactId ?? '（整体）', '', '', null, null, e.note ?? ''];
    styleRow(ws, r, 1, headers.length);
    r++;
  }
  a4(ws, { landscape: true, printArea: `A1:I${Math.max(2, r - 1)}`, titleRows: '2:2' });
}

/**
 * The workbook through exceljs' streaming writer: the small sheets are built and committed first,
 * then the contacts are streamed row by row, so the workbook's memory does not grow with the run.
 */
export async function writeWorkbook(data: ReportData, file: string): Promise<void> {
  // Deterministic file properties: the same run gives the same workbook content.
  const at = data.manifest?.updatedAt ? new Date(data.manifest.updatedAt) : new Date(0);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  wb.creator = 'mystery-shopper';
  wb.created = at;
  wb.modified = at;
  recalculateOnOpen(wb);
  // sheet order = order added; the summary needs the score sheets' cells, so it is filled after them
  const summary = wb.addWorksheet('汇总', sheetOptions());
  const cells = data.summary.overall.sheets.map((sheet) => addScoreSheet(wb, data, sheet));
  addSummarySheet(summary, data, cells);
  const small = [summary, ...cells.map((c) => c.worksheet), addStatisticsSheet(wb, data)];
  // a load run: the per-stage load metrics and the knee (reports/files/xlsx-load.ts)
  if (data.summary.load) small.push(addLoadSheet(wb, data.summary.load));
  // the small sheets go out before the contacts, which then stream straight into the zip
  for (const ws of small) (ws as unknown as { commit(): void }).commit();
  await addContactsSheet(wb, data);
  addReviewSheet(wb, data);
  await wb.commit();
}

/**
 * Excel recalculates every formula when the file is opened (calcPr fullCalcOnLoad), as the
 * in-memory writer's calcProperties did: the streaming writer has no such setting, so its
 * workbook.xml gets the attribute on the way into the zip.
 */
function recalculateOnOpen(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const writer = wb as unknown as { zip: { append(content: unknown, opts: { name: string }): unknown } };
  const append = writer.zip.append.bind(writer.zip);
  writer.zip.append = (content, opts) => {
    if (opts.name === '/xl/workbook.xml' && typeof content === 'string') content = content.replace(/<calcPr\b(?![^>]*fullCalcOnLoad)/, '<calcPr fullCalcOnLoad="1"');
    return append(content, opts);
  };
}

export const XLSX_FILE = 'report.xlsx';

export const xlsxFormat: FileReportFormat = {
  name: 'xlsx',
  description: 'Excel workbook: Appendix D sheets with formula totals, summary (Appendix C, ch.9, A.5), statistics, contacts',
  async write(data, outDir) {
    await mkdir(outDir, { recursive: true });
    const file = path.join(outDir, XLSX_FILE);
    await writeWorkbook(data, file);
    return [file];
  },
};
