import { mkdir, mkdtemp, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { purgeCommand } from '../../../harness/cli/commands/purge.js';
import type { Interaction } from '../../../harness/interaction/types.js';
import { scoreRunDir } from '../../../harness/scoring/score-run.js';
import { parseAge, PurgeError, runDirsOf } from '../../../harness/store/purge.js';
import { scoredRun } from '../../reports/scored-run.js';

const NOW = new Date('2027-02-01T00:00:00Z');
const ID = '11010519491231002X';

/** A scored run last written on 2026-11-23 (the fixture's manifest), with planted PII and leftovers to purge. */
async function oldRun(): Promise<string> {
  const dir = await scoredRun();
  const file = path.join(dir, 'contacts', 'card-replacement-webchat-1.json');
  const i = JSON.parse(await readFile(file, 'utf8')) as Interaction;
  i.turns[3]!.text = `后四位是3021，我叫张伟，身份证${ID}，手机138 0013 8000`;
  i.recording = 'recordings/card-replacement-webchat-1.wav';
  await writeFile(file, JSON.stringify(i, null, 2));
  await mkdir(path.join(dir, 'recordings'), { recursive: true });
  await writeFile(path.join(dir, 'recordings', 'card-replacement-webchat-1.wav'), Buffer.alloc(4000));
  await writeFile(path.join(dir, 'contacts', 'card-replacement-webchat-2.partial-1.json'), JSON.stringify({ turns: [{ text: '张伟 13800138000' }] }));
  await writeFile(path.join(dir, 'contacts', 'card-replacement-webchat-2.failure.png'), Buffer.alloc(500));
  await mkdir(path.join(dir, 'reports'), { recursive: true });
  await writeFile(path.join(dir, 'reports', 'report.xlsx'), Buffer.alloc(300));
  await writeFile(path.join(dir, 'harness.log'), `{"msg":"contact done","text":"我叫张伟，手机13800138000"}\n`);
  await scoreRunDir(dir);
  return dir;
}

/** The report records scoring wrote (report-records/): deleted by a purge, they hold the raw transcripts. */
const RECORD_FILES = ['report-records/index.json', 'report-records/rows.jsonl', 'report-records/views.jsonl'];

async function recordBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const f of RECORD_FILES) bytes += (await stat(path.join(dir, f))).size;
  return bytes;
}

/** Bytes as the purge prints them. */
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (b: Buffer) => (text += b.toString()));
  return { stream, text: () => text };
}

async function allText(dir: string): Promise<string> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(await readFile(path.join(e.parentPath, e.name), 'utf8'));
  }
  return out.join('\n');
}

describe('purge', () => {
  it('parses ages and refuses anything else', () => {
    expect(parseAge('30d')).toBe(30 * 86_400_000);
    expect(parseAge('12h')).toBe(12 * 3_600_000);
    expect(parseAge('2w')).toBe(14 * 86_400_000);
    expect(() => parseAge('30')).toThrow(PurgeError);
    expect(() => parseAge('thirty days')).toThrow(/not an age/);
  });

  it('--dry-run lists files and sizes and changes nothing', async () => {
    const dir = await oldRun();
    const before = await allText(dir);
    const out = capture();
    expect(await purgeCommand([dir], { olderThan: '30d', dryRun: true }, out.stream, NOW)).toBe(0);
    expect(out.text()).toMatch(/would delete recordings\/card-replacement-webchat-1\.wav \(3\.9 KB\)/);
    expect(out.text()).toContain('would delete contacts/card-replacement-webchat-2.partial-1.json');
    expect(out.text()).toContain('would delete contacts/card-replacement-webchat-2.failure.png (500 B)');
    expect(out.text()).toContain('would mask   contacts/card-replacement-webchat-1.json');
    expect(out.text()).toContain('would delete report-records/views.jsonl');
    expect(out.text()).toContain(`would delete 7 file(s), ${kb(4000 + 500 + 300 + 41 + (await recordBytes(dir)))}, in 1 of 1 run(s) (dry run: nothing changed)`);
    expect(await allText(dir)).toBe(before);
  });

  it('deletes recordings, partial attempts, failure snapshots and reports; masks transcripts, findings and the log; keeps timings and scores; records purge.json', async () => {
    const dir = await oldRun();
    const sheetsBefore = JSON.parse(await readFile(path.join(dir, 'sheets.json'), 'utf8'));
    const contactBefore = JSON.parse(await readFile(path.join(dir, 'contacts', 'card-replacement-webchat-1.json'), 'utf8')) as Interaction;
    const records = await recordBytes(dir);
    const out = capture();
    await purgeCommand([dir], { olderThan: '30d' }, out.stream, NOW);
    expect(out.text()).toContain('deleted recordings/card-replacement-webchat-1.wav (3.9 KB)');
    expect(out.text()).toMatch(new RegExp(`deleted 7 file\\(s\\), ${kb(4000 + 500 + 300 + 41 + records).replace('.', '\\.')}, in 1 of 1 run\\(s\\)\\n$`));
    expect(await readdir(path.join(dir, 'recordings'))).toEqual([]);
    expect((await readdir(path.join(dir, 'contacts'))).sort()).toEqual(['card-replacement-voice-1.json', 'card-replacement-webchat-1.json', 'card-replacement-webchat-2.json']);
    const text = await allText(dir);
    for (const raw of [ID, '13800138000', '138 0013 8000', '张伟']) expect(text, raw).not.toContain(raw);
    const contact = JSON.parse(await readFile(path.join(dir, 'contacts', 'card-replacement-webchat-1.json'), 'utf8')) as Interaction;
    expect(contact.turns[3]!.text).toBe('后四位是3021，我叫张*，身份证110***********002X，手机138****8000');
    expect(contact.turns.map((t) => [t.speaker, t.startMs, t.endMs])).toEqual(contactBefore.turns.map((t) => [t.speaker, t.startMs, t.endMs]));
    expect(contact.events).toEqual(contactBefore.events);
    expect(contact.recording).toBeUndefined();
    // scores already computed are untouched: only text changed
    const sheetsAfter = JSON.parse(await readFile(path.join(dir, 'sheets.json'), 'utf8'));
    const totals = (s: { contacts: { sheets: { total: number }[] }[] }) => s.contacts.map((c) => c.sheets.map((x) => x.total));
    expect(totals(sheetsAfter)).toEqual(totals(sheetsBefore));
    const record = JSON.parse(await readFile(path.join(dir, 'purge.json'), 'utf8'));
    expect(record.purges).toHaveLength(1);
    expect(record.purges[0]).toMatchObject({ at: NOW.toISOString(), olderThan: '30d', bytesDeleted: 4000 + 500 + 300 + 41 + records });
    expect(record.purges[0].deleted.map((d: { path: string }) => d.path).sort()).toEqual(['contacts/card-replacement-webchat-2.failure.png', 'contacts/card-replacement-webchat-2.partial-1.json', 'recordings/card-replacement-webchat-1.wav', 'reports/report.xlsx', ...RECORD_FILES].sort());
  });

  it('a purged run can still be scored again: every sheet total is reproduced', async () => {
    const dir = await oldRun();
    const before = await readFile(path.join(dir, 'summary.json'), 'utf8');
    await purgeCommand([dir], { olderThan: '30d' }, capture().stream, NOW);
    await scoreRunDir(dir);
    const totals = (s: string) => (JSON.parse(s) as { overall: { sheets: { sheetId: string; total: number }[]; qualityScore: number } }).overall;
    expect(totals(await readFile(path.join(dir, 'summary.json'), 'utf8')).qualityScore).toBe(totals(before).qualityScore);
    expect(totals(await readFile(path.join(dir, 'summary.json'), 'utf8')).sheets.map((s) => s.total)).toEqual(totals(before).sheets.map((s) => s.total));
  });

  it('takes a runs/ folder: purges each run old enough, keeps the young ones', async () => {
    const runs = await mkdtemp(path.join(os.tmpdir(), 'ms-runs-'));
    const old = await oldRun();
    await rename(old, path.join(runs, 'old-run'));
    const young = await oldRun();
    const manifest = JSON.parse(await readFile(path.join(young, 'run.json'), 'utf8'));
    await writeFile(path.join(young, 'run.json'), JSON.stringify({ ...manifest, updatedAt: '2027-01-25T00:00:00Z' }));
    await rename(young, path.join(runs, 'young-run'));
    expect((await runDirsOf(runs)).map((r) => path.basename(r))).toEqual(['old-run', 'young-run']);
    const out = capture();
    await purgeCommand([runs], { olderThan: '30d' }, out.stream, NOW);
    expect(out.text()).toMatch(/kept {3}.*young-run \(last written 7\.0d ago, younger than 30d\)/);
    expect(out.text()).toMatch(/in 1 of 2 run\(s\)/);
    expect(await readdir(path.join(runs, 'young-run', 'recordings'))).toHaveLength(1);
    expect(await readdir(path.join(runs, 'old-run', 'recordings'))).toHaveLength(0);
  });

  it('refuses a folder that holds no run', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'ms-empty-'));
    await expect(purgeCommand([empty], { olderThan: '30d' }, capture().stream, NOW)).rejects.toThrow(/holds no run/);
  });
});
