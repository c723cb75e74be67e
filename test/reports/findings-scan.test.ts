/**
 * findings.json's first scan in a worker thread gives what the scan in this thread gives: the same
 * byte ranges and the same names learnt, in the same order (the masker's names), so every report
 * is the same bytes; a broken findings.json fails the load either way.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreRunDir } from '../../harness/scoring/score-run.js';
import { writeHtmlReportFrom } from '../../reports/html/write-report.js';
import { loadReportData } from '../../reports/report-data.js';
import { buildReportRun } from './html/run-fixture.js';

let dir: string;
beforeAll(async () => {
  dir = await buildReportRun();
  // names said with a cue, so that scoring quotes them into findings.json
  const file = path.join(dir, 'contacts', 'card-replacement-webchat-1.json');
  const i = JSON.parse(await readFile(file, 'utf8'));
  i.turns[0].text = '您好，我是客服李娜，请问有什么可以帮您？';
  i.turns[1].text = '你好，我叫赵敏，我的银行卡丢了，补办要多少钱？';
  await writeFile(file, JSON.stringify(i));
  await scoreRunDir(dir);
  // and a name said only in findings.json, which only its scan can teach the masker
  const findings = path.join(dir, 'findings.json');
  await writeFile(findings, (await readFile(findings, 'utf8')).replace(/"reason":\s*"/, '$&客户说我叫孙丽，'));
}, 60_000);

describe('findings.json scanned by a worker thread', () => {
  it('gives the same ranges, the same names in the same order, and the same report', async () => {
    const here = await loadReportData(dir, { workers: 0 });
    const there = await loadReportData(dir, { workers: 1 });
    expect(there.maskOptions).toEqual(here.maskOptions);
    expect(here.maskOptions!.personaNames).toContain('孙丽');
    for (const c of here.contacts) expect(there.sources!.location(c.contactId)).toEqual(here.sources!.location(c.contactId));
    expect(here.contacts.some((c) => here.sources!.location(c.contactId).findings !== null)).toBe(true);
    const a = path.join(dir, 'a.html');
    const b = path.join(dir, 'b.html');
    await writeHtmlReportFrom(here, a, { workers: 0 });
    await writeHtmlReportFrom(there, b, { workers: 0 });
    const sameCharts = (html: string) => html.replace(/zr\d+-cls-\d+/g, 'zr-cls');
    expect(sameCharts(await readFile(b, 'utf8'))).toBe(sameCharts(await readFile(a, 'utf8')));
  }, 60_000);

  it('fails the load when findings.json is not JSON, as the scan in this thread does', async () => {
    const file = path.join(dir, 'findings.json');
    const text = await readFile(file, 'utf8');
    // an element naming someone new (so the learner parses it) that is not JSON: a trailing comma
    const at = text.search(/"contacts":\s*\[/);
    const open = text.indexOf('[', at) + 1;
    await writeFile(file, `${text.slice(0, open)}{"contactId":"x","reason":"我叫钱进",},${text.slice(open)}`);
    try {
      const here = await loadReportData(dir, { workers: 0 }).then(() => null, (e: Error) => e);
      const there = await loadReportData(dir, { workers: 1 }).then(() => null, (e: Error) => e);
      expect(here).toBeInstanceOf(Error);
      expect(there?.message).toBe(here!.message);
    } finally {
      await writeFile(file, text);
    }
  }, 60_000);
});
