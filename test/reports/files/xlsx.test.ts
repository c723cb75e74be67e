import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxFormat } from '../../../reports/files/xlsx.js';
import { loadReportData } from '../../../reports/report-data.js';
import { OVERRIDE, scoredRun } from '../scored-run.js';

async function writtenWorkbook(review?: Parameters<typeof scoredRun>[0]) {
  const dir = await scoredRun(review);
  const data = await loadReportData(dir);
  const out = await mkdtemp(path.join(os.tmpdir(), 'ms-xlsx-'));
  const [file] = await xlsxFormat.write(data, out, {});
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file!);
  return { wb, data };
}

const formulaOf = (v: ExcelJS.CellValue) => (v && typeof v === 'object' && 'formula' in v ? v.formula : undefined);
const resultOf = (v: ExcelJS.CellValue) => (v && typeof v === 'object' && 'result' in v ? v.result : v);

describe('xlsx report (read back with exceljs)', () => {
  it('has a summary, one worksheet per sheet, statistics, contacts and the review log', async () => {
    const { wb, data } = await writtenWorkbook();
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('汇总');
    for (const s of data.summary.overall.sheets) expect(names).toContain(s.sheetId);
    expect(names).toEqual(expect.arrayContaining(['统计', '联络明细', '复核记录']));
  });

  it('lays each sheet out as Appendix D, with 合计 and 得分率 as formulas carrying their results', async () => {
    const { wb, data } = await writtenWorkbook();
    const sheet = data.summary.overall.sheets.find((s) => s.sheetId === 'D.1.1')!;
    const ws = wb.getWorksheet('D.1.1')!;
    expect(ws.getRow(3).values).toEqual([undefined, '评价项目', '评价内容', '分值', '得分', '备注']);
    expect(ws.getCell('A4').value).toBe(sheet.items[0]!.item);
    expect(ws.getCell('C4').value).toBe(sheet.items[0]!.max);
    // 备注: the evidence — which checks the item is made of and how often each failed in the run
    expect(ws.getCell('E4').value).toMatch(/^3次联络中2次适用.*开场问候未通过1\/2次.*自报工号/);
    const totalRow = 4 + sheet.items.length;
    expect(ws.getCell(`A${totalRow}`).value).toBe('合计');
    expect(formulaOf(ws.getCell(`D${totalRow}`).value)).toBe(`SUM(D4:D${totalRow - 1})`);
    expect(resultOf(ws.getCell(`D${totalRow}`).value)).toBe(sheet.total);
    expect(resultOf(ws.getCell(`C${totalRow}`).value)).toBe(30);
    expect(formulaOf(ws.getCell(`D${totalRow + 2}`).value)).toContain(`D${totalRow}/C${totalRow + 1}`);
    expect(resultOf(ws.getCell(`D${totalRow + 2}`).value)).toBe(sheet.normalised);
  });

  it('rolls up with formulas over the sheets: 服务质量, the ≥90 line, Appendix C and A.5', async () => {
    const { wb, data } = await writtenWorkbook();
    const ws = wb.getWorksheet('汇总')!;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((r) => rows.push(r));
    const find = (label: string) => rows.find((r) => r.getCell(1).value === label)!;
    const quality = find('服务质量');
    expect(formulaOf(quality.getCell(5).value)).toMatch(/'D\.1\.1'|SUM\(D/);
    expect(resultOf(quality.getCell(5).value)).toBe(data.summary.overall.qualityScore);
    expect(resultOf(find('达标线（第9章）').getCell(5).value)).toBe(data.summary.overall.pass ? '达标' : '未达标');
    const weighted = find('合计');
    expect(formulaOf(weighted.getCell(5).value)).toMatch(/^SUM\(E\d+:E\d+\)$/);
    expect(resultOf(weighted.getCell(5).value)).toBe(data.summary.overall.appendixC.weightedTotal);
    expect(rows.some((r) => r.getCell(1).value === '指标类别' && r.getCell(4).value === '实际值')).toBe(true);
    const regularity = rows.find((r) => r.getCell(2).value === '服务规范性')!;
    expect(formulaOf(regularity.getCell(4).value)).toMatch(/^'D\.1\.1'!D\d+$/);
  });

  it('prints on A4: paper size, fit to width, print areas, repeated header rows, column widths', async () => {
    const { wb } = await writtenWorkbook();
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup.paperSize, ws.name).toBe(9);
      expect(ws.pageSetup.fitToWidth, ws.name).toBe(1);
      expect(ws.pageSetup.printArea, ws.name).toMatch(/^A1:[A-Z]+\d+$/);
    }
    expect(wb.getWorksheet('联络明细')!.pageSetup.orientation).toBe('landscape');
    expect(wb.getWorksheet('联络明细')!.pageSetup.printTitlesRow).toBe('2:2');
    expect(wb.getWorksheet('D.1.1')!.getColumn(5).width).toBeGreaterThan(30);
  });

  it('lists one contact per row and marks a reviewed score with a fill and a note', async () => {
    const { wb, data } = await writtenWorkbook([OVERRIDE]);
    const ws = wb.getWorksheet('联络明细')!;
    expect(ws.getRow(2).getCell(1).value).toBe('联络编号');
    expect(ws.rowCount).toBe(2 + data.contacts.length);
    const row = [...Array(ws.rowCount).keys()].map((k) => ws.getRow(k + 1)).find((r) => r.getCell(1).value === OVERRIDE.contactId)!;
    const d11 = row.getCell(9);
    expect(d11.value).toBe(80); // 24 / 30 after the override
    expect((d11.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFE699');
    expect(String(typeof d11.note === 'string' ? d11.note : JSON.stringify(d11.note))).toContain('李评估');
    expect(row.getCell(row.cellCount).value).toBe('已人工复核');
    const sheetWs = wb.getWorksheet('D.1.1')!;
    expect((sheetWs.getCell('D4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFE699');
    expect((sheetWs.getCell('D5').fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe('FFFFE699');
    const log = wb.getWorksheet('复核记录')!;
    expect(log.getRow(3).getCell(2).value).toBe('李评估');
  });
});
