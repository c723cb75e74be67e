import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReportSession, type FileReportFormat } from '../../reports/file-reporter.js';
import { REPORT_FORMATS, resolveFormats } from '../../reports/registry.js';
import { ReporterMux } from '../../reports/reporter.js';
import { scoredRun } from './scored-run.js';

describe('file reports behind the ReporterMux', () => {
  it('one format failing never stops the others', async () => {
    const dir = await scoredRun();
    const out = await mkdtemp(path.join(os.tmpdir(), 'ms-session-'));
    const broken: FileReportFormat = { name: 'broken', description: 'always fails', write: async () => Promise.reject(new Error('disk full')) };
    const session = createReportSession([broken, REPORT_FORMATS.json!, REPORT_FORMATS.pdf!, REPORT_FORMATS.junit!], { outDir: out });
    const failed: string[] = [];
    const mux = new ReporterMux(session.reporters, (name) => failed.push(name));
    await mux.runEnd({ manifest: {} as never, runDir: dir, interactions: [], interrupted: false });
    // pdf without a renderer fails with its own code; json and junit are written
    expect(failed).toEqual(['report:broken', 'report:pdf']);
    expect(mux.failures.find((f) => f.reporter === 'report:pdf')!.message).toContain('no PDF renderer');
    expect((await readdir(out)).sort()).toEqual(['junit.xml', 'report.json']);
    expect(session.written.map((w) => w.format)).toEqual(['json', 'junit']);
  });

  it('resolves --format lists and rejects unknown names with the known ones', () => {
    expect(resolveFormats().map((f) => f.name)).toEqual(['html', 'xlsx', 'pdf', 'junit', 'json']);
    expect(resolveFormats('junit, json').map((f) => f.name)).toEqual(['junit', 'json']);
    expect(() => resolveFormats('xlsx,docx')).toThrow(/unknown report format "docx"; known: html, xlsx, pdf, junit, json/);
  });
});
