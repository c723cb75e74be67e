/**
 * `report` as a user runs it, on a stored and scored run: every format written (the PDF printed by
 * Debian's Chromium), --fail-under as a CI gate, a broken format isolated from the others.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoredRun } from '../reports/scored-run.js';
import { cli } from './cli-helpers.js';

let runDir: string;
beforeAll(async () => {
  runDir = await scoredRun();
});

describe('e2e: report <runDir>', () => {
  it('writes html, xlsx, pdf, junit and json from the stored run and prints where they are', async () => {
    const before = await readFile(path.join(runDir, 'run.json'), 'utf8');
    const r = await cli(['report', runDir]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    for (const f of ['report.html', 'report.xlsx', 'report.pdf', 'junit.xml', 'report.json']) {
      expect((await stat(path.join(runDir, 'reports', f))).size, f).toBeGreaterThan(500);
      expect(r.stdout).toContain(f);
    }
    expect((await readFile(path.join(runDir, 'reports', 'report.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    // report never changes the run itself
    expect(await readFile(path.join(runDir, 'run.json'), 'utf8')).toBe(before);
  });

  it('--fail-under gates a release: exit 4 under the line, 0 at or above it', async () => {
    const summary = JSON.parse(await readFile(path.join(runDir, 'summary.json'), 'utf8'));
    const q = summary.overall.qualityScore as number;
    const under = await cli(['report', runDir, '--format', 'json', '--fail-under', String(Math.ceil(q + 1))]);
    expect(under.code, under.stdout + under.stderr).toBe(4);
    expect(under.stdout).toContain('fail-under');
    const over = await cli(['report', runDir, '--format', 'json,junit', '--fail-under', String(Math.floor(q - 1)), '--out', path.join(runDir, 'elsewhere')]);
    expect(over.code, over.stdout + over.stderr).toBe(0);
    expect((await stat(path.join(runDir, 'elsewhere', 'junit.xml'))).isFile()).toBe(true);
  });

  it('a format that fails does not stop the others (exit 5), and an unknown format is invalid input (exit 1)', async () => {
    const config = path.join(path.dirname(runDir), 'broken-browser.yaml');
    await writeFile(config, 'browser:\n  executablePath: /nonexistent/chromium\n');
    const r = await cli(['report', runDir, '--format', 'pdf,json', '--config', config, '--out', path.join(runDir, 'partial')]);
    expect(r.code, r.stdout + r.stderr).toBe(5);
    expect(r.stderr).toContain('report:pdf failed');
    expect((await stat(path.join(runDir, 'partial', 'report.json'))).isFile()).toBe(true);
    const bad = await cli(['report', runDir, '--format', 'docx']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('unknown report format "docx"');
  });

  it('score ends by writing the reports, and --fail-under gates it too', async () => {
    const r = await cli(['score', runDir, '--format', 'json', '--fail-under', '100']);
    expect(r.code, r.stdout + r.stderr).toBe(4);
    expect(r.stdout).toMatch(/json\s+\S*report\.json/);
    const report = JSON.parse(await readFile(path.join(runDir, 'reports', 'report.json'), 'utf8'));
    expect(report.summary.overall.qualityScore).toBeLessThan(100);
  });
});
