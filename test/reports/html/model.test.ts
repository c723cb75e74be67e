import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../reports/html/model.js';
import { writeReportPage } from '../../../reports/html/page.js';
import { loadRunData } from '../../../reports/html/run-data.js';
import { writeHtmlReport } from '../../../reports/html/write-report.js';
import { buildReportRun, TOOL_FAILED_ID, VOICE_ID } from './run-fixture.js';

let dir: string;
beforeAll(async () => {
  dir = await buildReportRun();
});

async function pageText(model: ReturnType<typeof buildReportModel>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeReportPage(out, model);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('the report model', () => {
  it('lists scored contacts, contacts that never reached an agent and the tool’s own failures apart', async () => {
    const model = buildReportModel(await loadRunData(dir));
    const group = Object.fromEntries(model.contacts.map((c) => [c.id, c.group]));
    expect(group).toEqual({
      'card-replacement-voice-1': 'unreached',
      [VOICE_ID]: 'scored',
      'card-replacement-webchat-1': 'scored',
      'card-replacement-webchat-2': 'scored',
      [TOOL_FAILED_ID]: 'tool',
    });
    expect(model.contacts.find((c) => c.id === TOOL_FAILED_ID)!.error).toMatch(/^E_SELECTOR_TIMEOUT: /);
  });

  it('keeps every finding’s evidence and reason, and the recording relative to the run folder with its offset', async () => {
    const model = buildReportModel(await loadRunData(dir));
    const voice = model.contacts.find((c) => c.id === VOICE_ID)!;
    expect(voice.recording).toBe(`recordings/${VOICE_ID}.wav`);
    expect(voice.recordingOffsetMs).toBe(2000); // the recording starts when the call is answered
    // the agent put the caller on hold without asking: failed, with the quote in the turn it came from
    const hold = voice.findings.find((f) => f[0] === 'hold-etiquette')!;
    expect(hold[1]).toBe(0);
    expect(hold[2]).toMatch(/等待/);
    const [turn, quote] = hold[5][0]!;
    expect(voice.turns[turn!]![1]).toContain(quote);
    expect(voice.failed).toContain('hold-etiquette');
  });

  it('an absolute recording path inside the run folder becomes relative', async () => {
    const file = path.join(dir, 'contacts', `${VOICE_ID}.json`);
    const i = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...i, recording: path.join(dir, 'recordings', `${VOICE_ID}.wav`) }));
    try {
      const voice = buildReportModel(await loadRunData(dir)).contacts.find((c) => c.id === VOICE_ID)!;
      expect(voice.recording).toBe(`recordings/${VOICE_ID}.wav`);
    } finally {
      await writeFile(file, JSON.stringify(i));
    }
  });

  it('applies review.json: the newest override wins, the change is marked, the totals follow', async () => {
    const data = await loadRunData(dir);
    const machine = buildReportModel(data);
    const before = machine.contacts.find((c) => c.id === 'card-replacement-webchat-1')!;
    const sheet = before.sheets.find((s) => s.id === 'D.1.1')!;
    const item = sheet.items[0]!;
    const o = { kind: 'override' as const, reviewer: '张评估', contactId: before.id, sheetId: 'D.1.1', item: item[0], old: item[3], reason: '复核' };
    data.review = { schemaVersion: 1, entries: [{ ...o, at: '2026-12-03T10:00:00Z', new: 1 }, { ...o, at: '2026-12-03T10:05:00Z', new: 2 }] };
    const reviewed = buildReportModel(data);
    const after = reviewed.contacts.find((c) => c.id === before.id)!;
    const afterSheet = after.sheets.find((s) => s.id === 'D.1.1')!;
    expect(afterSheet.items[0]![3]).toBe(2);
    expect(afterSheet.items[0]![5]).toBe(item[5]); // the machine's evidence note stays; the change is listed apart
    expect(afterSheet.total).toBeCloseTo(sheet.total - (item[3]! - 2), 5);
    expect(after.changes).toEqual([expect.objectContaining({ sheetId: 'D.1.1', item: item[0], new: 2, by: '张评估' })]);
    expect(after.revisions[`D.1.1\u0000${item[0]}`]).toBe(2);
    expect(after.quality!).toBeLessThan(before.quality!);
    expect(reviewed.run.quality!).toBeLessThan(machine.run.quality!);
    expect(reviewed.run.machineQuality).toBe(machine.run.quality);
  });
});

describe('the report page', () => {
  it('embeds text that looks like markup without letting it end the data script', async () => {
    const model = buildReportModel(await loadRunData(dir));
    model.contacts[0]!.turns.push(['customer', '</script><script>alert(1)</script>', 1, 2]);
    const html = await pageText(model);
    const data = html.slice(html.indexOf('<script type="application/json" id="report-data">') + 49, html.indexOf('</script>', html.indexOf('id="report-data"')));
    expect(JSON.parse(data).contacts[0].turns.at(-1)[1]).toBe('</script><script>alert(1)</script>');
  });

  it('writeHtmlReport writes one self-contained report.html into the run folder', async () => {
    const r = await writeHtmlReport(dir);
    expect(r.file).toBe(path.join(dir, 'report.html'));
    const html = await readFile(r.file, 'utf8');
    expect(r.bytes).toBe(Buffer.byteLength(html));
    // nothing fetched from elsewhere: no external scripts or styles, charts inline as SVG
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('合格线 90');
  });
});
