import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readElementAt, scanJsonArray, type ArrayElement } from '../../reports/json-array-stream.js';

async function scan(file: string, opts?: Parameters<typeof scanJsonArray>[2]): Promise<ArrayElement[]> {
  const out: ArrayElement[] = [];
  await scanJsonArray(file, (e) => out.push(e), opts);
  return out;
}

describe('scanJsonArray', () => {
  it('splits an array whose strings are mostly escapes, across 1 MiB chunk boundaries, and reads each element back by its byte range', async () => {
    // runs of backslashes and quotes of every parity, so chunk boundaries fall inside escape runs
    const note = (k: number) => `${'\\'.repeat(k % 9)}"${'\\'.repeat((k * 7) % 5)}"}]{[长${'\\"'.repeat(k % 13)}`.repeat(20 + (k % 17));
    const contacts = Array.from({ length: 2500 }, (_, k) => ({ note: note(k), contactId: `c-${k}"\\`, nested: { contactId: 'not me' } }));
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'ms-array-')), 'findings.json');
    await writeFile(file, JSON.stringify({ runId: 'contacts', contacts, after: [{ contactId: 'x' }] }));
    const read = await scan(file);
    expect(read).toHaveLength(2500);
    for (const k of [0, 1, 17, 999, 1777, 2499]) {
      expect(JSON.parse(read[k]!.text)).toEqual(contacts[k]);
      // the element's own id, not the nested one, unescaped
      expect(read[k]!.id).toBe(`c-${k}"\\`);
      expect(readElementAt(file, read[k]!.start, read[k]!.end)).toBe(read[k]!.text);
    }
    expect(read.every((e, k) => e.id === contacts[k]!.contactId)).toBe(true);
  });

  it('finds the array under another key, and nothing when the key is absent', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'ms-array-')), 'x.json');
    await writeFile(file, JSON.stringify({ contacts: [{ contactId: 'a' }], other: [[1, 2], { contactId: 'b' }] }, null, 2));
    expect((await scan(file, { key: 'other' })).map((e) => e.text.replace(/\s/g, ''))).toEqual(['[1,2]', '{"contactId":"b"}']);
    expect(await scan(file, { key: 'missing' })).toEqual([]);
  });
});
