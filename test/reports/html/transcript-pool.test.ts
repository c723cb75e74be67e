/**
 * report.html written with worker threads reading the transcripts is the same file, byte for byte,
 * as when one thread writes it (masked and not), and a worker that meets a broken input fails the
 * report with the error the main thread would have raised.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeHtmlReportFrom } from '../../../reports/html/write-report.js';
import { loadReportData } from '../../../reports/report-data.js';
import type { PrivacyOptions } from '../../../reports/privacy/types.js';
import { buildReportRun } from './run-fixture.js';

let dir: string;
beforeAll(async () => {
  dir = await buildReportRun();
  // personal data for the masker to find, in a transcript a worker reads
  const file = path.join(dir, 'contacts', 'card-replacement-webchat-1.json');
  const i = JSON.parse(await readFile(file, 'utf8'));
  i.turns[1].text = '你好，我叫张伟，手机138 0013 8000，<script>银行卡6222 0212 3456 7890 128丢了\u2028';
  await writeFile(file, JSON.stringify(i));
}, 60_000);

/** ECharts numbers its SVG classes per process (zr0-cls-1, zr1-cls-…): the second page of a process differs there only. */
const sameCharts = (html: string) => html.replace(/zr\d+-cls-\d+/g, 'zr-cls');

// the workers read the run's own files: a run with report records is read from them in this thread
async function page(privacy: PrivacyOptions, workers: number, out: string): Promise<string> {
  const data = await loadReportData(dir, { privacy, records: false });
  const file = path.join(dir, out);
  await writeHtmlReportFrom(data, file, { workers, chunk: 1 });
  return readFile(file, 'utf8');
}

describe('report.html with worker threads', () => {
  it('is the same bytes as written by one thread, masked and unmasked', async () => {
    for (const privacy of [{}, { mask: false }]) {
      const one = await page(privacy, 0, 'one.html');
      const two = await page(privacy, 2, 'two.html');
      expect(sameCharts(two)).toBe(sameCharts(one));
      // the planted values: masked, or shown as recorded with masking off
      expect(one.includes('138 0013 8000')).toBe(privacy.mask === false);
    }
  }, 60_000);

  it('fails with the input error when a worker cannot read a contact’s findings', async () => {
    const data = await loadReportData(dir, { records: false });
    const findings = path.join(dir, 'findings.json');
    const text = await readFile(findings, 'utf8');
    // contact 2 of 5 goes to a worker (chunks of 1, this thread takes every third): break its element, same length
    const id = data.contacts[1]!.contactId;
    const at = text.search(new RegExp(`"contactId":\\s*"${id}"`));
    expect(at).toBeGreaterThan(0);
    await writeFile(findings, `${text.slice(0, at)}!${text.slice(at + 1)}`);
    await expect(writeHtmlReportFrom(data, path.join(dir, 'broken.html'), { workers: 2, chunk: 1 })).rejects.toMatchObject({ code: 'E_REPORT_INPUT', message: expect.stringContaining(id) });
    await writeFile(findings, text);
  }, 60_000);
});
