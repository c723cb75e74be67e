/**
 * The report page: one self-contained HTML document (inline CSS, script, SVG charts and the run's
 * data as JSON). Streamed out piece by piece, because with 10,000 contacts the data is tens of
 * megabytes and building it as one string would double the memory for nothing.
 */
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ContactView, ReportModel, SheetView } from './model.js';

const asset = (name: string) => readFileSync(new URL(`./client/${name}`, import.meta.url), 'utf8');
const CSS = asset('report.css');
const REPORT_JS = asset('report.js');
const REVIEW_JS = asset('review.js');

/** A report model whose contacts may still be coming (the HTML report reads them one at a time from the run folder). */
export interface PageModel extends Omit<ReportModel, 'contacts'> {
  contacts: Iterable<ContactView> | AsyncIterable<ContactView>;
}

export interface PageOptions {
  /** `review`: the review page served by `review <runDir>` (edit controls, talks to its API). @default 'report' */
  mode?: 'report' | 'review';
  /** Server-rendered SVG charts shown on the overview. @default none */
  charts?: string[];
  /** Server-rendered HTML sections shown on the overview after the charts (the load section of a load run). @default none */
  sections?: string[];
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON that cannot close the <script> element it sits in. */
export function scriptJson(value: unknown): string {
  return scriptSafe(JSON.stringify(value));
}

/** JSON text made safe to sit in a <script> element (see scriptJson). */
export function scriptSafe(json: string): string {
  // one scan in the common case (a contact's JSON has none of them) instead of three replaces
  return UNSAFE_IN_SCRIPT.test(json) ? json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : json;
}
const UNSAFE_IN_SCRIPT = /[<\u2028\u2029]/;

function head(model: Pick<ReportModel, 'run'>, mode: 'report' | 'review', charts: string[], sections: string[]): string {
  const title = `${mode === 'review' ? '复核' : '模拟测试报告'} ${model.run.runId}`;
  const reviewControls =
    mode === 'review'
      ? `<div class="review-controls"><label>复核人 <input id="reviewer" placeholder="姓名或工号" size="10"></label>
<button id="signoff" type="button">签核整个测试</button> <span id="review-msg" role="status"></span></div>`
      : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body data-mode="${mode}">
<header class="top"><h1>${escapeHtml(title)}</h1><div class="muted">${escapeHtml(model.run.rubric)} · ${model.run.contacts} 次联络</div><div id="headline"></div>
<nav class="tabs"><button type="button" data-tab="overview">概览</button><button type="button" data-tab="contacts">联络明细</button></nav>${reviewControls}</header>
<main>
<div id="overview">${charts.length ? `<section class="charts">${charts.map((svg) => `<div>${svg}</div>`).join('')}</section>` : ''}${sections.join('')}<div id="overview-data"></div></div>
<div id="contacts" hidden><div class="split"><div>
<div class="filters">
<label>场景<select id="f-scenario"></select></label>
<label>渠道<select id="f-channel"><option value="">全部渠道</option><option value="webchat">文字</option><option value="voice">语音</option></select></label>
<label>检查项<select id="f-check"></select></label>
<label>结论<select id="f-verdict"><option value="">全部</option><option value="pass">达标</option><option value="fail">未达标</option><option value="changed">人工修改过</option></select></label>
<label><span><input type="checkbox" id="f-review"> 只看待复核</span></label>
<label>联络编号<input type="search" id="f-q" placeholder="搜索"></label>
</div>
<div class="group-tabs"><button type="button" data-group="scored">已评分 <span class="n"></span></button><button type="button" data-group="unreached">未接通坐席 <span class="n"></span></button><button type="button" data-group="tool">工具故障 <span class="n"></span></button></div>
<div class="list-count" id="list-count"></div>
<div class="list" id="list"><div id="list-spacer"></div><div id="list-rows"></div></div>
</div><div class="detail" id="detail"><p class="muted">选择左侧的一条联络。</p></div></div></div>
</main>
<script type="application/json" id="report-data">`;
}

/**
 * A contact as the page file carries it: sheet labels (评价项目, 评价内容, 分值, titles) come from the
 * run's sheets instead of being repeated in every contact, and notes and finding reasons — the same
 * few hundred sentences over thousands of contacts — are indexes into one string table. About
 * halves the file at 10,000 contacts; the page's script unpacks a contact when it is opened.
 */
export class ContactPacker {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly templates: Map<string, string[]>;

  constructor(model: Pick<ReportModel, 'run'>) {
    this.templates = new Map(model.run.sheets.map((s) => [s.id, s.items.map((it) => it[0])]));
  }

  /** The string's index in the page's string table (added at the end when new). */
  intern(s: string): number {
    let k = this.index.get(s);
    if (k === undefined) {
      k = this.strings.length;
      this.strings.push(s);
      this.index.set(s, k);
    }
    return k;
  }

  /** A contact's sheets as the page carries them; their notes are interned (before its findings' reasons: the table's order). */
  packSheets(sheets: readonly SheetView[]): unknown[] {
    return sheets.map((s) => {
      const names = this.templates.get(s.id);
      // a sheet the run's sheets do not have (another rubric?) travels unpacked
      if (!names || names.length !== s.items.length || s.items.some((it, k) => it[0] !== names[k])) return s;
      return [s.id, s.total, s.max, s.manualMax, s.normalised, s.veto ?? null, s.items.map((it) => [it[3], it[4], this.intern(it[5])])];
    });
  }

  pack(c: ContactView): unknown {
    const sheets = this.packSheets(c.sheets);
    const findings = c.findings.map((f) => [f[0], f[1], this.intern(f[2]), f[3], f[4], f[5]]);
    return { ...c, packed: 1, sheets, findings };
  }
}

async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** The page up to the contacts' data: everything before the first contact's JSON. */
export function pageStart(model: Omit<PageModel, 'contacts'>, opts: PageOptions = {}): string {
  return `${head(model, opts.mode ?? 'report', opts.charts ?? [], opts.sections ?? [])}{"run":${scriptJson(model.run)},"checkLabels":${scriptJson(model.checkLabels)},"scenarioTitles":${scriptJson(model.scenarioTitles)},"contacts":[`;
}

/** The page after the contacts' data: the packer's string table and the scripts. */
export function pageEnd(packer: ContactPacker, mode: PageOptions['mode'] = 'report'): string {
  return `],"strings":${scriptJson(packer.strings)}}</script>\n<script>${REPORT_JS}</script>\n${mode === 'review' ? `<script>${REVIEW_JS}</script>\n` : ''}</body></html>\n`;
}

/**
 * The contacts' data (comma-separated packed JSON) written to `out` in batches — one write per
 * contact would be 10,000 tiny writes. `seen` gets each contact before it is packed. Returns the count.
 */
export async function writeContactData(out: Writable, contacts: PageModel['contacts'], packer: ContactPacker, seen?: (c: ContactView) => void): Promise<number> {
  let batch = '';
  let k = 0;
  for await (const contact of contacts) {
    seen?.(contact);
    batch += (k++ ? ',' : '') + scriptJson(packer.pack(contact));
    if (batch.length > 1 << 20) {
      await put(out, batch);
      batch = '';
    }
  }
  if (batch) await put(out, batch);
  return k;
}

/** Writes the page to `out` (a file stream or an HTTP response); does not end it. Returns the number of contacts written. */
export async function writeReportPage(out: Writable, model: PageModel, opts: PageOptions = {}): Promise<number> {
  await put(out, pageStart(model, opts));
  const packer = new ContactPacker(model);
  const n = await writeContactData(out, model.contacts, packer);
  await put(out, pageEnd(packer, opts.mode));
  return n;
}
