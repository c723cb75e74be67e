/**
 * Precision and recall of every check on the independent labelled corpora (test/corpus/<set>/),
 * written apart from the scorers by people who never saw scorers/ or mocks/centre/: the figure
 * that says whether a score holds on contacts nobody here wrote. The simulated centre's figure
 * (score-accuracy.ts) only shows that the centre and the scorers agree with each other.
 *
 *   npm run bench -- score-corpus [set …] [--misses N]   (default: every set under test/corpus/)
 *
 * A check *fires* on a contact when one of its findings has pass === false; a label "fail" is a
 * defect the check should find. Misses are listed only for development sets: a set whose name
 * contains "holdout" is for figures only, its items are never printed.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenarioFile } from '../harness/scenario/loader.js';
import { InteractionSchema } from '../harness/scoring/interaction-schema.js';
import { loadRubric } from '../harness/scoring/rubric-loader.js';
import type { Interaction } from '../harness/interaction/types.js';
import { CHECK_IDS, type CheckId } from '../scorers/rubric/schema.js';
import { emptyScenario, type Finding, type ScoringScenario } from '../scorers/scorer.js';
import { scoreContact } from '../scorers/score.js';

export const CORPUS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/corpus');
export const TARGET = 0.95;

export type Label = 'pass' | 'fail' | 'na';

export interface LabelledContact {
  contactId: string;
  domain?: string;
  labels: Partial<Record<CheckId, Label>>;
  why?: Partial<Record<CheckId, string>>;
}

export interface CorpusRow {
  check: CheckId;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Contacts labelled pass/fail on which the scorer answered N/A (it did not judge what it should). */
  naWhenLabelled: number;
  precision: number | null;
  recall: number | null;
}

export interface CorpusMiss {
  kind: 'false-negative' | 'false-positive';
  contactId: string;
  check: CheckId;
  reason: string;
  why: string;
}

export interface CorpusReport {
  set: string;
  contacts: number;
  /** Lines that needed `durationMs` derived before they parsed (other systems' exports). */
  derivedDuration: number;
  /** Lines that did not parse as Interactions at all (file:line: message). */
  unparsed: string[];
  rows: CorpusRow[];
  misses: CorpusMiss[];
  scoreMs: number;
}

/** Every set folder under `root` holding `file` (labels.jsonl: contact corpora; phrases.jsonl: phrase banks). */
export async function setsWith(file: string, root = CORPUS_ROOT): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const sets: string[] = [];
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    const has = await readFile(path.join(root, e.name, file), 'utf8').then(() => true, () => false);
    if (has) sets.push(e.name);
  }
  return sets.sort();
}

/** Every set folder under test/corpus that has labels. */
export const corpusSets = (root = CORPUS_ROOT): Promise<string[]> => setsWith('labels.jsonl', root);

/** Non-blank lines parsed as JSON, with their 1-based line numbers; a line that does not parse carries its error. */
export function jsonLines(text: string): { line: number; value: unknown; error?: string }[] {
  return text.split('\n').flatMap((raw, i) => {
    if (!raw.trim()) return [];
    try {
      return [{ line: i + 1, value: JSON.parse(raw) as unknown }];
    } catch (err) {
      return [{ line: i + 1, value: null, error: (err as Error).message }];
    }
  });
}

/** The last moment anything happened in the contact, for exports that leave out durationMs. */
function lastMoment(raw: Record<string, unknown>): number {
  const turns = Array.isArray(raw.turns) ? (raw.turns as { endMs?: unknown }[]) : [];
  const events = Array.isArray(raw.events) ? (raw.events as { atMs?: unknown }[]) : [];
  const times = [...turns.map((t) => t.endMs), ...events.map((e) => e.atMs)].filter((x): x is number => typeof x === 'number');
  return times.length ? Math.max(...times) : 0;
}

/**
 * A set's labels after adjudication (test/corpus/adjudicate.py): the first labeller's, with the errors a
 * second labeller found in them corrected. Reported beside the set as "<set>@adj".
 */
export const ADJUDICATED_LABELS = 'labels-adjudicated.jsonl';

/**
 * Score a set against its labels (`labelsFile`: labels.jsonl, or ADJUDICATED_LABELS for the "<set>@adj" report).
 * @param labelsFile @default 'labels.jsonl'
 */
export async function evaluateCorpus(set: string, root = CORPUS_ROOT, labelsFile = 'labels.jsonl'): Promise<CorpusReport> {
  const dir = path.join(root, set);
  const rubric = await loadRubric();
  const scenarios = new Map<string, ScoringScenario>();
  const scenarioDir = path.join(dir, 'scenarios');
  for (const f of (await readdir(scenarioDir).catch(() => [])).filter((n) => /\.ya?ml$/u.test(n)).sort()) {
    const s = await loadScenarioFile(path.join(scenarioDir, f));
    scenarios.set(s.id, s);
  }
  const labels = new Map<string, LabelledContact>();
  for (const { value } of jsonLines(await readFile(path.join(dir, labelsFile), 'utf8'))) {
    const l = value as LabelledContact | null;
    if (l?.contactId) labels.set(l.contactId, l);
  }

  const rows = new Map<CheckId, CorpusRow>(CHECK_IDS.map((check) => [check, { check, tp: 0, fp: 0, fn: 0, tn: 0, naWhenLabelled: 0, precision: null, recall: null }]));
  const misses: CorpusMiss[] = [];
  const unparsed: string[] = [];
  let derivedDuration = 0;
  let contacts = 0;
  let scoreMs = 0;
  const file = path.join(dir, 'contacts.jsonl');
  for (const { line, value, error } of jsonLines(await readFile(file, 'utf8'))) {
    if (error || !value || typeof value !== 'object') {
      unparsed.push(`${path.relative(process.cwd(), file)}:${line}: ${error ?? 'not an object'}`);
      continue;
    }
    const raw = value as Record<string, unknown>;
    if (raw.durationMs === undefined) {
      raw.durationMs = lastMoment(raw);
      derivedDuration++;
    }
    const parsed = InteractionSchema.safeParse(raw);
    if (!parsed.success) {
      unparsed.push(`${path.relative(process.cwd(), file)}:${line}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      continue;
    }
    const interaction = parsed.data as Interaction;
    const label = labels.get(interaction.contactId);
    if (!label) continue;
    contacts++;
    const t0 = performance.now();
    const { findings } = scoreContact(interaction, scenarios.get(interaction.scenarioId) ?? emptyScenario(interaction.scenarioId), rubric);
    scoreMs += performance.now() - t0;
    for (const check of CHECK_IDS) {
      const truth = label.labels[check];
      if (!truth) continue; // this set does not label the check
      const own = findings.filter((f) => f.check === check);
      const failed = own.find((f) => f.pass === false);
      const row = rows.get(check)!;
      if (truth !== 'na' && own.length > 0 && own.every((f) => f.pass === 'na')) row.naWhenLabelled++;
      if (truth === 'fail' && failed) row.tp++;
      else if (failed) row.fp++;
      else if (truth === 'fail') row.fn++;
      else row.tn++;
      if ((truth === 'fail') !== Boolean(failed)) {
        misses.push({
          kind: failed ? 'false-positive' : 'false-negative',
          contactId: interaction.contactId,
          check,
          reason: reasonOf(failed ?? own[0]),
          why: label.why?.[check] ?? '',
        });
      }
    }
  }
  for (const row of rows.values()) {
    row.precision = row.tp + row.fp ? row.tp / (row.tp + row.fp) : null;
    row.recall = row.tp + row.fn ? row.tp / (row.tp + row.fn) : null;
  }
  return { set: labelsFile === ADJUDICATED_LABELS ? `${set}@adj` : set, contacts, derivedDuration, unparsed, rows: [...rows.values()], misses, scoreMs };
}

function reasonOf(f: Finding | undefined): string {
  if (!f) return '(no finding for this check)';
  const quotes = f.evidence.slice(0, 2).map((e) => e.quote).filter(Boolean).join(' / ');
  return `${f.pass === 'na' ? '[N/A] ' : ''}${f.reason}${quotes ? ` «${quotes}»` : ''}`;
}

const pct = (x: number | null) => (x === null ? '    —' : (x * 100).toFixed(1).padStart(5));
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Checks with both precision and recall at the target, and the ones below it. */
function targetsOf(r: CorpusReport): { met: number; below: CorpusRow[] } {
  const below = r.rows.filter((x) => (x.precision !== null && x.precision < TARGET) || (x.recall !== null && x.recall < TARGET));
  return { met: r.rows.filter((x) => x.tp + x.fp + x.fn > 0).length - below.length, below };
}

/** "96.4/88.2*": precision/recall in %, a star when either is below the target; fits 10 sets on a terminal. */
function compactCell(row: CorpusRow): string {
  if (row.tp + row.fp + row.fn + row.tn === 0) return '–'.padStart(11);
  const n = (x: number | null) => (x === null ? '—' : x === 1 ? '100' : (x * 100).toFixed(1));
  const star = (row.precision ?? 1) < TARGET || (row.recall ?? 1) < TARGET ? '*' : ' ';
  return `${n(row.precision)}/${n(row.recall)}${star}`.padStart(11);
}

/**
 * Side-by-side table: one row per check, P/R (TP/FP/FN) per set; the sets' own problems below.
 * With more than `compactAbove` sets each cell is only "P/R" (a star marks a miss of the target).
 * @default compactAbove 3
 */
export function formatCorpusReports(reports: readonly CorpusReport[], missesPerCheck = 0, compactAbove = 3): string {
  const lines: string[] = [];
  lines.push(`scorer accuracy on the independent corpora (labels written apart from the scorers; target P and R ≥ ${TARGET})`);
  for (const r of reports) {
    lines.push(`  ${r.set}: ${r.contacts} labelled contacts, scored in ${(r.scoreMs / 1000).toFixed(2)} s` +
      `${r.derivedDuration ? `, durationMs derived for ${r.derivedDuration}` : ''}${r.unparsed.length ? `, ${r.unparsed.length} lines NOT parsed` : ''}`);
    for (const u of r.unparsed.slice(0, 5)) lines.push(`    ${clip(u, 200)}`);
  }
  lines.push('');
  if (reports.length > compactAbove) {
    lines.push(`  ${'P% / R%'.padEnd(18)} │${reports.map((r) => clip(r.set.replace(/^independent-/u, '').replace(/^holdout(?=.*@)/u, 'hold'), 10).padStart(11)).join('')}`);
    for (const check of CHECK_IDS) lines.push(`  ${check.padEnd(18)} │${reports.map((r) => compactCell(r.rows.find((x) => x.check === check)!)).join('')}`);
    lines.push(`  ${'checks at target'.padEnd(18)} │${reports.map((r) => String(targetsOf(r).met).padStart(10) + ' ').join('')}`);
    lines.push('  (–: not labelled; *: precision or recall below the target)');
  } else {
    const head = reports.map((r) => `${clip(r.set, 27).padEnd(27)}`).join(' │ ');
    lines.push(`  ${'check'.padEnd(18)} │ ${head}`);
    lines.push(`  ${''.padEnd(18)} │ ${reports.map(() => '  P%    R%   TP  FP  FN naL').join(' │ ')}`);
    for (const check of CHECK_IDS) {
      const cells = reports.map((r) => {
        const row = r.rows.find((x) => x.check === check)!;
        if (row.tp + row.fp + row.fn + row.tn === 0) return '   (not labelled)'.padEnd(27);
        return `${pct(row.precision)} ${pct(row.recall)} ${String(row.tp).padStart(4)}${String(row.fp).padStart(4)}${String(row.fn).padStart(4)}${String(row.naWhenLabelled).padStart(4)}`;
      });
      lines.push(`  ${check.padEnd(18)} │ ${cells.join(' │ ')}`);
    }
    lines.push('  (naL: contacts labelled pass/fail that the scorer answered N/A)');
  }
  for (const r of reports) {
    const { met, below } = targetsOf(r);
    lines.push(`  ${r.set}: ${met} checks meet the targets; below: ${below.map((x) => x.check).join(', ') || 'none'}`);
  }
  for (const r of reports) {
    if (!missesPerCheck || /holdout/u.test(r.set) || r.misses.length === 0) continue;
    lines.push('');
    lines.push(`misses on ${r.set} (up to ${missesPerCheck} per check and kind):`);
    const groups = new Map<string, CorpusMiss[]>();
    for (const m of r.misses) groups.set(`${m.check} ${m.kind}`, [...(groups.get(`${m.check} ${m.kind}`) ?? []), m]);
    for (const [key, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${key}: ${list.length}`);
      for (const m of list.slice(0, missesPerCheck)) {
        lines.push(`    ${m.contactId}`);
        lines.push(`      scorer: ${clip(m.reason, 160)}`);
        if (m.why) lines.push(`      label : ${clip(m.why, 160)}`);
      }
    }
  }
  return lines.join('\n');
}

/** The set has adjudicated labels (ADJUDICATED_LABELS). */
export const hasAdjudicatedLabels = (set: string, root = CORPUS_ROOT): Promise<boolean> =>
  access(path.join(root, set, ADJUDICATED_LABELS)).then(() => true, () => false);

/** Each set's report, followed by its "@adj" report when the set has adjudicated labels. */
export async function evaluateCorpora(sets: string[], root = CORPUS_ROOT): Promise<CorpusReport[]> {
  const reports: CorpusReport[] = [];
  for (const set of sets) {
    reports.push(await evaluateCorpus(set, root));
    if (await hasAdjudicatedLabels(set, root)) reports.push(await evaluateCorpus(set, root, ADJUDICATED_LABELS));
  }
  return reports;
}

/** `npm run bench -- score-corpus [set …] [--misses N]` */
export async function benchScoreCorpus(argv: string[] = []): Promise<void> {
  const i = argv.indexOf('--misses');
  const misses = i >= 0 ? Math.max(0, Math.floor(Number(argv[i + 1]) || 0)) : 0;
  const named = argv.filter((a, n) => !a.startsWith('--') && !(i >= 0 && n === i + 1));
  const sets = named.length ? named : await corpusSets();
  if (sets.length === 0) {
    console.log(`no labelled corpus under ${path.relative(process.cwd(), CORPUS_ROOT)}/ (expected <set>/labels.jsonl)`);
    return;
  }
  console.log(formatCorpusReports(await evaluateCorpora(sets), misses));
}
