import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUMMARY_SCHEMA_FILE, summaryJsonSchema } from '../../reports/summary-schema.js';
import { validate } from './json-schema-subset.js';
import { scoredRun } from './scored-run.js';

describe('summary.json schema', () => {
  it('the committed schema file is the one exported from zod (regenerate: npx tsx reports/summary-schema.ts --write)', async () => {
    expect(JSON.parse(await readFile(SUMMARY_SCHEMA_FILE, 'utf8'))).toEqual(summaryJsonSchema());
  });

  it('a real run’s summary.json validates against the schema file', async () => {
    const schema = JSON.parse(await readFile(SUMMARY_SCHEMA_FILE, 'utf8'));
    const summary = JSON.parse(await readFile(path.join(await scoredRun(), 'summary.json'), 'utf8'));
    expect(validate(schema, summary)).toEqual([]);
  });

  it('rejects a summary that breaks the contract, and tolerates added fields', async () => {
    const schema = JSON.parse(await readFile(SUMMARY_SCHEMA_FILE, 'utf8'));
    const summary = JSON.parse(await readFile(path.join(await scoredRun(), 'summary.json'), 'utf8'));
    expect(validate(schema, { ...summary, needsReview: { contacts: 2 }, overall: { ...summary.overall, startLagMs: 5 } })).toEqual([]);
    const broken = { ...summary, passLine: '90', overall: { ...summary.overall, qualityScore: 'high' } };
    delete broken.targets;
    const errors = validate(schema, broken);
    expect(errors).toEqual(expect.arrayContaining(['$.targets: required']));
    expect(errors.some((e) => e.startsWith('$.passLine'))).toBe(true);
    expect(errors.some((e) => e.startsWith('$.overall.qualityScore'))).toBe(true);
  });
});
