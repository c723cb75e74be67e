/**
 * Every report format, the console summary and the review page, rendered from a run whose
 * transcripts hold planted personal data: none of the planted values may appear in any output
 * (xlsx unzipped, the PDF's HTML as given to the renderer). Positive controls make sure the grep
 * can fail: the raw run folder does hold the values, the outputs do hold ordinary transcript text,
 * and with masking off the values do come through.
 */
import { execFileSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreRunDir } from '../../../harness/scoring/score-run.js';
import { summaryTableReporter } from '../../../reports/console/summary-table.js';
import { createReportSession } from '../../../reports/file-reporter.js';
import type { PrivacyOptions } from '../../../reports/privacy/types.js';
import { resolveFormats } from '../../../reports/registry.js';
import { ReporterMux } from '../../../reports/reporter.js';
import { startReviewServer } from '../../../reports/review/server.js';
import type { Interaction } from '../../../harness/interaction/types.js';
import { scoredRun } from '../scored-run.js';

/** Planted values, as written in the transcript, and the forms they could take in an output. */
const PLANTED = ['13800138000', '138 0013 8000', '11010519491231002X', '19491231', '6222021234567890128', '6222 0212 3456 7890 128', 'zhangwei@example.com', '建国路88号', '张伟', '王女士', '13912345678'];
/** Ordinary transcript text that must still be readable in the reports. */
const CONTROL = '补卡手续费';

async function plantedRun(): Promise<string> {
  const dir = await scoredRun();
  const file = path.join(dir, 'contacts', 'card-replacement-webchat-1.json');
  const i = JSON.parse(await readFile(file, 'utf8')) as Interaction;
  i.turns[0]!.text = '王女士您好，很高兴为您服务，我是工号1024的客服小李，请问有什么可以帮您？';
  i.turns[1]!.text = '你好，我叫张伟，手机138 0013 8000，我的银行卡6222 0212 3456 7890 128丢了，补办要多少钱？';
  i.turns[3]!.text = '身份证11010519491231002X，邮箱zhangwei@example.com，住北京市朝阳区建国路88号3栋1201室，备用电话13800138000';
  await writeFile(file, JSON.stringify(i));
  const voice = path.join(dir, 'contacts', 'card-replacement-voice-1.json');
  const v = JSON.parse(await readFile(voice, 'utf8')) as Interaction;
  Object.assign(v, { outcome: 'failed', failedBy: 'centre', error: { code: 'E_CALL_FAILED', message: '客户回拨号码13912345678无人接听' } });
  await writeFile(voice, JSON.stringify(v));
  await scoreRunDir(dir);
  await writeFile(path.join(dir, 'review.json'), JSON.stringify({ schemaVersion: 1, entries: [{ kind: 'sign-off', at: '2026-12-03T10:00:00Z', reviewer: '李评估', note: '已回访张伟（13800138000）' }] }));
  return dir;
}

/** Every report file's text (xlsx unzipped) and the HTML the PDF was printed from. */
async function renderAll(dir: string, privacy?: PrivacyOptions): Promise<Record<string, string>> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'ms-privacy-out-'));
  const printed: string[] = [];
  const session = createReportSession(resolveFormats(), { outDir: out, privacy, renderPdf: async (html) => (printed.push(html), Buffer.from('%PDF-1.4')) });
  const console = new PassThrough();
  let consoleText = '';
  console.on('data', (b: Buffer) => (consoleText += b.toString()));
  const interactions = await Promise.all((await readdir(path.join(dir, 'contacts'))).map(async (n) => JSON.parse(await readFile(path.join(dir, 'contacts', n), 'utf8')) as Interaction));
  const mux = new ReporterMux([...session.reporters, summaryTableReporter(console)], (name, _h, err) => {
    throw new Error(`${name}: ${(err as Error).message}`);
  });
  await mux.runEnd({ manifest: {} as never, runDir: dir, interactions, interrupted: false });
  const texts: Record<string, string> = { console: consoleText, 'pdf (html printed)': printed.join('\n') };
  for (const name of await readdir(out)) {
    const file = path.join(out, name);
    texts[name] = name.endsWith('.xlsx') ? execFileSync('unzip', ['-p', file], { maxBuffer: 64 << 20 }).toString('utf8') : await readFile(file, 'utf8');
  }
  const review = await startReviewServer(dir, { privacy });
  try {
    texts['review page'] = await (await fetch(review.url)).text();
  } finally {
    await review.close();
  }
  return texts;
}

/** JSON embedded in HTML may escape characters; compare on a form where escapes are resolved. */
function unescaped(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})/gu, (_m, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/&#(\d+);/gu, (_m, d: string) => String.fromCharCode(Number(d)));
}

describe('personal data in every report format', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await plantedRun();
  });

  it('the run folder keeps the raw values (scoring needs them), so the planted data did reach the report inputs', async () => {
    const findings = await readFile(path.join(dir, 'findings.json'), 'utf8');
    const contact = await readFile(path.join(dir, 'contacts', 'card-replacement-webchat-1.json'), 'utf8');
    expect(contact).toContain('11010519491231002X');
    expect(findings).toContain('王女士');
  });

  it('masked by default: no planted value in html, xlsx, pdf, junit, json, the console summary or the review page', async () => {
    const texts = await renderAll(dir);
    expect(Object.keys(texts).sort()).toEqual(['console', 'junit.xml', 'pdf (html printed)', 'report.html', 'report.json', 'report.pdf', 'report.xlsx', 'review page']);
    const leaks: string[] = [];
    for (const [where, raw] of Object.entries(texts)) {
      const text = unescaped(raw);
      for (const value of PLANTED) if (text.includes(value)) leaks.push(`${where}: ${value}`);
    }
    expect(leaks).toEqual([]);
    // the transcript is still there, masked where it matters
    const html = unescaped(texts['report.html']!);
    expect(html).toContain(CONTROL);
    expect(html).toContain('138****8000');
    expect(html).toContain('110***********002X');
    expect(unescaped(texts['review page']!)).toContain(CONTROL);
    expect(texts.console).toContain('139****5678');
  });

  it('with masking off (report --no-mask) the values come through: the check above can fail', async () => {
    const texts = await renderAll(dir, { mask: false });
    const html = unescaped(texts['report.html']!);
    expect(html).toContain('11010519491231002X');
    expect(html).toContain('138 0013 8000');
    expect(unescaped(texts['review page']!)).toContain('张伟');
  });
});
