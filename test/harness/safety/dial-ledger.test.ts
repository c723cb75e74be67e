import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DialLedger, LEDGER_FILE } from '../../../harness/safety/dial-ledger.js';

const caps = { perRun: 3, perDay: 4 };

describe('dial ledger (per-run and per-day caps across runs)', () => {
  it('counts each reserved call and refuses the one over a cap, writing nothing for it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-ledger-'));
    const ledger = new DialLedger(dir);
    for (let i = 1; i <= 3; i++) expect(await ledger.reserve('run-a', '2026-12-03', caps)).toMatchObject({ ok: true, counts: { run: i, day: i } });
    const over = await ledger.reserve('run-a', '2026-12-03', caps);
    expect(over).toMatchObject({ ok: false, cap: 'perRun' });
    expect(!over.ok && over.reason).toContain('dialling.caps.perRun');
    // Another run the same day: the day's cap binds across runs.
    expect((await ledger.reserve('run-b', '2026-12-03', caps)).ok).toBe(true);
    expect(await ledger.reserve('run-b', '2026-12-03', caps)).toMatchObject({ ok: false, cap: 'perDay' });
    // The next local day starts afresh (the run's own cap still holds).
    expect(await ledger.reserve('run-b', '2026-12-04', caps)).toMatchObject({ ok: true, counts: { run: 2, day: 1 } });
    expect(await ledger.counts('run-a', '2026-12-03')).toEqual({ run: 3, day: 4 });
    const onDisk = JSON.parse(await readFile(path.join(dir, LEDGER_FILE), 'utf8'));
    expect(onDisk).toEqual({ version: 1, days: { '2026-12-03': 4, '2026-12-04': 1 }, runs: { 'run-a': 3, 'run-b': 2 } });
  });

  it('never exceeds a cap when many calls reserve at once, even from two ledger objects (two processes)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-ledger-'));
    const a = new DialLedger(dir);
    const b = new DialLedger(dir);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).reserve(`run-${i % 3}`, '2026-12-03', { perRun: 100, perDay: 7 })));
    expect(results.filter((r) => r.ok)).toHaveLength(7);
    expect(await a.counts(undefined, '2026-12-03')).toEqual({ run: 0, day: 7 });
  });

  it('refuses to dial on a damaged ledger rather than reading it as empty', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-ledger-'));
    await writeFile(path.join(dir, LEDGER_FILE), '{"something":"else"}');
    await expect(new DialLedger(dir).reserve('r', '2026-12-03', caps)).rejects.toThrow('not a dial ledger');
  });
});
