/**
 * The contract of summary.json for other tools (CI dashboards, the certification body's import):
 * a zod schema, exported as JSON Schema to reports/schemas/summary.schema.json by
 * `npx tsx reports/summary-schema.ts --write`. Objects are loose: fields may be added (other
 * developers add needs-review counts, failure splits, start lag) without breaking readers; fields
 * listed here are never removed or retyped within schemaVersion 1.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const num = z.number();
const nullableNum = z.number().nullable();

const Item = z.looseObject({
  item: z.string(),
  content: z.string(),
  max: num,
  score: nullableNum,
  status: z.enum(['scored', 'na', 'manual', 'veto']),
  note: z.string(),
  checks: z.array(z.string()),
  applicable: num.optional(),
  vetoed: num.optional(),
});

const Sheet = z.looseObject({
  sheetId: z.string(),
  title: z.string(),
  dimension: z.string(),
  group: z.string(),
  supplementary: z.boolean(),
  level: z.enum(['contact', 'run']),
  items: z.array(Item),
  total: num,
  max: num,
  manualMax: num,
  normalised: nullableNum,
  contacts: num.optional(),
  vetoedContacts: num.optional(),
});

const Outcomes = z.looseObject({ completed: num, 'no-answer': num, busy: num, failed: num, abandoned: num });
const Stats = z.looseObject({ count: num, p50: nullableNum, p95: nullableNum, max: nullableNum, mean: nullableNum });

export const SummarySchema = z
  .looseObject({
    schemaVersion: z.literal(1),
    runId: z.string().nullable(),
    rubric: z.looseObject({ id: z.string(), title: z.string(), version: num }),
    passLine: num,
    contacts: num,
    outcomes: Outcomes,
    overall: z.looseObject({
      sheets: z.array(Sheet),
      qualityScore: nullableNum,
      pass: z.boolean().nullable(),
      appendixC: z.looseObject({
        groups: z.array(z.looseObject({ group: z.string(), label: z.string(), score: nullableNum, weight: num, weighted: nullableNum })),
        weightedTotal: num,
        applicableWeight: num,
        normalised: nullableNum,
      }),
    }),
    scenarios: z.array(
      z.looseObject({ scenarioId: z.string(), title: z.string(), contacts: num, outcomes: Outcomes, sheets: z.array(Sheet), qualityScore: nullableNum, pass: z.boolean().nullable() }),
    ),
    timing: z.looseObject({ answerTimeMs: Stats, firstResponseMs: Stats, responseLatencyMs: Stats, handleTimeMs: Stats }),
    efficiency: z.looseObject({}),
    checks: z.record(z.string(), z.looseObject({ pass: num, fail: num, na: num })),
    targets: z.array(
      z.looseObject({
        category: z.string(),
        indicator: z.string(),
        unit: z.enum(['score', 'rate', 'ms', 'count']),
        target: nullableNum,
        direction: z.enum(['min', 'max']),
        actual: nullableNum,
        met: z.boolean().nullable(),
        note: z.string().optional(),
      }),
    ),
    problems: z.array(z.string()),
  })
  .meta({ title: 'mystery-shopper summary.json', description: 'Totals per scenario and run, timing percentiles, Appendix C roll-up, ch.9 pass line, A.5 targets. Loose objects: readers must ignore unknown fields.' });

export const SUMMARY_SCHEMA_FILE = fileURLToPath(new URL('./schemas/summary.schema.json', import.meta.url));

export function summaryJsonSchema(): unknown {
  return z.toJSONSchema(SummarySchema, { target: 'draft-2020-12' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--write')) {
  await writeFile(SUMMARY_SCHEMA_FILE, `${JSON.stringify(summaryJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${SUMMARY_SCHEMA_FILE}`);
}
