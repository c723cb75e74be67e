/** A real scored run for report tests: the scoring fixture copied to a temp dir and scored. */
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { scoreRunDir } from '../../harness/scoring/score-run.js';
import type { ReviewEntry, ScoreOverride } from '../../reports/review-types.js';

export const RUN_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/scoring/run-fixture');

export async function scoredRun(review?: ReviewEntry[]): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'ms-report-')), 'run-fixture');
  await cp(RUN_FIXTURE, dir, { recursive: true });
  await scoreRunDir(dir);
  if (review) await writeFile(path.join(dir, 'review.json'), JSON.stringify({ schemaVersion: 1, entries: review }));
  return dir;
}

/** A person lowering 服务流程规范性 of the exemplary web chat from 10 to 4. */
export const OVERRIDE: ScoreOverride = {
  kind: 'override',
  at: '2026-12-03T10:00:00Z',
  reviewer: '李评估',
  contactId: 'card-replacement-webchat-1',
  sheetId: 'D.1.1',
  item: '服务流程规范性',
  old: 10,
  new: 4,
  reason: '坐席未完整核实身份（录音复听）',
};
