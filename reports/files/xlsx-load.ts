/**
 * The workbook's "负载测试" sheet (load runs only): the per-stage metrics table (the same columns
 * as the HTML report), the capacity knee per level and how it was found, 稳定性, errors by cause.
 */
import type ExcelJS from 'exceljs';
import type { LoadMetrics } from '../../scorers/load/types.js';
import { LOAD_COLUMNS, loadDefinitions, loadErrorRows, loadTableRows } from '../load-table.js';
import { a4, FONT, sheetOptions, styleRow, title } from './xlsx-style.js';

function note(ws: ExcelJS.Worksheet, r: number, text: string, width: number): number {
  ws.mergeCells(r, 1, r, width);
  const c = ws.getCell(r, 1);
  c.value = text;
  c.font = FONT;
  c.alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(r).height = Math.min(120, 15 * Math.ceil(text.length / 110));
  return r + 1;
}

function header(ws: ExcelJS.Worksheet, r: number, values: string[]): number {
  ws.getRow(r).values = values;
  styleRow(ws, r, 1, values.length, true);
  return r + 1;
}

export function addLoadSheet(wb: ExcelJS.Workbook, load: LoadMetrics): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('负载测试', sheetOptions({ landscape: true }));
  const width = LOAD_COLUMNS.length;
  ws.columns = LOAD_COLUMNS.map((c) => ({ width: c.kind === 'text' ? 16 : 10 }));
  title(ws, 1, `负载测试 ${load.profileId}：各阶段指标`, width);
  let r = header(ws, 2, LOAD_COLUMNS.map((c) => c.label));
  for (const row of loadTableRows(load)) {
    ws.getRow(r).values = row.map((v) => v ?? '—');
    styleRow(ws, r, 1, width);
    LOAD_COLUMNS.forEach((c, i) => {
      if (c.kind === 'rate' && typeof row[i] === 'number') ws.getCell(r, i + 1).numFmt = '0.0%';
    });
    r++;
  }
  r++;
  const k = load.knee;
  const capacity = k.capacity === null ? '—' : k.status === 'above-highest-offered' ? `≥${k.capacity}` : `${k.capacity}`;
  r = note(ws, r, `并发处理能力：${capacity} 路。${k.method}`, width);
  r = header(ws, r, ['并发级别', '依据', '阶段', '窗口数', '持续', '呼叫数', '接通', '接通率', '服务水平', 'ASA(秒)', '达标', '未达标原因']);
  for (const l of k.levels) {
    ws.getRow(r).values = [l.level, l.source === 'stage' ? '整个阶段' : '时间窗口', l.stages.join('、'), l.windows, l.sustained ? '是' : '否', l.offered, l.answered, l.answerRate ?? '—', l.serviceLevel ?? '—', l.asaMs === null ? '—' : Math.round(l.asaMs / 100) / 10, l.pass ? '是' : '否', l.failures.join('；')];
    styleRow(ws, r, 1, 12);
    for (const c of [8, 9]) ws.getCell(r, c).numFmt = '0.0%';
    r++;
  }
  r++;
  r = note(ws, r, `稳定性：${load.stability.verdict}`, width);
  const errors = loadErrorRows(load);
  if (errors.length) {
    r = header(ws, r, ['责任方', '错误代码', '次数']);
    for (const e of errors) {
      ws.getRow(r).values = e;
      styleRow(ws, r, 1, 3);
      r++;
    }
  }
  if (load.harnessLag?.warning) r = note(ws, r, `⚠ ${load.harnessLag.warning}`, width);
  r++;
  for (const d of loadDefinitions(load)) r = note(ws, r, d, width);
  a4(ws, { landscape: true, printArea: `A1:${String.fromCharCode(64 + width)}${r - 1}`, titleRows: '2:2' });
  return ws;
}
