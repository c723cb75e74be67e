/**
 * Scoring during a run: each contact is scored the moment it is stored (a brief score for the
 * progress line), and the whole run is scored into findings.json / sheets.json / summary.json at
 * the end — the same code path as the offline `score` command, so both give the same files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContactScoreBrief } from '../../reports/reporter.js';
import { scoreContact } from '../../scorers/score.js';
import type { ScoredRun, RunSummary } from '../../scorers/sheets/summary.js';
import type { Interaction } from '../interaction/types.js';
import type { LoadedScenario } from '../scenario/schema.js';
import { loadRubric } from './rubric-loader.js';
import { scoreRunDir } from './score-run.js';

export interface RunScoring {
  contact(interaction: Interaction, scenario: LoadedScenario): ContactScoreBrief;
  /** Score the stored run; returns the summary and every contact's brief score. */
  finish(runDir: string): Promise<{ summary: RunSummary; scores: Map<string, ContactScoreBrief> }>;
}

export async function createRunScoring(rubricName: string): Promise<RunScoring> {
  const rubric = await loadRubric(rubricName);
  return {
    contact(interaction, scenario) {
      const r = scoreContact(interaction, scenario, rubric);
      return { quality: r.qualityScore, failedChecks: r.findings.filter((f) => f.pass === false).map((f) => f.check) };
    },
    async finish(runDir) {
      const summary = await scoreRunDir(runDir, { rubric: rubricName });
      const sheets = JSON.parse(await readFile(path.join(runDir, 'sheets.json'), 'utf8')) as ScoredRun['sheets'];
      const findings = JSON.parse(await readFile(path.join(runDir, 'findings.json'), 'utf8')) as ScoredRun['findings'];
      const failed = new Map(findings.contacts.map((c) => [c.contactId, c.findings.filter((f) => f.pass === false).map((f) => f.check)]));
      const scores = new Map(sheets.contacts.map((c) => [c.contactId, { quality: c.qualityScore, failedChecks: failed.get(c.contactId) ?? [] }]));
      return { summary, scores };
    },
  };
}
