/**
 * Rubric YAML: which checks feed which score-sheet item, how many points, how deductions work,
 * which items are N/A / manual / veto, the vocabularies the checks match, the thresholds, the
 * Appendix C weights, the ch.9 pass line and the A.5 targets. Default: scorers/rubrics/sjt-11739.yaml.
 * Centres extend vocabularies per rubric (copy the file, add phrases).
 */
import { z } from 'zod';
import { Vocabularies, type VocabCategory } from './vocabularies.js';

export * from './vocabularies.js';

/** The stable check ids of ARCHITECTURE.md. */
export const CHECK_IDS = [
  'greeting', 'agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette',
  'politeness', 'interruption', 'dead-air', 'speech-rate', 'empathy', 'resolution',
  'answer-time', 'first-response', 'response-latency', 'handle-time',
  'fact-accuracy', 'no-misinformation',
  'required-info', 'record-reference', 'survey-offered',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
export const CheckIdSchema = z.enum(CHECK_IDS, { error: (i) => `unknown check "${String(i.input)}" (known: ${CHECK_IDS.join(', ')})` });

/** Run-level metrics (D.2.1 and the A.5 table) that are not per-contact checks. */
export const RUN_METRICS = ['connect-rate', 'avg-handle-time', 'concurrency', 'resolution-rate', 'survey-rate'] as const;
export type RunMetric = (typeof RUN_METRICS)[number];


const Ms = z.number().int().nonnegative();
const PerChannel = z.strictObject({ voice: Ms, webchat: Ms });

export const Thresholds = z.strictObject({
  /** Greeting must appear within this many normalised chars of the first agent turn. */
  greetingWindowChars: z.number().int().positive(),
  /** Agent turns (from the first) in which 工号/name must be given. */
  agentIdTurns: z.number().int().positive(),
  /** Minimum digits/letters after 工号 to count as an id. */
  agentIdMinDigits: z.number().int().positive(),
  /** Agent turns (from the last) in which a closing must appear. */
  closingTurns: z.number().int().positive(),
  /** An announced or unannounced silence (see scorers/checks/silence.ts) this long is a hold for hold-etiquette. */
  holdGapMs: PerChannel,
  /** A silence this long where the agent owed the next word is counted (dead air unless announced). */
  deadAirMs: PerChannel,
  /** Voice: agent starting this long before the customer finished is an interruption. */
  overlapMs: Ms,
  /** Voice: normal agent speech rate, spoken characters per minute (outside: fail). */
  speechRate: z.strictObject({ min: z.number().positive(), max: z.number().positive() }),
  /** Agent turns shorter than this (normalised chars) are not judged for politeness (好的). */
  politenessMinChars: z.number().int().nonnegative(),
  /** Share of judged agent turns that must carry a politeness marker (any, 您 included): a backstop for agents who do say 您. */
  politenessRatio: z.number().min(0).max(1),
  /**
   * Politeness weighs a familiar register when at least this many judged agent turns address the
   * customer as 你 (one slip, or ASR turning some 您 into 你, is not a register), or when an agent
   * who never says 您 has at least this many judged turns.
   * @default 2
   */
  familiarAddressMinTurns: z.number().int().positive().default(2),
  /**
   * An agent who says 您 in at most this many turns while calling the customer 你 in at least
   * `familiarAddressMinTurns` has a familiar register (a single 您 is a slip or a set phrase).
   * @default 1
   */
  respectfulSlipTurns: z.number().int().nonnegative().default(1),
  /**
   * Share of judged turns an agent with a familiar register must soften with courtesy words
   * (请/麻烦/谢谢 …, 您 not counted): plain-spoken but warm passes, 你 with bare commands fails.
   * @default 0.5
   */
  familiarCourtesyRatio: z.number().min(0).max(1).default(0.5),
  /**
   * Agent turns this short (normalised chars) that are not bare acknowledgements (嗯, 好的) are curt
   * one-word replies (说吧。/ 车次。/ 等着。) and count against politenessRatio unless they carry 请/您.
   * @default 3
   */
  curtReplyMaxChars: z.number().int().nonnegative().default(3),
  /**
   * An agent with at least this many turns holding a curt clause (`curtClauses`) or a curt one-word
   * reply is curt in register, whatever address it uses (0 turns the rule off).
   * @default 3
   */
  curtRegisterMinTurns: z.number().int().nonnegative().default(3),
  /**
   * An agent with at least this many curt turns (as for curtRegisterMinTurns) is curt too when fewer
   * than `familiarCourtesyRatio` of its judged turns carry a courtesy word (请/谢谢/麻烦 …, 您 not
   * counted): nothing makes up for the bare commands (0 turns the rule off).
   * @default 2
   */
  curtUnsoftenedMinTurns: z.number().int().nonnegative().default(2),
  /** Syllable edits allowed, as a fraction of phrase length (floored). */
  pinyinEditRatio: z.number().min(0).max(0.5),
  /** Phrases shorter than this many syllables match only exactly or as homophones. */
  fuzzyMinSyllables: z.number().int().positive(),
  /** How far (normalised chars) before a value a negator still negates it. */
  negationWindow: z.number().int().nonnegative(),
  /** Minimum digits/letters in a ticket/reference number. */
  referenceMinLength: z.number().int().positive(),
  /** Voice: speech this short (ms) is not used for the speech-rate. */
  speechRateMinTurnMs: Ms,
  /** Findings with a confidence below this are marked needsReview (assessors check them first). @default 0.7 */
  reviewBelow: z.number().min(0).max(1).default(0.7),
});
export type Thresholds = z.output<typeof Thresholds>;

export const CheckRef = z.union([
  CheckIdSchema,
  z.strictObject({ check: CheckIdSchema, /** @default 1 */ weight: z.number().positive().optional() }),
]);

export const Deduction = z.strictObject({
  check: CheckIdSchema,
  /** Points taken per failed occurrence (Finding.deduct, or 1 per failed finding). */
  points: z.number().positive(),
});

export const SheetItem = z
  .strictObject({
    item: z.string().min(1),
    content: z.string().min(1),
    max: z.number().positive(),
    /** Checks whose pass share earns the item's points (N/A findings are left out). */
    checks: z.array(CheckRef).default([]),
    /** Points taken per occurrence; the item never goes below 0. */
    deduct: z.array(Deduction).default([]),
    /** The assessor scores this item by hand (shown as 待评, not in the automatic maximum). */
    manual: z.boolean().default(false),
    /** Not observable by a simulated customer: always N/A, with this reason. */
    na: z.string().optional(),
    /** N/A on these channels (e.g. speech checks in chat). */
    naChannels: z.array(z.enum(['webchat', 'voice'])).default([]),
    /** Run-level metric that scores this item (D.2.1). */
    metric: z.enum(RUN_METRICS).optional(),
  })
  .superRefine((item, ctx) => {
    const sources = [item.checks.length || item.deduct.length, item.manual, item.na !== undefined, item.metric].filter(Boolean).length;
    if (sources === 0) ctx.addIssue({ code: 'custom', message: 'an item needs checks, deduct, metric, manual: true or na: <reason>' });
  });

export const Veto = z.strictObject({
  check: CheckIdSchema,
  /** Shown on the sheet when the veto fires. */
  reason: z.string().min(1),
});

export const Sheet = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  /** The 5.1.1 dimension (服务规范性 …) for the A.5 table. */
  dimension: z.string().min(1),
  /** Appendix C group: quality | efficiency | effect. */
  group: z.enum(['quality', 'efficiency', 'effect']),
  /** Not an Appendix D table (5.1.1 names the dimension, Appendix D has no table for it). */
  supplementary: z.boolean().default(false),
  /** Scored from a whole run, not per contact (D.2.1). */
  level: z.enum(['contact', 'run']).default('contact'),
  items: z.array(SheetItem).min(1),
  /** A failed finding of any of these checks zeroes the whole sheet. */
  veto: z.array(Veto).default([]),
});

export const Weight = z.strictObject({
  group: z.enum(['quality', 'efficiency', 'effect']),
  label: z.string().min(1),
  /** Percent, Appendix C.1. */
  weight: z.number().positive().max(100),
});

export const Target = z.strictObject({
  category: z.string().min(1),
  indicator: z.string().min(1),
  /** Where the actual value comes from: a sheet id (normalised 0–100), a run metric, or nothing (not observable). */
  source: z.union([z.strictObject({ sheet: z.string() }), z.strictObject({ metric: z.enum(RUN_METRICS) })]).optional(),
  /** Target value in the source's unit (score 0–100, rate 0–1, ms, contacts). */
  target: z.number().optional(),
  /** Whether actual must be at least (min) or at most (max) the target. @default "min" */
  direction: z.enum(['min', 'max']).default('min'),
  unit: z.enum(['score', 'rate', 'ms', 'count']).default('score'),
  note: z.string().optional(),
});

export const Rubric = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  version: z.number().int().positive(),
  /** ch.9: 服务质量管理评价得分应达到90分以上. */
  passLine: z.number().min(0).max(100),
  weights: z.array(Weight).min(1),
  sheets: z.array(Sheet).min(1),
  vocabularies: Vocabularies,
  thresholds: Thresholds,
  targets: z.array(Target).default([]),
});

export type RubricInput = z.input<typeof Rubric>;
export type Rubric = z.output<typeof Rubric>;
export type RubricSheet = z.output<typeof Sheet>;
export type RubricItem = z.output<typeof SheetItem>;
export type RubricTarget = z.output<typeof Target>;
export type SheetGroup = RubricSheet['group'];

/** Cross-field rules zod cannot express per field: unique sheet ids, targets naming real sheets. */
export function rubricProblems(r: Rubric): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  r.sheets.forEach((s, i) => {
    if (seen.has(s.id)) out.push({ path: `sheets.${i}.id`, message: `duplicate sheet id "${s.id}"` });
    seen.add(s.id);
    s.items.forEach((it, j) => {
      if (it.metric && s.level !== 'run') out.push({ path: `sheets.${i}.items.${j}.metric`, message: 'metric items belong on a sheet with level: run' });
    });
  });
  r.targets.forEach((t, i) => {
    if (t.source && 'sheet' in t.source && !seen.has(t.source.sheet)) out.push({ path: `targets.${i}.source.sheet`, message: `no sheet "${t.source.sheet}" in this rubric` });
  });
  const groups = new Set(r.weights.map((w) => w.group));
  r.sheets.forEach((s, i) => {
    if (!groups.has(s.group)) out.push({ path: `sheets.${i}.group`, message: `no weight for group "${s.group}"` });
  });
  const badRegex = (p: string, path: string) => {
    try {
      new RegExp(p, 'u');
    } catch (e) {
      out.push({ path, message: `not a valid regular expression: ${(e as Error).message}` });
    }
  };
  const bare = r.vocabularies.bareNonAnswerCategory;
  if (bare !== undefined && Array.isArray(r.vocabularies.forbidden)) out.push({ path: 'vocabularies.bareNonAnswerCategory', message: `"${bare}" needs \`forbidden\` grouped by category` });
  else if (bare !== undefined && !(bare in (r.vocabularies.forbidden as Record<string, unknown>))) out.push({ path: 'vocabularies.bareNonAnswerCategory', message: `"${bare}" is not a category of vocabularies.forbidden` });
  r.vocabularies.agentNamePatterns.forEach((p, i) => badRegex(p, `vocabularies.agentNamePatterns.${i}`));
  for (const [name, v] of Object.entries(r.vocabularies)) {
    if (name === 'agentNamePatterns' || name === 'negators' || name === 'negationExceptions' || name === 'forbiddenExceptions' || Array.isArray(v) || typeof v !== 'object' || v === null) continue;
    for (const [cat, c] of Object.entries(v as Record<string, unknown>)) {
      if (Array.isArray(c)) continue;
      const { patterns, exceptionPatterns } = c as VocabCategory;
      patterns.forEach((p, i) => badRegex(p, `vocabularies.${name}.${cat}.patterns.${i}`));
      exceptionPatterns.forEach((p, i) => badRegex(p, `vocabularies.${name}.${cat}.exceptionPatterns.${i}`));
    }
  }
  return out;
}
