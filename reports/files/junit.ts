/**
 * JUnit XML for CI: one <testsuite> per scenario, one <testcase> per contact × sheet, failing when
 * the contact's 0–100 sheet score is under the line (default: the rubric's pass line). A sheet with
 * nothing scorable is <skipped/>. Cells a person changed are marked in the name and a property.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FileReportFormat } from '../file-reporter.js';
import { overrideFor, type ReportData } from '../report-data.js';

export const JUNIT_FILE = 'junit.xml';

export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

function byScenario(data: ReportData): [string, ReportData['contacts']][] {
  const groups = new Map<string, ReportData['contacts']>();
  for (const c of data.contacts) {
    const list = groups.get(c.scenarioId) ?? [];
    list.push(c);
    groups.set(c.scenarioId, list);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function counts(contacts: ReportData['contacts'], line: number) {
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const c of contacts)
    for (const s of c.sheets) {
      tests++;
      if (s.normalised === null) skipped++;
      else if (s.normalised < line) failures++;
    }
  return { tests, failures, skipped };
}

function testCase(data: ReportData, scenarioId: string, c: ReportData['contacts'][number], s: ReportData['contacts'][number]['sheets'][number], line: number): string {
  const changes = c.reviewed ? s.items.map((it) => overrideFor(data, c.contactId, s.sheetId, it.item)).filter((o) => o !== undefined) : [];
  const reviewed = changes.length > 0;
  const name = `${c.contactId} ${s.sheetId} ${s.title}${reviewed ? ' [人工复核]' : ''}`;
  const time = c.durationMs === undefined ? '' : ` time="${(c.durationMs / 1000).toFixed(3)}"`;
  const props = reviewed
    ? `\n      <properties><property name="reviewed" value="true"/>${changes.map((o) => `<property name="override" value="${xmlEscape(`${o.item}: ${o.old ?? '–'}→${o.new ?? 'N/A'} by ${o.reviewer} at ${o.at}: ${o.reason}`)}"/>`).join('')}</properties>`
    : '';
  let body = '';
  if (s.normalised === null) body = `\n      <skipped message="${xmlEscape(`nothing scorable (outcome ${c.outcome})`)}"/>`;
  else if (s.normalised < line) {
    const failed = s.items.filter((it) => it.score !== null && it.score < it.max).map((it) => `${it.item} ${it.score}/${it.max}：${it.note}`);
    body = `\n      <failure message="${xmlEscape(`${s.normalised} < ${line}`)}" type="below-line">${xmlEscape(failed.join('\n'))}</failure>`;
  }
  return `    <testcase classname="${xmlEscape(`${scenarioId}.${c.channel}`)}" name="${xmlEscape(name)}"${time}>${props}${body}${body || props ? '\n    ' : ''}</testcase>\n`;
}

/** The XML in pieces, so 70,000 test cases are written out without one huge string. */
export function* junitChunks(data: ReportData, line = data.summary.passLine): Generator<string> {
  const groups = byScenario(data);
  const all = counts(data.contacts, line);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xmlEscape(`mystery-shopper ${data.runId}`)}" tests="${all.tests}" failures="${all.failures}" errors="0" skipped="${all.skipped}">\n`;
  for (const [scenarioId, contacts] of groups) {
    const n = counts(contacts, line);
    yield `  <testsuite name="${xmlEscape(scenarioId)}" tests="${n.tests}" failures="${n.failures}" errors="0" skipped="${n.skipped}">\n`;
    for (const c of contacts) for (const s of c.sheets) yield testCase(data, scenarioId, c, s, line);
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}

export function buildJunit(data: ReportData, line = data.summary.passLine): string {
  return [...junitChunks(data, line)].join('');
}

export const junitFormat: FileReportFormat = {
  name: 'junit',
  description: 'JUnit XML: a test case per contact × sheet, failing under the line (--junit-line, default the pass line)',
  async write(data, outDir, options) {
    await mkdir(outDir, { recursive: true });
    const file = path.join(outDir, JUNIT_FILE);
    const stream = createWriteStream(file);
    const done = once(stream, 'close');
    const failed = once(stream, 'error').then(([err]) => {
      throw err;
    });
    let batch: string[] = [];
    for (const chunk of junitChunks(data, options.junitLine ?? data.summary.passLine)) {
      batch.push(chunk);
      if (batch.length >= 1000) {
        if (!stream.write(batch.join(''))) await Promise.race([once(stream, 'drain'), failed]);
        batch = [];
      }
    }
    stream.end(batch.join(''));
    await Promise.race([done, failed]);
    return [file];
  },
};
