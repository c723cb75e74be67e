/**
 * JUnit XML for CI: one <testsuite> per scenario, one <testcase> per contact × sheet, failing when
 * the contact's 0–100 sheet score is under the line (default: the rubric's pass line). A sheet with
 * nothing scorable is <skipped/>. Cells a person changed are marked in the name and a property.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileReportFormat } from '../file-reporter.js';
import { overrideFor, type ReportData } from '../report-data.js';

export const JUNIT_FILE = 'junit.xml';

export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

export function buildJunit(data: ReportData, line = data.summary.passLine): string {
  const byScenario = new Map<string, typeof data.contacts>();
  for (const c of data.contacts) {
    const list = byScenario.get(c.scenarioId) ?? [];
    list.push(c);
    byScenario.set(c.scenarioId, list);
  }
  const suites: string[] = [];
  let allTests = 0;
  let allFailures = 0;
  let allSkipped = 0;
  for (const [scenarioId, contacts] of [...byScenario.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const cases: string[] = [];
    let failures = 0;
    let skipped = 0;
    for (const c of contacts) {
      for (const s of c.sheets) {
        const changes = s.items.map((it) => overrideFor(data, c.contactId, s.sheetId, it.item)).filter((o) => o !== undefined);
        const reviewed = changes.length > 0;
        const name = `${c.contactId} ${s.sheetId} ${s.title}${reviewed ? ' [人工复核]' : ''}`;
        const time = c.durationMs === undefined ? '' : ` time="${(c.durationMs / 1000).toFixed(3)}"`;
        const props = reviewed
          ? `\n      <properties><property name="reviewed" value="true"/>${changes.map((o) => `<property name="override" value="${xmlEscape(`${o.item}: ${o.old ?? '–'}→${o.new ?? 'N/A'} by ${o.reviewer} at ${o.at}: ${o.reason}`)}"/>`).join('')}</properties>`
          : '';
        let body = '';
        if (s.normalised === null) {
          skipped++;
          body = `\n      <skipped message="${xmlEscape(`nothing scorable (outcome ${c.outcome})`)}"/>`;
        } else if (s.normalised < line) {
          failures++;
          const failed = s.items.filter((it) => it.score !== null && it.score < it.max).map((it) => `${it.item} ${it.score}/${it.max}：${it.note}`);
          body = `\n      <failure message="${xmlEscape(`${s.normalised} < ${line}`)}" type="below-line">${xmlEscape(failed.join('\n'))}</failure>`;
        }
        cases.push(`    <testcase classname="${xmlEscape(`${scenarioId}.${c.channel}`)}" name="${xmlEscape(name)}"${time}>${props}${body}${body || props ? '\n    ' : ''}</testcase>`);
      }
    }
    allTests += cases.length;
    allFailures += failures;
    allSkipped += skipped;
    suites.push(`  <testsuite name="${xmlEscape(scenarioId)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xmlEscape(`mystery-shopper ${data.runId}`)}" tests="${allTests}" failures="${allFailures}" errors="0" skipped="${allSkipped}">\n${suites.join('\n')}\n</testsuites>\n`;
}

export const junitFormat: FileReportFormat = {
  name: 'junit',
  description: 'JUnit XML: a test case per contact × sheet, failing under the line (--junit-line, default the pass line)',
  async write(data, outDir, options) {
    await mkdir(outDir, { recursive: true });
    const file = path.join(outDir, JUNIT_FILE);
    await writeFile(file, buildJunit(data, options.junitLine ?? data.summary.passLine));
    return [file];
  },
};
