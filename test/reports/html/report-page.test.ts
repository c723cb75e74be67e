import { writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../reports/html/model.js';
import { writeReportPage } from '../../../reports/html/page.js';
import { loadRunData } from '../../../reports/html/run-data.js';
import { writeHtmlReport } from '../../../reports/html/write-report.js';
import { collectPageErrors, reportBrowser, shot } from './browser.js';
import { buildReportRun, TOOL_FAILED_ID, VOICE_ID } from './run-fixture.js';

const browser = reportBrowser();
let dir: string;
let page: Page;
let errors: string[];

beforeAll(async () => {
  dir = await buildReportRun();
  await writeHtmlReport(dir);
  page = await (await browser.get()).newPage({ viewport: { width: 1400, height: 900 } });
  errors = collectPageErrors(page);
});
afterAll(() => browser.close());

const rowIds = (p: Page) => p.$$eval('#list .row', (rows) => rows.map((r) => r.getAttribute('data-id')));

describe('report.html opened from disk', () => {
  it('shows the overview against the pass line, with the server-rendered charts', async () => {
    await page.goto(pathToFileURL(path.join(dir, 'report.html')).href);
    const model = buildReportModel(await loadRunData(dir));
    expect(await page.textContent('#quality-score')).toBe(String(model.run.quality));
    expect(await page.textContent('#headline')).toContain('合格线 ≥ 90');
    expect(await page.locator('#overview .charts svg').count()).toBe(3);
    expect(await page.locator('#run-sheets table.sheet').count()).toBe(model.run.sheets.length);
    await shot(page, 'report-overview');
  });

  it('lists scored contacts, unreached contacts and tool failures apart, and filters them', async () => {
    await page.click('nav.tabs button[data-tab="contacts"]');
    expect((await rowIds(page)).sort()).toEqual([VOICE_ID, 'card-replacement-webchat-1', 'card-replacement-webchat-2']);
    await page.click('.group-tabs button[data-group="tool"]');
    expect(await rowIds(page)).toEqual([TOOL_FAILED_ID]);
    await page.click('.group-tabs button[data-group="unreached"]');
    expect(await rowIds(page)).toEqual(['card-replacement-voice-1']);
    await page.click('.group-tabs button[data-group="scored"]');
    await page.selectOption('#f-channel', 'voice');
    expect(await rowIds(page)).toEqual([VOICE_ID]);
    await page.selectOption('#f-channel', '');
    await page.selectOption('#f-check', 'hold-etiquette');
    expect(await rowIds(page)).toContain(VOICE_ID);
    await page.selectOption('#f-check', '');
  });

  it('opens a contact: evidence highlighted in the transcript with its reason, timeline, and the recording seeks to a clicked turn', async () => {
    await page.click(`#list .row[data-id="${VOICE_ID}"]`);
    const mark = page.locator('.turn[data-turn="4"] mark.fail').first();
    expect(await mark.getAttribute('title')).toMatch(/^等待礼仪：/);
    expect(await page.locator('.turn[data-turn="4"] ul.why').textContent()).toContain('等待礼仪 ✗');
    expect(await page.locator('.timeline rect.hold').count()).toBe(1);
    expect(await page.locator('.timeline rect.overlap').count()).toBeGreaterThanOrEqual(1); // turns 1 and 2 overlap
    await page.waitForFunction(() => (document.getElementById('player') as HTMLAudioElement | null)?.readyState! >= 1);
    await page.click('.turn[data-turn="5"]');
    // turn 5 starts at 41 s on the contact's clock; the recording starts at the answer (2 s)
    await page.waitForFunction(() => (document.getElementById('player') as HTMLAudioElement).currentTime >= 39);
    const t = await page.evaluate(() => (document.getElementById('player') as HTMLAudioElement).currentTime);
    expect(t).toBeLessThan(60);
    await page.click('.timeline rect.tl-turn[data-turn="0"]');
    await page.waitForFunction(() => (document.getElementById('player') as HTMLAudioElement).currentTime < 20);
    expect(await page.evaluate(() => (document.getElementById('player') as HTMLAudioElement).currentTime)).toBeGreaterThanOrEqual(1);
    await page.click('.turn[data-turn="5"]');
    await shot(page, 'report-contact');
    expect(errors).toEqual([]);
    // a finding quoting several phrases of one turn (resolution: 二十元 and 七个工作日 in turn 5) is
    // marked at each and listed under the turn once
    await page.click('#list .row[data-id="card-replacement-webchat-1"]');
    expect(await page.locator('.turn[data-turn="5"] mark').count()).toBeGreaterThanOrEqual(2);
    const repeats = await page.$$eval('.turn ul.why', (lists) => lists.flatMap((ul) => {
      const items = Array.from(ul.querySelectorAll('li'), (li) => li.textContent);
      return items.filter((t, k) => items.indexOf(t) !== k);
    }));
    expect(repeats).toEqual([]);
  });

  it('keeps only the visible rows of a long list in the DOM', async () => {
    const model = buildReportModel(await loadRunData(dir));
    const template = model.contacts.find((c) => c.id === VOICE_ID)!;
    model.contacts = Array.from({ length: 3000 }, (_, k) => ({ ...template, id: `bulk-${String(k).padStart(5, '0')}` }));
    const file = path.join(dir, 'bulk.html');
    const out = createWriteStream(file);
    await writeReportPage(out, model);
    out.end();
    await finished(out);
    await page.goto(pathToFileURL(file).href + `#bulk-00010`);
    expect(await page.textContent('#list-count')).toBe('3000 条联络');
    const rendered = await page.locator('#list .row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(80);
    await page.$eval('#list', (el) => { el.scrollTop = el.scrollHeight; });
    await page.waitForSelector('#list .row[data-id="bulk-02999"]');
    expect(await page.locator('#list .row').count()).toBeLessThan(80);
    expect(errors).toEqual([]);
    await writeFile(file, ''); // 3,000 copies are not worth keeping
  });
});
