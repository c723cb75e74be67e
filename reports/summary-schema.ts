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

const Pct = z.looseObject({ count: num, p50: nullableNum, p90: nullableNum, p95: nullableNum, p99: nullableNum, max: nullableNum });

/** Load metrics (scorers/load/types.ts LoadFigures) of a stage or the whole load run. */
const LoadFigures = {
  offered: num,
  answered: num,
  abandoned: num,
  shortAbandoned: num,
  busy: num,
  noAnswer: num,
  failed: num,
  unanswered: num,
  harnessFailures: num,
  answerRate: nullableNum,
  asaMs: nullableNum,
  serviceLevel: nullableNum,
  ahtMs: nullableNum,
  latency: Pct,
  startLag: Pct,
  errors: z.looseObject({ centre: z.record(z.string(), num), harness: z.record(z.string(), num) }),
  peakConcurrency: num,
};

/** summary.json `load`: present (non-null) in load runs only. */
const Load = z.looseObject({
  profileId: z.string(),
  targets: z.looseObject({ answerRate: num, serviceLevel: z.looseObject({ thresholdSec: num, target: num }), ahtSec: num, concurrency: nullableNum }),
  overall: z.looseObject(LoadFigures),
  withinTarget: z.looseObject({ concurrency: num, levels: z.array(num), figures: z.looseObject(LoadFigures) }).nullable().optional(),
  stages: z.array(z.looseObject({ stage: z.string(), kind: z.string(), role: z.string(), startMs: num, endMs: num, ...LoadFigures })),
  timeline: z.looseObject({ bucketMs: num, originMs: num, points: z.array(z.looseObject({ t: num, mean: num, peak: num, talking: num })) }),
  knee: z.looseObject({
    status: z.enum(['knee', 'above-highest-offered', 'below-lowest-offered', 'insufficient-data']),
    capacity: nullableNum,
    firstFailing: nullableNum,
    maxOffered: nullableNum,
    levels: z.array(z.looseObject({ level: num, sustained: z.boolean(), offered: num, answerRate: nullableNum, serviceLevel: nullableNum, pass: z.boolean(), failures: z.array(z.string()) })),
    method: z.string(),
  }),
  stability: z.looseObject({ status: z.enum(['stable', 'drifting', 'no-soak', 'insufficient-data']), verdict: z.string() }),
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
    load: Load.nullable().optional(),
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
