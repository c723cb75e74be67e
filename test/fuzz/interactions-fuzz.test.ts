/**
 * `score --interactions` JSONL: malformed lines become problems naming file and line; the lines
 * the schema accepts are scored without a crash (whatever odd but valid values they hold).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../harness/interaction/types.js';
import { loadRubric } from '../../harness/scoring/rubric-loader.js';
import { parseInteractionsJsonl } from '../../harness/scoring/score-run.js';
import { emptyScenario } from '../../scorers/scorer.js';
import { scoreRun } from '../../scorers/sheets/summary.js';
import { checkProblems, CASE_BOUND_MS, cpuMsSince, FUZZ_SEED, malformedJsonl } from './mutate.js';

const CONTACTS = path.resolve(import.meta.dirname, '../fixtures/scoring/run-fixture/contacts');
const SEEDS = readdirSync(CONTACTS).map((f) => JSON.parse(readFileSync(path.join(CONTACTS, f), 'utf8')) as object);
const FILE = 'fuzz/calls.jsonl';

describe('fuzzing score --interactions input', () => {
  it('every bad line is a problem with file and line; parsing never throws', () => {
    fc.assert(
      fc.property(malformedJsonl(SEEDS), (text) => {
        const started = process.cpuUsage();
        const { interactions, problems } = parseInteractionsJsonl(text, FILE);
        checkProblems(problems, FILE, text);
        const lines = text.split(/\r?\n/u);
        for (const p of problems) expect(lines[p.line - 1]!.trim(), `line ${p.line}`).not.toBe('');
        expect(interactions.length + new Set(problems.map((p) => p.line)).size).toBeLessThanOrEqual(lines.filter((l) => l.trim()).length);
        expect(cpuMsSince(started)).toBeLessThan(CASE_BOUND_MS);
      }),
      { seed: FUZZ_SEED, numRuns: 800 },
    );
  });

  it('whatever the schema accepts is scored without a crash', async () => {
    const rubric = await loadRubric();
    fc.assert(
      fc.property(malformedJsonl(SEEDS), (text) => {
        const { interactions } = parseInteractionsJsonl(text, FILE);
        const seen = new Set<string>();
        const unique = interactions.filter((i: Interaction) => !seen.has(i.contactId) && seen.add(i.contactId));
        const started = process.cpuUsage();
        scoreRun({ runId: null, interactions: unique, scenarioFor: (i) => emptyScenario(i.scenarioId), rubric, requestedConcurrency: null, problems: [], warnings: [] });
        expect(cpuMsSince(started)).toBeLessThan(CASE_BOUND_MS);
      }),
      { seed: FUZZ_SEED, numRuns: 200 },
    );
  });
});
