/**
 * The score-sheet worksheets in the Appendix D layout (评价项目 / 评价内容 / 分值 / 得分 / 备注)
 * with 合计 as formulas, and the per-contact worksheet. Every formula carries its computed result
 * too, so a reader that does not recalculate (a viewer, exceljs itself) still shows the figure.
 */
import type { Style, Workbook, Worksheet } from 'exceljs';
import type { ScoreSheet } from '../../scorers/sheets/types.js';
import { evidenceNote } from '../evidence.js';
import { overrideFor, reviewedAggregate, type ReportData } from '../report-data.js';
import { a4, FONT, markReviewed, sheetName, sheetOptions, styleRow, title } from './xlsx-style.js';

/** Where a sheet's figures live, for the summary's formulas. */
export interface SheetCells {
  sheet: ScoreSheet;
  worksheet: Worksheet;
  ref: string;
  total: string;
  applicable: string;
  rate: string;
}

export const SCORE_COLUMNS = [18, 26, 9, 9, 50];

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

export function addScoreSheet(wb: Workbook, data: ReportData, sheet: ScoreSheet): SheetCells {
  const name = sheetName(sheet.sheetId);
  const ws = wb.addWorksheet(name, sheetOptions({ defaultRowHeight: 18, views: [{ state: 'frozen', ySplit: 3 }] }));
  ws.columns = SCORE_COLUMNS.map((width) => ({ width }));
  title(ws, 1, `${sheet.sheetId} ${sheet.title}`, 5);
  ws.mergeCells(2, 1, 2, 5);
  const scope = sheet.level === 'run' ? '按运行整体测得' : `${sheet.contacts ?? data.contacts.length} 次联络的平均：每项为其适用联络的平均分`;
  ws.getCell(2, 1).value = `运行 ${data.runId}；${scope}${sheet.vetoedContacts ? `；${sheet.vetoedContacts} 次联络被一票否决` : ''}`;
  ws.getCell(2, 1).font = { ...FONT, italic: true };
  ws.getRow(3).values = ['评价项目', '评价内容', '分值', '得分', '备注'];
  styleRow(ws, 3, 1, 5, true);
  const first = 4;
  sheet.items.forEach((it, k) => {
    const r = first + k;
    const evidence = evidenceNote(it, data.summary, sheet.level === 'contact' && sheet.contacts !== undefined);
    const note = it.status === 'manual' ? '待评估人员人工评分' : it.status === 'na' ? `不适用：${evidence}` : evidence;
    const row = ws.getRow(r);
    row.values = [it.item, it.content, it.max, it.score ?? null, note];
    styleRow(ws, r, 1, 5);
    ws.getCell(r, 4).numFmt = '0.0#';
    if (reviewedAggregate(data, sheet.sheetId, it.item)) markReviewed(ws.getCell(r, 4), overrideFor(data, undefined, sheet.sheetId, it.item));
  });
  const last = first + sheet.items.length - 1;
  const totalRow = last + 1;
  const C = `C${first}:C${last}`;
  const D = `D${first}:D${last}`;
  ws.getRow(totalRow).values = ['合计', '', { formula: `SUM(${C})`, result: sheet.items.reduce((s, i) => s + i.max, 0) }, { formula: `SUM(${D})`, result: sheet.total }, '不适用及待人工评分的项目不计入得分'];
  styleRow(ws, totalRow, 1, 5, true);
  ws.getRow(totalRow + 1).values = ['适用分值', '有得分的项目的分值之和', { formula: `SUMPRODUCT(ISNUMBER(${D})*${C})`, result: sheet.max }, '', '填入待人工评分项目的得分后自动计入'];
  ws.getRow(totalRow + 2).values = ['得分率', '得分 ÷ 适用分值 × 100', '', { formula: `IF(C${totalRow + 1}>0,D${totalRow}/C${totalRow + 1}*100,"")`, result: sheet.normalised ?? '' }, sheet.normalised === null ? '无可评分项目' : ''];
  styleRow(ws, totalRow + 1, 1, 5);
  styleRow(ws, totalRow + 2, 1, 5);
  ws.getCell(totalRow, 4).numFmt = '0.0#';
  ws.getCell(totalRow + 2, 4).numFmt = '0.0#';
  a4(ws, { printArea: `A1:E${totalRow + 2}`, titleRows: '3:3' });
  const ref = quote(name);
  return { sheet, worksheet: ws, ref, total: `${ref}!D${totalRow}`, applicable: `${ref}!C${totalRow + 1}`, rate: `${ref}!D${totalRow + 2}` };
}

const secs = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms / 100) / 10);
const OUTCOME_LABELS: Record<string, string> = { completed: '完成', 'no-answer': '未接通', busy: '占线', failed: '失败', abandoned: '中断' };

/** One style object for every data cell: the writer dedupes styles by object, 200,000 copies would each be serialised to compare. */
const CELL_STYLE: Partial<Style> = { font: FONT };

/**
 * The per-contact worksheet, written row by row: each row is committed (streamed out) as soon as it
 * is filled, so 10,000 contacts never sit in the workbook. Rows pause for the event loop now and
 * then, so the zip behind the writer drains as it goes.
 */
export async function addContactsSheet(wb: Workbook, data: ReportData): Promise<void> {
  const ws = wb.addWorksheet('联络明细', sheetOptions({ defaultRowHeight: 16, landscape: true, views: [{ state: 'frozen', ySplit: 2, xSplit: 1 }] }));
  const sheetIds = data.summary.overall.sheets.filter((s) => s.level === 'contact').map((s) => s.sheetId);
  const headers = ['联络编号', '场景', '渠道', '结果', '失败方', '接通(秒)', '首次响应(秒)', '时长(秒)', ...sheetIds.map((id) => `${id}得分率`), '服务质量', '达标', '复核'];
  const width = headers.length;
  title(ws, 1, `联络明细 — 运行 ${data.runId}`, width);
  ws.getRow(2).values = headers;
  // Column styles before the rows: new cells share the column's style instead of each getting one.
  ws.columns = headers.map((h, i) => ({ width: i === 0 ? 30 : i === 1 ? 22 : Math.max(8, h.length * 1.6 + 2), style: CELL_STYLE }));
  styleRow(ws, 2, 1, width, true);
  ws.getRow(2).commit();
  let r = 3;
  for (const c of data.contacts) {
    const bySheet = new Map(c.sheets.map((s) => [s.sheetId, s]));
    const review = c.reviewed ? '已人工复核' : c.signedOff ? '已签核' : '';
    const row = ws.getRow(r);
    row.values = [
      c.contactId,
      c.scenarioId,
      c.channel === 'voice' ? '语音' : c.channel === 'webchat' ? '在线' : c.channel,
      OUTCOME_LABELS[c.outcome] ?? c.outcome,
      c.failedBy === 'centre' ? '中心' : c.failedBy === 'harness' ? '测试工具' : '',
      secs(c.answerMs),
      secs(c.firstResponseMs),
      secs(c.durationMs),
      ...sheetIds.map((id) => bySheet.get(id)?.normalised ?? null),
      c.qualityScore,
      c.pass === null ? '' : c.pass ? '达标' : '未达标',
      review,
    ];
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.style = CELL_STYLE;
    });
    if (c.reviewed) {
      sheetIds.forEach((id, k) => {
        const sheet = bySheet.get(id);
        const changed = sheet?.items.map((it) => overrideFor(data, c.contactId, id, it.item)).filter((o) => o !== undefined) ?? [];
        if (!changed.length) return;
        const cell = ws.getCell(r, 9 + k);
        // its own style object: the fill must not land on the shared one
        cell.style = { ...CELL_STYLE };
        markReviewed(cell, changed[changed.length - 1], undefined);
      });
    }
    row.commit();
    if (++r % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  a4(ws, { landscape: true, printArea: `A1:${colLetter(width)}${Math.max(2, r - 1)}`, titleRows: '2:2' });
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: width } };
  ws.commit();
}

export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
