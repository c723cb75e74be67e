/**
 * The report records scoring writes (reports/records/): every format written from them is the same
 * as written from the run's own files — masked with the same names learnt in the same order —
 * and a run without them, or whose files changed since, is read from its own files.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreRunDir } from '../../../harness/scoring/score-run.js';
import type { Interaction } from '../../../harness/interaction/types.js';
import { writeHtmlReportFrom } from '../../../reports/html/write-report.js';
import { loadReportData, type ReportData } from '../../../reports/report-data.js';
import { openReportRecords } from '../../../reports/records/record-reader.js';
import { RECORDS_DIR, RECORDS_INDEX } from '../../../reports/records/record-types.js';
import { REPORT_FORMATS } from '../../../reports/registry.js';
import { OVERRIDE } from '../scored-run.js';
import { buildReportRun, VOICE_ID } from '../html/run-fixture.js';

const FORMATS = ['html', 'xlsx', 'junit', 'json'] as const;
const UNSCORED_ID = 'card-replacement-webchat-9';

/** ECharts numbers its SVG classes per process: a second page of the same process differs there only. */
const sameCharts = (html: string) => html.replace(/zr\d+-cls-\d+/g, 'zr-cls');

async function editContact(dir: string, id: string, edit: (i: Interaction) => void): Promise<void> {
  const file = path.join(dir, 'contacts', `${id}.json`);
  const i = JSON.parse(await readFile(file, 'utf8')) as Interaction;
  edit(i);
  await writeFile(file, JSON.stringify(i, null, 2));
}

/**
 * The HTML fixture run with names for the masker to learn — two that overlap (张伟明 and 张伟: the
 * order they are learnt in decides how 张伟明 is masked) — a contact scoring rejects (stored, not
 * scored) and a reviewer's change, scored again so that it has records.
 */
async function runWithRecords(): Promise<string> {
  const dir = await buildReportRun();
  await editContact(dir, 'card-replacement-webchat-1', (i) => {
    i.turns[1]!.text = '你好，我叫张伟明，手机138 0013 8000，银行卡丢了';
  });
  await editContact(dir, 'card-replacement-webchat-2', (i) => {
    i.turns[1]!.text = '我是张伟，身份证110105194912310021';
  });
  const stored = JSON.parse(await readFile(path.join(dir, 'contacts', 'card-replacement-webchat-2.json'), 'utf8')) as Interaction;
  // schemaVersion 2 is not an Interaction scoring takes: it is listed in the HTML report only
  await writeFile(path.join(dir, 'contacts', `${UNSCORED_ID}.json`), JSON.stringify({ ...stored, contactId: UNSCORED_ID, schemaVersion: 2 }));
  await writeFile(path.join(dir, 'review.json'), JSON.stringify({ schemaVersion: 1, entries: [{ ...OVERRIDE, reason: '录音复听：客户张伟明未被核实身份' }] }));
  await scoreRunDir(dir);
  return dir;
}

/** Cell values of every worksheet, as exceljs reads them back. */
async function workbookValues(file: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ({ name: ws.name, rows: ws.getSheetValues().map((r) => JSON.stringify(r)) }));
}

/** Every format written from `data` into `<dir>/<out>`; their contents, comparable. */
async function reports(data: ReportData, dir: string, out: string): Promise<Record<string, unknown>> {
  const outDir = path.join(dir, out);
  const texts: Record<string, unknown> = {};
  for (const name of FORMATS) {
    const [file] = await REPORT_FORMATS[name]!.write(data, outDir, { workers: 0 });
    texts[name] = name === 'xlsx' ? await workbookValues(file!) : name === 'html' ? sameCharts(await readFile(file!, 'utf8')) : await readFile(file!, 'utf8');
  }
  return texts;
}

let dir: string;
beforeAll(async () => {
  dir = await runWithRecords();
}, 60_000);

describe('report records', () => {
  it('are written by scoring and read by a report; every format is the same as from the run’s own files', async () => {
    const fromRecords = await loadReportData(dir);
    const fromFiles = await loadReportData(dir, { records: false });
    expect(fromRecords.readFrom).toBe('records');
    expect(fromFiles.readFrom).toBe('run-files');
    // the same names, learnt in the same order (张伟明 before 张伟)
    expect(fromRecords.maskOptions).toEqual(fromFiles.maskOptions);
    expect(fromRecords.maskOptions!.personaNames!.indexOf('张伟明')).toBeLessThan(fromRecords.maskOptions!.personaNames!.indexOf('张伟'));
    const a = await reports(fromRecords, dir, 'from-records');
    const b = await reports(fromFiles, dir, 'from-files');
    for (const name of FORMATS) expect(a[name], name).toEqual(b[name]);
    // what the records carried is masked as shown, and the contact scoring rejected is listed
    const html = a.html as string;
    expect(html).toContain('张**');
    expect(html).not.toContain('张伟明');
    expect(html).not.toContain('138 0013 8000');
    expect(html).toContain(UNSCORED_ID);
  }, 60_000);

  it('are read by the HTML report’s worker threads too: the same page as from one thread', async () => {
    const data = await loadReportData(dir);
    expect(data.readFrom).toBe('records');
    const page = async (workers: number) => {
      const file = path.join(dir, `workers-${workers}.html`);
      await writeHtmlReportFrom(data, file, { workers, chunk: 1 });
      return sameCharts(await readFile(file, 'utf8'));
    };
    const one = await page(0);
    expect(one).not.toContain('张伟明');
    expect(await page(2)).toBe(one);
  }, 60_000);

  it('are masked with the options of the day: unmasked reports show the texts as recorded', async () => {
    const html = async (records: boolean) => {
      const data = await loadReportData(dir, { privacy: { mask: false }, records });
      return (await reports(data, dir, `unmasked-${records}`)).html as string;
    };
    const fromRecords = await html(true);
    expect(fromRecords).toContain('138 0013 8000');
    expect(fromRecords).toBe(await html(false));
  }, 60_000);

  it('are not used when a contact file changed since scoring; the report shows the file as it is', async () => {
    const run = await runWithRecords();
    expect(openReportRecords(run)).not.toBeNull();
    // rewritten in place, as an editor would: contacts/ itself keeps its time
    await editContact(run, VOICE_ID, (i) => {
      i.turns[0]!.text = '您好，这是改过的开场白';
    });
    expect(openReportRecords(run)).toBeNull();
    const data = await loadReportData(run);
    expect(data.readFrom).toBe('run-files');
    const [file] = await REPORT_FORMATS.html!.write(data, path.join(run, 'out'), { workers: 0 });
    expect(await readFile(file!, 'utf8')).toContain('这是改过的开场白');
  }, 60_000);

  it('are not used when sheets.json or findings.json changed, a contact was added, or the index is torn', async () => {
    const run = await runWithRecords();
    const sheets = path.join(run, 'sheets.json');
    const text = await readFile(sheets, 'utf8');
    await writeFile(sheets, `${text}\n`);
    expect(openReportRecords(run)).toBeNull();
    await scoreRunDir(run);
    expect(openReportRecords(run)).not.toBeNull();
    const findings = path.join(run, 'findings.json');
    await writeFile(findings, `${await readFile(findings, 'utf8')} `);
    expect(openReportRecords(run)).toBeNull();
    await scoreRunDir(run);
    await writeFile(path.join(run, 'contacts', 'late-1.json'), await readFile(path.join(run, 'contacts', 'card-replacement-voice-1.json')));
    expect(openReportRecords(run)).toBeNull();
    await scoreRunDir(run);
    expect(openReportRecords(run)).not.toBeNull();
    const index = path.join(run, RECORDS_DIR, RECORDS_INDEX);
    await writeFile(index, (await readFile(index, 'utf8')).slice(0, 100));
    expect(openReportRecords(run)).toBeNull();
    expect((await loadReportData(run)).readFrom).toBe('run-files');
  }, 60_000);

  it('a run scored before the records existed is read from its own files, with the same reports', async () => {
    const run = await runWithRecords();
    const before = await reports(await loadReportData(run), run, 'with');
    await rm(path.join(run, RECORDS_DIR), { recursive: true });
    const data = await loadReportData(run);
    expect(data.readFrom).toBe('run-files');
    expect(await reports(data, run, 'without')).toEqual(before);
  }, 60_000);

  it('Interactions held in memory (a run that just ended) are newer than any records: the run’s files are read', async () => {
    const i = JSON.parse(await readFile(path.join(dir, 'contacts', 'card-replacement-voice-1.json'), 'utf8')) as Interaction;
    expect((await loadReportData(dir, { interactions: [i] })).readFrom).toBe('run-files');
  }, 60_000);
});
