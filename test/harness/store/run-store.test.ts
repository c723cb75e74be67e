import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactIdFor, newRunId, writeJsonAtomic } from '../../../harness/store/run-store.js';

describe('run store helpers', () => {
  it('makes sortable run ids and stable contact ids', () => {
    expect(newRunId(new Date('2026-11-23T16:45:01Z'))).toMatch(/^20261123-164501-[0-9a-f]{1,4}$/);
    expect(contactIdFor('credit-card-loss', 'voice', 3)).toBe('credit-card-loss.voice.3');
  });

  it('writes JSON atomically, leaving no temp files', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-store-'));
    const file = path.join(dir, 'a.json');
    await Promise.all([writeJsonAtomic(file, { n: 1 }), writeJsonAtomic(file, { n: 2 })]);
    expect([1, 2]).toContain(JSON.parse(await readFile(file, 'utf8')).n);
    expect(await readdir(dir)).toEqual(['a.json']);
  });
});
