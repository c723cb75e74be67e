/**
 * Offline scoring: a stored run directory (`score <runDir>`) or a JSONL file of Interactions
 * recorded elsewhere (`score --interactions file.jsonl --out dir`). Never dials. Writes
 * findings.json, sheets.json and summary.json; the same inputs give byte-identical files.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, HarnessError, type InputProblem } from '../errors.js';
import type { Interaction } from '../interaction/types.js';
import { loadScenarios } from '../scenario/loader.js';
import { writeFileAtomic } from '../store/atomic-write.js';
import { isStoredContactFile } from '../store/run-store.js';
import type { RunManifest } from '../store/types.js';
import { contactStatus } from '../../scorers/contact-status.js';
import { emptyScenario, type ScoringScenario } from '../../scorers/scorer.js';
import { scoreRun, type RunSummary, type ScoredRun } from '../../scorers/sheets/summary.js';
import { InteractionSchema } from './interaction-schema.js';
import { removeReportRecords, ReportRecordsBuilder } from '../../reports/records/record-writer.js';
import { DEFAULT_RUBRIC, loadRubric } from './rubric-loader.js';

export interface ScoreOptions {
  /** Rubric name or path. @default the run's manifest rubric, else "sjt-11739" */
  rubric?: string;
}

export const OUTPUT_FILES = ['findings.json', 'sheets.json', 'summary.json'] as const;

/** The scenarioId the import schema gives a line that names none. */
const IMPORTED_SCENARIO_ID = 'imported';

async function readJsonFile<T>(file: string, what: string): Promise<T> {
  return (await readJsonText<T>(file, what)).value;
}

/** A JSON file's text and value. */
async function readJsonText<T>(file: string, what: string): Promise<{ text: string; value: T }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new HarnessError('E_SCORE_INPUT', `${what} not found: ${file}`);
    throw err;
  }
  try {
    return { text, value: JSON.parse(text) as T };
  } catch (err) {
    throw new HarnessError('E_SCORE_INPUT', `${what} is not valid JSON: ${file}: ${(err as Error).message}`);
  }
}

/** Stable JSON: two-space indent, trailing newline (the objects are built in a fixed key order). */
function json(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

async function writeOutputs(dir: string, scored: ScoredRun): Promise<void> {
  await mkdir(dir, { recursive: true });
  // records of the previous scoring would no longer match (the reports check that too)
  await removeReportRecords(dir);
  // Atomic: a run killed while scoring keeps the previous files or the new ones, never half of one.
  await writeFileAtomic(path.join(dir, 'findings.json'), json(scored.findings));
  await writeFileAtomic(path.join(dir, 'sheets.json'), json(scored.sheets));
  await writeFileAtomic(path.join(dir, 'summary.json'), json(scored.summary));
}

/** Re-score a stored run (runs/<id>/): run.json, scenarios/<id>.json, contacts/*.json. */
export async function scoreRunDir(runDir: string, opts: ScoreOptions = {}): Promise<RunSummary> {
  const manifest = await readJsonFile<RunManifest>(path.join(runDir, 'run.json'), 'run manifest');
  const rubric = await loadRubric(opts.rubric ?? manifest.config?.rubric ?? DEFAULT_RUBRIC);
  const contactsDir = path.join(runDir, 'contacts');
  let files: string[] = [];
  try {
    files = (await readdir(contactsDir)).filter(isStoredContactFile).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const problems: string[] = [];
  const interactions: Interaction[] = [];
  // what the reports show of each contact, kept as it is read (reports/records/)
  const records = new ReportRecordsBuilder();
  for (const f of files) {
    const file = path.join(contactsDir, f);
    const { text, value: raw } = await readJsonText<unknown>(file, 'contact');
    records.addContactFile(file, text, raw);
    const parsed = InteractionSchema.safeParse(raw);
    if (parsed.success) interactions.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(formatProblem({ file: path.join('contacts', f), line: 1, col: 1, field: issue.path.join('.'), message: issue.message }));
  }
  const scenarios = new Map<string, ScoringScenario>();
  for (const id of [...new Set(interactions.map((i) => i.scenarioId))].sort()) {
    const file = path.join(runDir, 'scenarios', `${id}.json`);
    try {
      scenarios.set(id, JSON.parse(await readFile(file, 'utf8')) as ScoringScenario);
    } catch {
      problems.push(`${path.join('scenarios', `${id}.json`)}:1:1  (document)  scenario missing or unreadable: facts and required info are scored N/A`);
      scenarios.set(id, emptyScenario(id));
    }
  }
  const scored = scoreRun({
    runId: manifest.runId ?? path.basename(runDir),
    interactions,
    scenarioFor: (i) => scenarios.get(i.scenarioId)!,
    rubric,
    requestedConcurrency: manifest.config?.concurrency ?? null,
    // h/metrics: a load run's D.2.1 and summary.load come from its stages and due times
    ...(manifest.load ? { load: { info: manifest.load, entries: Object.values(manifest.contacts ?? {}) } } : {}),
    problems,
  });
  await writeOutputs(runDir, scored);
  await records.write(runDir, scored.sheets, scored.findings);
  return scored.summary;
}

export interface InteractionsFileOptions extends ScoreOptions {
  /** Directory the three output files are written to (created if missing). */
  out: string;
  /**
   * Scenario YAML files or folders of them the interactions were recorded against, matched by
   * `scenarioId`. Lines whose scenario is not among them are scored without one (facts, required
   * info N/A) and listed in a warning. With exactly one scenario, lines without a scenarioId use it.
   */
  scenario?: string | readonly string[];
}

/** Parse one Interaction per line; a bad line becomes a problem and the other lines are still used. */
export function parseInteractionsJsonl(text: string, file: string): { interactions: Interaction[]; problems: InputProblem[] } {
  const interactions: Interaction[] = [];
  const problems: InputProblem[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      problems.push({ file, line: n + 1, col: 1, field: '', message: `not valid JSON: ${(err as Error).message}` });
      return;
    }
    const parsed = InteractionSchema.safeParse(raw);
    if (parsed.success) interactions.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push({ file, line: n + 1, col: 1, field: issue.path.join('.'), message: issue.message });
  });
  return { interactions, problems };
}

/** Score Interactions recorded elsewhere (JSONL), e.g. a centre grading its own calls. */
export async function scoreInteractionsFile(jsonlPath: string, opts: InteractionsFileOptions): Promise<RunSummary> {
  const rubric = await loadRubric(opts.rubric ?? DEFAULT_RUBRIC);
  let text: string;
  try {
    text = await readFile(jsonlPath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new HarnessError('E_SCORE_INPUT', `interactions file not found: ${jsonlPath}`);
    throw err;
  }
  const { interactions, problems } = parseInteractionsJsonl(text, jsonlPath);
  const inputs = opts.scenario === undefined ? [] : typeof opts.scenario === 'string' ? [opts.scenario] : [...opts.scenario];
  const scenarios = new Map<string, ScoringScenario>();
  for (const s of inputs.length ? await loadScenarios(inputs) : []) scenarios.set(s.id, s);
  // one scenario and lines that name none (the schema's default id): the old single --scenario use
  const soleScenario = scenarios.size === 1 ? [...scenarios.values()][0]! : null;
  // duplicate contact ids would make the output order depend on input order: keep the first
  const seen = new Set<string>();
  const unique = interactions.filter((i) => {
    if (seen.has(i.contactId)) {
      problems.push({ file: jsonlPath, line: 0, col: 1, field: 'contactId', message: `duplicate contactId "${i.contactId}": later lines ignored` });
      return false;
    }
    seen.add(i.contactId);
    return true;
  });
  const empties = new Map<string, ScoringScenario>();
  const unmatched = new Map<string, number>();
  const scenarioFor = (i: Interaction): ScoringScenario => {
    const s = scenarios.get(i.scenarioId) ?? (soleScenario && i.scenarioId === IMPORTED_SCENARIO_ID ? soleScenario : undefined);
    if (s) return s;
    let e = empties.get(i.scenarioId);
    if (!e) empties.set(i.scenarioId, (e = emptyScenario(i.scenarioId)));
    return e;
  };
  for (const i of unique) {
    if (scenarios.size && contactStatus(i) !== 'harness-failure' && scenarioFor(i) === empties.get(i.scenarioId)) unmatched.set(i.scenarioId, (unmatched.get(i.scenarioId) ?? 0) + 1);
  }
  const warnings = unmatched.size
    ? [
        `no scenario for ${[...unmatched].map(([id, n]) => `${id} (${n} contact${n > 1 ? 's' : ''})`).join(', ')}: scored without one (facts and required info N/A); ` +
          `scenarios given: ${[...scenarios.keys()].join(', ')}`,
      ]
    : [];
  const scored = scoreRun({
    runId: null,
    interactions: unique,
    scenarioFor,
    rubric,
    requestedConcurrency: null,
    problems: problems.map(formatProblem),
    warnings,
  });
  await writeOutputs(opts.out, scored);
  return scored.summary;
}
