import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReportData, readReview, reviewedAggregate } from '../../reports/report-data.js';
import { OVERRIDE, scoredRun } from './scored-run.js';

describe('review.json applied to the reports’ data', () => {
  it('absent review.json = no overrides: the reviewed summary is summary.json as scored', async () => {
    const dir = await scoredRun();
    expect(await readReview(dir)).toEqual({ schemaVersion: 1, entries: [] });
    const data = await loadReportData(dir);
    expect(data.summary).toEqual(JSON.parse(await readFile(path.join(dir, 'summary.json'), 'utf8')));
    expect(data.contacts.some((c) => c.reviewed)).toBe(false);
  });

  it('an override changes the contact’s item and sheet total, and the run roll-ups follow', async () => {
    const dir = await scoredRun([OVERRIDE]);
    const data = await loadReportData(dir);
    const contact = data.contacts.find((c) => c.contactId === OVERRIDE.contactId)!;
    const sheet = contact.sheets.find((s) => s.sheetId === 'D.1.1')!;
    expect(sheet.items.find((i) => i.item === OVERRIDE.item)!.score).toBe(4);
    expect(sheet.total).toBe(24);
    expect(contact.reviewed).toBe(true);
    const machine = data.machineSummary.overall.sheets.find((s) => s.sheetId === 'D.1.1')!;
    const reviewed = data.summary.overall.sheets.find((s) => s.sheetId === 'D.1.1')!;
    // two applicable contacts: the item mean drops by (10 − 4) / 2 = 3 points
    expect(reviewed.items[0]!.score).toBeCloseTo(machine.items[0]!.score! - 3, 5);
    expect(data.summary.overall.qualityScore!).toBeLessThan(data.machineSummary.overall.qualityScore!);
    expect(data.summary.overall.appendixC.weightedTotal).toBeLessThan(data.machineSummary.overall.appendixC.weightedTotal);
    expect(reviewedAggregate(data, 'D.1.1', OVERRIDE.item)).toBe(true);
    expect(reviewedAggregate(data, 'D.1.1', '服务用语规范性')).toBe(false);
  });

  it('the latest entry for a cell wins (append-only), and a run-level override changes the run sheet', async () => {
    const later = { ...OVERRIDE, at: '2026-12-03T11:00:00Z', old: 4, new: 8, reason: '复听后改回' };
    const runLevel = { ...OVERRIDE, contactId: undefined, sheetId: 'D.2.1', item: '并发处理能力', old: null, new: 0, reason: '现场核查' };
    const dir = await scoredRun([OVERRIDE, later, runLevel]);
    const data = await loadReportData(dir);
    const contact = data.contacts.find((c) => c.contactId === OVERRIDE.contactId)!;
    expect(contact.sheets[0]!.items[0]!.score).toBe(8);
    const d21 = data.summary.overall.sheets.find((s) => s.sheetId === 'D.2.1')!;
    expect(d21.items.find((i) => i.item === '并发处理能力')!.score).toBe(0);
    expect(d21.items.find((i) => i.item === '并发处理能力')!.note).toContain('现场核查');
  });
});
