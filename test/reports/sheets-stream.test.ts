import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContactSheets } from '../../reports/sheets-stream.js';

const sheet = (note: string) => ({
  sheetId: 'D.1.1',
  title: '服务规范性打分表',
  dimension: '服务规范性',
  group: 'quality',
  supplementary: false,
  level: 'contact',
  items: [{ item: '服务流程规范性', content: '…', max: 10, score: 5, status: 'scored', note, checks: ['greeting'] }],
  total: 5,
  max: 10,
  manualMax: 0,
  normalised: 50,
});

describe('readContactSheets', () => {
  it('reads every contact of a large file across chunk boundaries, with braces and quotes inside notes', async () => {
    const tricky = '坐席说 "{[请稍等]}" \\ 然后 }]'; // JSON-escaped below
    const contacts = Array.from({ length: 3000 }, (_, k) => ({ contactId: `c${k}`, scenarioId: 's', channel: 'webchat', outcome: 'completed', sheets: [sheet(`${tricky} ${'长'.repeat(k % 700)}`)], qualityScore: 50, pass: false }));
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'ms-stream-')), 'sheets.json');
    // keys before and after "contacts", a decoy "contacts" string value, and nested arrays
    await writeFile(file, JSON.stringify({ schemaVersion: 1, runId: 'contacts', rubric: { id: 'x' }, contacts, scenarios: [{ scenarioId: 's', sheets: [sheet('x')] }], run: [] }, null, 2));
    const read = await readContactSheets(file);
    expect(read).toHaveLength(3000);
    expect(read[2999]!.contactId).toBe('c2999');
    expect(read[699]!.sheets[0]!.items[0]!.note).toBe(`${tricky} ${'长'.repeat(699)}`);
    // slimmed: what the reports show, not the per-contact check lists
    expect(read[0]!.sheets[0]!.items[0]!.checks).toEqual([]);
  });
});
