import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonFormat } from '../../reports/files/json.js';
import { xlsxFormat } from '../../reports/files/xlsx.js';
import { writeHtmlReport } from '../../reports/html/write-report.js';
import { loadReportData } from '../../reports/report-data.js';
import { SummarySchema } from '../../reports/summary-schema.js';
import type { RunSummary } from '../../scorers/sheets/summary.js';
import { reportBrowser, shot, collectPageErrors } from './html/browser.js';
import { scoredLoadRun } from './load-run.js';

describe('reports of a load run', () => {
  let dir: string;
  let summary: RunSummary;
  beforeAll(async () => {
    dir = await scoredLoadRun();
    summary = JSON.parse(await readFile(path.join(dir, 'summary.json'), 'utf8')) as RunSummary;
  });

  it('summary.json carries the load block and validates against the schema', () => {
    expect(SummarySchema.safeParse(summary).success).toBe(true);
    const load = summary.load!;
    // 8 agents, closed steps 4…12: the knee at 8, 10 fails
    expect(load.knee).toMatchObject({ status: 'knee', capacity: 8, firstFailing: 10 });
    expect(load.stages.map((s) => s.stage)).toEqual(['c4', 'c6', 'c8', 'c10', 'c12', 'soak']);
    expect(load.stability.status).toBe('stable');
    const d21 = summary.overall.sheets.find((s) => s.sheetId === 'D.2.1')!;
    expect(d21.items[2]).toMatchObject({ status: 'scored', score: 4.8 }); // 8 of the target 10
  });

  it('xlsx has a 负载测试 sheet with a row per stage and the whole run; report.json includes the load block', async () => {
    const data = await loadReportData(dir);
    const out = path.join(dir, 'reports');
    await xlsxFormat.write(data, out, {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'report.xlsx'));
    const ws = wb.getWorksheet('负载测试')!;
    expect(ws).toBeDefined();
    expect(ws.getCell(3, 1).value).toBe('c4');
    expect(ws.getCell(9, 1).value).toBe('全部');
    expect(ws.getCell(9, 3).value).toBe(summary.load!.overall.offered);
    await jsonFormat.write(data, out, {});
    const json = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'));
    expect(json.summary.load.knee.capacity).toBe(8);
  });

  describe('HTML', () => {
    const browser = reportBrowser();
    afterAll(() => browser.close());

    it('shows the load section: knee, the three load charts and the per-stage table (screenshot)', async () => {
      const { file } = await writeHtmlReport(dir);
      const html = await readFile(file, 'utf8');
      expect(html).toContain('id="load"');
      const page = await (await browser.get()).newPage({ viewport: { width: 1400, height: 1000 } });
      const errors = collectPageErrors(page);
      try {
        await page.goto(`file://${file}`);
        const section = page.locator('#load');
        await section.scrollIntoViewIfNeeded();
        expect(await section.locator('.load-kpis').innerText()).toContain('8 路');
        expect(await section.locator('svg').count()).toBe(3);
        expect(await section.locator('table.load-table tbody tr').count()).toBe(7);
        expect(await section.innerText()).toContain('并发处理能力为8路');
        await shot(page, 'load-section');
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
});
