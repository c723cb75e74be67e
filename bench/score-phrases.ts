/**
 * Precision and recall of the vocabulary-driven checks on the phrase banks (test/corpus/phrases-*),
 * written apart from the scorers: each exchange is set into a clean contact (phrase-probes.ts) and
 * scored with the default rubric.
 *
 *   npm run bench -- score-phrases [set …] [--misses N]   (default: every phrases-* set)
 *
 * Misses are never listed for a set whose name ends in "-eval" (never tuned on) or "-val" (the
 * tuners' validation bank: figures only): those measure how the vocabularies carry over to
 * wordings nobody tuned on, and stay unread.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { loadRubric } from '../harness/scoring/rubric-loader.js';
import { scoreContact } from '../scorers/score.js';
import type { CheckId, Finding } from '../scorers/scorer.js';
import { CORPUS_ROOT, TARGET, jsonLines, setsWith } from './score-corpus.js';
import { MEASURES, PROBES, phraseContact, type PhraseItem } from './phrase-probes.js';

const PhraseItemSchema = z.object({
  id: z.string().min(1),
  probe: z.enum(PROBES),
  channel: z.enum(['webchat', 'voice']).optional(),
  domain: z.string().optional(),
  customer: z.string().min(1).optional(),
  agent: z.string().min(1),
  agentAfter: z.string().min(1).optional(),
  labels: z.record(z.string(), z.boolean()),
  category: z.string().optional(),
  why: z.string().optional(),
});

/** A 忌语 category written among the labels ("labels": {"forbidden": true, "category": "推诿"}) is the item's category. */
function categoryOutOfLabels(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const v = value as { labels?: Record<string, unknown>; category?: unknown };
  if (typeof v.labels?.category !== 'string') return value;
  const { category, ...labels } = v.labels;
  return { ...v, labels, category: v.category ?? category };
}

export interface PhraseRow {
  measure: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number | null;
  recall: number | null;
}

export interface PhraseMiss {
  measure: string;
  kind: 'false-negative' | 'false-positive';
  item: PhraseItem;
  reason: string;
}

export interface PhraseReport {
  set: string;
  items: number;
  /** Lines that did not parse or lack a label their probe needs (file:line: what is wrong). */
  problems: string[];
  rows: PhraseRow[];
  misses: PhraseMiss[];
}

/** Every folder under test/corpus with a phrases.jsonl. */
export const phraseSets = (root = CORPUS_ROOT): Promise<string[]> => setsWith('phrases.jsonl', root);

/** The bank's items; a line that does not parse, or lacks a label its probe is measured by, is a problem. */
export async function loadPhraseSet(set: string, root = CORPUS_ROOT): Promise<{ items: PhraseItem[]; problems: string[] }> {
  const file = path.join(root, set, 'phrases.jsonl');
  const shown = path.relative(process.cwd(), file);
  const items: PhraseItem[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const { line, value, error } of jsonLines(await readFile(file, 'utf8'))) {
    if (error) {
      problems.push(`${shown}:${line}: ${error}`);
      continue;
    }
    const parsed = PhraseItemSchema.safeParse(categoryOutOfLabels(value));
    if (!parsed.success) {
      problems.push(`${shown}:${line}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      continue;
    }
    const item = parsed.data as PhraseItem;
    const missing = MEASURES[item.probe].flatMap((m) => m.needs).filter((label) => item.labels[label] === undefined);
    if (missing.length) problems.push(`${shown}:${line}: labels: ${item.probe} needs ${[...new Set(missing)].join(', ')}`);
    else if (ids.has(item.id)) problems.push(`${shown}:${line}: id: ${item.id} is used twice`);
    else {
      ids.add(item.id);
      items.push(item);
    }
  }
  return { items, problems };
}

function reasonOf(findings: readonly Finding[], check: CheckId): string {
  const f = findings.find((x) => x.check === check && x.pass === false) ?? findings.find((x) => x.check === check);
  if (!f) return '(no finding)';
  return `${f.pass === 'na' ? '[N/A] ' : f.pass ? '[pass] ' : ''}${f.reason}`;
}

export async function evaluatePhraseSet(set: string, root = CORPUS_ROOT): Promise<PhraseReport> {
  const rubric = await loadRubric();
  const { items, problems } = await loadPhraseSet(set, root);
  const rows = new Map<string, PhraseRow>();
  const misses: PhraseMiss[] = [];
  for (const item of items) {
    const { interaction, scenario } = phraseContact(item);
    const { findings } = scoreContact(interaction, scenario, rubric);
    for (const m of MEASURES[item.probe]) {
      if (m.applies && !m.applies(item.labels)) continue;
      const row = rows.get(m.name) ?? { measure: m.name, tp: 0, fp: 0, fn: 0, tn: 0, precision: null, recall: null };
      rows.set(m.name, row);
      const expected = m.expected(item.labels);
      const fired = m.fired(findings);
      if (expected && fired) row.tp++;
      else if (fired) row.fp++;
      else if (expected) row.fn++;
      else row.tn++;
      if (expected !== fired) misses.push({ measure: m.name, kind: fired ? 'false-positive' : 'false-negative', item, reason: reasonOf(findings, m.check) });
    }
  }
  for (const row of rows.values()) {
    row.precision = row.tp + row.fp ? row.tp / (row.tp + row.fp) : null;
    row.recall = row.tp + row.fn ? row.tp / (row.tp + row.fn) : null;
  }
  const order = PROBES.flatMap((p) => MEASURES[p].map((m) => m.name));
  return { set, items: items.length, problems, rows: order.map((n) => rows.get(n)).filter((r): r is PhraseRow => !!r), misses };
}

const cell = (row: PhraseRow | undefined): string => {
  if (!row) return '–'.padStart(16);
  const n = (x: number | null) => (x === null ? '—' : x === 1 ? '100' : (x * 100).toFixed(1));
  const star = (row.precision ?? 1) < TARGET || (row.recall ?? 1) < TARGET ? '*' : ' ';
  return `${n(row.precision)}/${n(row.recall)}${star}(${row.tp + row.fn})`.padStart(16);
};

/** Sets that measure how rules carry over: figures only, their items are never listed. */
const isUnread = (set: string) => /holdout|-eval$|-val$/u.test(set);

export function formatPhraseReports(reports: readonly PhraseReport[], missesPerMeasure = 0): string {
  const lines = [`vocabulary checks on the phrase banks (exchanges written apart from the scorers; P% / R% (positives); target ${TARGET})`];
  for (const r of reports) {
    lines.push(`  ${r.set}: ${r.items} exchanges${r.problems.length ? `, ${r.problems.length} lines NOT used` : ''}`);
    for (const p of r.problems.slice(0, 5)) lines.push(`    ${p}`);
  }
  const names = PROBES.flatMap((p) => MEASURES[p].map((m) => m.name));
  lines.push(`  ${'measure'.padEnd(44)}│${reports.map((r) => r.set.replace(/^phrases-/u, '').padStart(16)).join('')}`);
  for (const name of names) lines.push(`  ${name.padEnd(44)}│${reports.map((r) => cell(r.rows.find((x) => x.measure === name))).join('')}`);
  for (const r of reports) {
    if (!missesPerMeasure || isUnread(r.set)) continue;
    lines.push('', `misses on ${r.set} (up to ${missesPerMeasure} per measure and kind):`);
    const groups = new Map<string, PhraseMiss[]>();
    for (const m of r.misses) groups.set(`${m.measure} ${m.kind}`, [...(groups.get(`${m.measure} ${m.kind}`) ?? []), m]);
    for (const [key, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${key}: ${list.length}`);
      for (const m of list.slice(0, missesPerMeasure)) {
        const said = m.item.customer ? `客户「${m.item.customer}」 ` : '';
        lines.push(`    ${m.item.id} ${m.item.channel ?? 'webchat'}${m.item.category ? ` ${m.item.category}` : ''}: ${said}坐席「${m.item.agent}」${m.item.agentAfter ? ` …「${m.item.agentAfter}」` : ''}`);
        lines.push(`      scorer: ${m.reason.slice(0, 160)}`);
        if (m.item.why) lines.push(`      label : ${m.item.why.slice(0, 160)}`);
      }
    }
  }
  return lines.join('\n');
}

/** `npm run bench -- score-phrases [set …] [--misses N]` */
export async function benchScorePhrases(argv: string[] = []): Promise<void> {
  const i = argv.indexOf('--misses');
  const misses = i >= 0 ? Math.max(0, Math.floor(Number(argv[i + 1]) || 0)) : 0;
  const named = argv.filter((a, n) => !a.startsWith('--') && !(i >= 0 && n === i + 1));
  const sets = named.length ? named : await phraseSets();
  if (!sets.length) {
    console.log(`no phrase bank under ${path.relative(process.cwd(), CORPUS_ROOT)}/ (expected <set>/phrases.jsonl)`);
    return;
  }
  const reports: PhraseReport[] = [];
  for (const set of sets) reports.push(await evaluatePhraseSet(set));
  console.log(formatPhraseReports(reports, misses));
}
