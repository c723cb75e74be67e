import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReview } from '../../../harness/cli/commands/review.js';
import type { ReviewServer } from '../../../reports/review/server.js';
import { collectPageErrors, reportBrowser, shot } from '../html/browser.js';
import { buildReportRun, VOICE_ID } from '../html/run-fixture.js';

const browser = reportBrowser();
const CONTACT = 'card-replacement-webchat-1';
const ITEM = '服务流程规范性';
let dir: string;
let server: ReviewServer;
let printed = '';

beforeAll(async () => {
  dir = await buildReportRun();
  const out = new PassThrough();
  out.on('data', (c: Buffer) => (printed += c.toString()));
  server = await startReview(dir, {}, out);
});
afterAll(async () => {
  await server?.close();
  await browser.close();
});

const base = () => server.url.slice(0, server.url.indexOf('?'));
const reviewJson = async () => JSON.parse(await readFile(path.join(dir, 'review.json'), 'utf8'));
const post = (route: string, body: unknown) =>
  fetch(`${base()}${route}?token=${encodeURIComponent(server.token)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function openContact(page: Page, id: string): Promise<void> {
  await page.click('nav.tabs button[data-tab="contacts"]');
  await page.fill('#f-q', id);
  await page.click(`#list .row[data-id="${id}"]`);
  await page.waitForSelector(`#detail h2:text-is("${id}")`);
}

const itemScore = (page: Page, sheet: string, item: string, scope = '#contact-sheets') => page.locator(`${scope} table[data-sheet="${sheet}"] tr[data-item="${item}"] td.score`).textContent();

describe('review <runDir>: the token', () => {
  it('prints a 127.0.0.1 URL with a random token, and serves nothing without it', async () => {
    expect(printed).toContain(server.url);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    expect((await fetch(base())).status).toBe(401);
    expect((await fetch(`${base()}?token=wrong`)).status).toBe(403);
    expect((await fetch(`${base()}files/recordings/${VOICE_ID}.wav`)).status).toBe(401);
    expect((await fetch(`${base()}api/override`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(401);
    expect((await fetch(server.url)).status).toBe(200);
  });

  it('serves recordings (with ranges, for seeking) and nothing else of the run folder', async () => {
    const audio = await fetch(`${base()}files/recordings/${VOICE_ID}.wav?token=${server.token}`, { headers: { range: 'bytes=0-99' } });
    expect(audio.status).toBe(206);
    expect((await audio.arrayBuffer()).byteLength).toBe(100);
    expect((await fetch(`${base()}files/summary.json?token=${server.token}`)).status).toBe(404);
    expect((await fetch(`${base()}files/recordings/..%2F..%2Fsummary.json?token=${server.token}`)).status).toBe(404);
  });
});

describe('review page in Chromium', () => {
  it('overrides a score with a required reason; after a reload the page and review.json show the new total', async () => {
    const page = await (await browser.get()).newPage({ viewport: { width: 1400, height: 900 } });
    const errors = collectPageErrors(page);
    await page.goto(server.url);
    await page.fill('#reviewer', '张评估');
    await page.dispatchEvent('#reviewer', 'change');
    await openContact(page, CONTACT);
    const before = Number(await page.textContent('#contact-quality'));
    await page.click(`#contact-sheets button.edit[data-sheet="D.1.1"][data-item="${ITEM}"]`);
    await page.fill('.edit-form input[name="score"]', '3');
    await page.click('.edit-form button[type="submit"]');
    expect(await page.textContent('#review-msg')).toContain('必须填写修改理由');
    await expect(readFile(path.join(dir, 'review.json'))).rejects.toThrow(/ENOENT/);

    await page.fill('.edit-form textarea[name="reason"]', '复听录音：未核实身份即办理');
    await page.click('.edit-form button[type="submit"]');
    await page.waitForSelector('#review-msg:has-text("已保存")');
    await shot(page, 'review-after-override');

    await page.reload();
    await openContact(page, CONTACT);
    expect((await itemScore(page, 'D.1.1', ITEM))!).toMatch(/^3\s*人工修改/);
    const after = Number(await page.textContent('#contact-quality'));
    expect(after).toBeLessThan(before);
    const file = await reviewJson();
    expect(file.entries).toEqual([
      { kind: 'override', at: expect.any(String), reviewer: '张评估', contactId: CONTACT, sheetId: 'D.1.1', item: ITEM, old: 10, new: 3, reason: '复听录音：未核实身份即办理' },
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fills in an item the tool leaves to the assessor (整体满意度, run level) and signs the run off', async () => {
    const page = await (await browser.get()).newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.fill('#reviewer', '李复核');
    await page.dispatchEvent('#reviewer', 'change');
    await page.click('nav.tabs button[data-tab="overview"]');
    const total = () => page.locator('#run-sheets table[data-sheet="D.3.1"] td.total').textContent();
    const totalBefore = Number(await total());
    await page.click('#run-sheets button.edit[data-sheet="D.3.1"][data-item="整体满意度"]');
    await page.fill('#run-sheets .edit-form input[name="score"]', '18');
    await page.fill('#run-sheets .edit-form textarea[name="reason"]', '依据中心提供的客户调研数据');
    await page.click('#run-sheets .edit-form button[type="submit"]');
    await page.waitForSelector('#review-msg:has-text("已保存")');
    expect(Number(await total())).toBeCloseTo(totalBefore + 18, 5);
    await page.click('#signoff');
    await page.waitForSelector('#review-msg:has-text("已签核")');
    await shot(page, 'review-overview-signed');
    const entries = (await reviewJson()).entries;
    expect(entries.at(-2)).toMatchObject({ kind: 'override', reviewer: '李复核', sheetId: 'D.3.1', item: '整体满意度', old: null, new: 18 });
    expect(entries.at(-2).contactId).toBeUndefined();
    expect(entries.at(-1)).toMatchObject({ kind: 'sign-off', reviewer: '李复核' });
    await page.close();
  });

  it('two reviewers edit the same item: the second is refused (409), its page reloads the item, nothing is lost', async () => {
    const b = await browser.get();
    const [pageA, pageB] = await Promise.all([b.newPage({ viewport: { width: 1400, height: 900 } }), b.newPage({ viewport: { width: 1400, height: 900 } })]);
    for (const [page, who] of [[pageA, '甲'], [pageB, '乙']] as const) {
      await page.goto(server.url);
      await page.fill('#reviewer', who);
      await page.dispatchEvent('#reviewer', 'change');
      await openContact(page, VOICE_ID);
      await page.click(`#contact-sheets button.edit[data-sheet="D.1.2"][data-item="沟通能力"]`);
      await page.fill('.edit-form textarea[name="reason"]', `${who}的理由`);
    }
    await pageA.fill('.edit-form input[name="score"]', '2');
    await pageA.click('.edit-form button[type="submit"]');
    await pageA.waitForSelector('#review-msg:has-text("已保存")');
    await pageB.fill('.edit-form input[name="score"]', '6');
    await pageB.click('.edit-form button[type="submit"]');
    await pageB.waitForSelector('#review-msg:has-text("已被 甲 修改")');
    // B now sees A's value, and may decide again from there
    expect((await itemScore(pageB, 'D.1.2', '沟通能力'))!).toMatch(/^2\s*人工修改/);
    await shot(pageB, 'review-conflict');
    await pageB.click(`#contact-sheets button.edit[data-sheet="D.1.2"][data-item="沟通能力"]`);
    await pageB.fill('.edit-form input[name="score"]', '6');
    await pageB.fill('.edit-form textarea[name="reason"]', '乙复核甲的修改');
    await pageB.click('.edit-form button[type="submit"]');
    await pageB.waitForSelector('#review-msg:has-text("已保存")');
    const mine = (await reviewJson()).entries.filter((e: { item: string }) => e.item === '沟通能力');
    expect(mine.map((e: { reviewer: string; old: number; new: number }) => [e.reviewer, e.new])).toEqual([['甲', 2], ['乙', 6]]);
    expect(mine[1].old).toBe(2);
  });

  it('two simultaneous saves from the same revision: exactly one 200 and one 409 (API)', async () => {
    const body = (who: string, value: number) => ({ reviewer: who, reason: '并发测试', contactId: CONTACT, sheetId: 'D.1.2', item: '业务能力', new: value, revision: 0 });
    const res = await Promise.all([post('api/override', body('甲', 1)), post('api/override', body('乙', 2))]);
    expect(res.map((r) => r.status).sort()).toEqual([200, 409]);
    const conflict = await res.find((r) => r.status === 409)!.json();
    expect(conflict).toMatchObject({ code: 'E_REVIEW_CONFLICT', revision: 1 });
    expect(conflict.contact.revisions[`D.1.2\u0000业务能力`]).toBe(1);
    expect((await reviewJson()).entries.filter((e: { item: string }) => e.item === '业务能力')).toHaveLength(1);
  });

  it('refuses an override without a reason, out of range, or of an item that does not exist (400, nothing written)', async () => {
    const n = (await reviewJson()).entries.length;
    const ok = { reviewer: '甲', reason: '理由', contactId: CONTACT, sheetId: 'D.1.1', item: ITEM, new: 5, revision: 1 };
    for (const bad of [{ ...ok, reason: '  ' }, { ...ok, new: 11 }, { ...ok, item: '不存在' }, { ...ok, revision: undefined }, { ...ok, reviewer: '' }]) {
      const r = await post('api/override', bad);
      expect(r.status).toBe(400);
      expect((await r.json()).code).toBe('E_REVIEW_INPUT');
    }
    expect((await reviewJson()).entries).toHaveLength(n);
  });
});
