/**
 * report.html is written contact by contact from the shared report data (each transcript and its
 * findings read from the run folder as it is reached); the review page builds the same page data
 * from the whole run in memory. Both must carry the same data, reviewed or not.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../reports/html/model.js';
import { writeReportPage } from '../../../reports/html/page.js';
import { loadRunData } from '../../../reports/html/run-data.js';
import { writeHtmlReport } from '../../../reports/html/write-report.js';
import { buildReportRun, TOOL_FAILED_ID } from './run-fixture.js';

let dir: string;
beforeAll(async () => {
  dir = await buildReportRun();
});

/** The page's embedded data, parsed. */
function pageData(html: string): { run: unknown; contacts: { id: string }[]; strings: string[] } {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]!);
}

async function inMemoryPage(): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeReportPage(out, buildReportModel(await loadRunData(dir)));
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('writeHtmlReport, streamed contact by contact', () => {
  it('carries the same data as the page built from the whole run in memory, the unscored tool failure included', async () => {
    const result = await writeHtmlReport(dir);
    const streamed = pageData(await readFile(result.file, 'utf8'));
    expect(streamed).toEqual(pageData(await inMemoryPage()));
    expect(result.contacts).toBe(streamed.contacts.length);
    expect(streamed.contacts.map((c) => c.id)).toContain(TOOL_FAILED_ID);
  });

  it('and after a person changed a score (review.json): the change, the totals and the run figures follow alike', async () => {
    const model = buildReportModel(await loadRunData(dir));
    const contact = model.contacts.find((c) => c.sheets.length)!;
    const item = contact.sheets[0]!.items[0]!;
    const o = { kind: 'override', reviewer: '张评估', contactId: contact.id, sheetId: contact.sheets[0]!.id, item: item[0], old: item[3], reason: '复核', at: '2026-12-03T10:00:00Z', new: 0 };
    await writeFile(path.join(dir, 'review.json'), JSON.stringify({ schemaVersion: 1, entries: [o, { kind: 'sign-off', reviewer: '李评估', at: '2026-12-03T11:00:00Z' }] }));
    const streamed = pageData(await readFile((await writeHtmlReport(dir)).file, 'utf8'));
    expect(streamed).toEqual(pageData(await inMemoryPage()));
    expect(JSON.stringify(streamed.run)).toContain('李评估');
    expect(JSON.stringify(streamed.contacts.find((c) => c.id === contact.id))).toContain('张评估');
  });
});
