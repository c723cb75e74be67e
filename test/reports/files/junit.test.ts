import { describe, expect, it } from 'vitest';
import { buildJunit } from '../../../reports/files/junit.js';
import { loadReportData } from '../../../reports/report-data.js';
import { OVERRIDE, scoredRun } from '../scored-run.js';

/** Parse the JUnit back: suites with their counts, cases with their outcome. */
function parse(xml: string) {
  const attr = (tag: string, name: string) => tag.match(new RegExp(`(?:^|\\s)${name}="([^"]*)"`))?.[1];
  const suites = [...xml.matchAll(/<testsuite ([^>]*)>([\s\S]*?)<\/testsuite>/g)].map(([, head, body]) => ({
    name: attr(head!, 'name'),
    tests: Number(attr(head!, 'tests')),
    failures: Number(attr(head!, 'failures')),
    skipped: Number(attr(head!, 'skipped')),
    cases: [...body!.matchAll(/<testcase ([^>]*)>([\s\S]*?)<\/testcase>/g)].map(([, h, b]) => ({
      name: attr(h!, 'name')!,
      failed: b!.includes('<failure'),
      skipped: b!.includes('<skipped'),
      reviewed: b!.includes('name="reviewed" value="true"'),
    })),
  }));
  return { root: xml.match(/<testsuites ([^>]*)>/)![1]!, suites };
}

describe('JUnit report', () => {
  it('has one test case per contact × sheet; counts agree with the cases; fails under the line', async () => {
    const data = await loadReportData(await scoredRun());
    const { suites } = parse(buildJunit(data));
    const expected = data.contacts.reduce((n, c) => n + c.sheets.length, 0);
    expect(suites.reduce((n, s) => n + s.cases.length, 0)).toBe(expected);
    for (const s of suites) {
      expect(s.tests).toBe(s.cases.length);
      expect(s.failures).toBe(s.cases.filter((c) => c.failed).length);
      expect(s.skipped).toBe(s.cases.filter((c) => c.skipped).length);
    }
    const scored = data.contacts.flatMap((c) => c.sheets.map((s) => s.normalised)).filter((v): v is number => v !== null);
    expect(suites[0]!.failures).toBe(scored.filter((v) => v < 90).length);
    expect(parse(buildJunit(data, 0)).suites[0]!.failures).toBe(0);
  });

  it('marks the test case a person changed', async () => {
    const data = await loadReportData(await scoredRun([OVERRIDE]));
    const cases = parse(buildJunit(data)).suites.flatMap((s) => s.cases);
    const changed = cases.filter((c) => c.reviewed);
    expect(changed.map((c) => c.name)).toEqual([`${OVERRIDE.contactId} D.1.1 服务规范性打分表 [人工复核]`]);
    // 24/30 = 80 < 90 after the override
    expect(changed[0]!.failed).toBe(true);
  });
});
