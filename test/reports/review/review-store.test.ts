import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScoreOverride } from '../../../reports/review-types.js';
import { parseReviewFile, readReviewFile } from '../../../reports/review/review-file.js';
import { cellRevision, ReviewConflictError, ReviewStore } from '../../../reports/review/review-store.js';

const tmp = () => mkdtemp(path.join(os.tmpdir(), 'ms-review-store-'));

function override(item: string, value: number, reviewer = '张评估'): ScoreOverride {
  return { kind: 'override', at: '2026-12-03T10:00:00.000Z', reviewer, contactId: 'c1', sheetId: 'D.1.1', item, old: 10, new: value, reason: '复听录音后调整' };
}

describe('ReviewStore', () => {
  it('appends entries to review.json (nothing is edited in place) and reads them back', async () => {
    const dir = await tmp();
    const store = new ReviewStore(dir);
    await store.append(override('服务流程规范性', 6), 0);
    await store.append(override('服务流程规范性', 8), 1);
    const file = JSON.parse(await readFile(path.join(dir, 'review.json'), 'utf8'));
    expect(file.schemaVersion).toBe(1);
    expect(file.entries.map((e: ScoreOverride) => e.new)).toEqual([6, 8]);
    expect(cellRevision(await store.read(), 'c1', 'D.1.1', '服务流程规范性')).toBe(2);
  });

  it('refuses an edit made on a stale revision of the same item, and writes nothing', async () => {
    const dir = await tmp();
    const store = new ReviewStore(dir);
    await store.append(override('服务流程规范性', 6, '甲'), 0);
    const err = await store.append(override('服务流程规范性', 2, '乙'), 0).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReviewConflictError);
    expect(err).toMatchObject({ code: 'E_REVIEW_CONFLICT', revision: 1, latest: { reviewer: '甲', new: 6 } });
    expect((await store.read()).entries).toHaveLength(1);
    // another item is a different cell: no conflict
    await store.append(override('服务用语规范性', 5, '乙'), 0);
    expect((await store.read()).entries).toHaveLength(2);
  });

  it('loses nothing when two writers (two stores on one folder, as two servers would be) append at once', async () => {
    const dir = await tmp();
    const a = new ReviewStore(dir);
    const b = new ReviewStore(dir);
    const items = Array.from({ length: 12 }, (_, k) => `项目${k}`);
    await Promise.all(items.map((item, k) => (k % 2 ? a : b).append(override(item, k % 10), 0)));
    const entries = (await a.read()).entries as ScoreOverride[];
    expect(entries.map((e) => e.item).sort()).toEqual([...items].sort());
  });

  it('exactly one of two concurrent edits of the same item from the same revision wins', async () => {
    const dir = await tmp();
    const a = new ReviewStore(dir);
    const b = new ReviewStore(dir);
    const results = await Promise.allSettled([a.append(override('服务流程规范性', 4, '甲'), 0), b.append(override('服务流程规范性', 7, '乙'), 0)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ReviewConflictError);
    expect((await a.read()).entries).toHaveLength(1);
  });

  it('takes over a lock file left behind by a crashed writer', async () => {
    const dir = await tmp();
    await writeFile(path.join(dir, 'review.json.lock'), '99999\n');
    const store = new ReviewStore(dir, { staleLockMs: 0, lockWaitMs: 2000 });
    await store.append(override('服务流程规范性', 6), 0);
    expect((await store.read()).entries).toHaveLength(1);
  });
});

describe('review.json reading', () => {
  it('no file = no entries', async () => {
    expect(await readReviewFile(await tmp())).toEqual({ schemaVersion: 1, entries: [] });
  });

  it('reads the first draft of the shape (version, "signoff") as the agreed one, and skips unknown entries', () => {
    const r = parseReviewFile(JSON.stringify({ version: 1, entries: [{ kind: 'signoff', at: 'x', reviewer: '甲', note: '完成' }, { kind: 'comment', at: 'x', reviewer: '甲' }, override('a', 1)] }));
    expect(r.entries).toEqual([{ kind: 'sign-off', at: 'x', reviewer: '甲', note: '完成' }, override('a', 1)]);
  });

  it('names the file and the problem when it is not a review file', () => {
    expect(() => parseReviewFile('{"entries": 3}', 'runs/x/review.json')).toThrow(/runs\/x\/review.json: "entries" must be an array/);
    expect(() => parseReviewFile('{', 'r.json')).toThrow(/r.json is not valid JSON/);
  });
});
