/**
 * Load profiles (`load <profile>`): what load to offer a centre and for how long — stages of an
 * arrival rate (open model, contacts per minute, like k6's ramping-arrival-rate or Cruncher's
 * calls per hour) or of a target concurrency (closed model, like k6's ramping-VUs), a weighted mix
 * of scenarios × channels, think time, customer patience, hard caps and the D.2.1 targets.
 * YAML on disk, validated here with positions; `scenarios/load-profile.schema.json` is exported
 * from this schema (`mystery-shopper schema --load`).
 */
import { z } from 'zod';

const DURATION_RE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/u;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `90s`, `2m`, `1h30m`, `500ms` → milliseconds; undefined when not a duration. */
export function parseDuration(text: string): number | undefined {
  if (!DURATION_RE.test(text)) return undefined;
  let total = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/gu)) total += Number(m[1]) * UNIT_MS[m[2]!]!;
  return Math.round(total);
}

/** A duration such as `30s`, `2m`, `1h30m` or `500ms`, parsed to milliseconds. */
export const Duration = z
  .string({ error: 'expected a duration like 30s, 2m, 1h30m or 500ms (a number needs a unit)' })
  .regex(DURATION_RE, 'expected a duration like 30s, 2m, 1h30m or 500ms')
  .transform((s) => parseDuration(s)!)
  .describe('duration: a number with a unit, ms|s|m|h, e.g. 30s, 2m, 1h30m');

const PositiveDuration = Duration.refine((ms) => ms > 0, 'the duration must be more than 0');

/** A fixed value, or a linear ramp from → to over the stage. */
const Ramp = z.union([
  z.number().nonnegative(),
  z.strictObject({ from: z.number().nonnegative(), to: z.number().nonnegative() }),
]);

export const Stage = z
  .strictObject({
    /** Shown in the live view and reports. @default "stage-<n>" */
    name: z.string().min(1).regex(/^[\w.-]+$/u, 'letters, digits, ".", "_" and "-" only').optional(),
    duration: PositiveDuration,
    /** Open model: arrivals per minute, fixed or ramped `{ from, to }`. */
    arrivalRate: Ramp.optional(),
    /** Closed model: contacts in progress, fixed or ramped `{ from, to }`; each ended one is replaced after think time. */
    concurrency: Ramp.optional(),
    /** For reports: `soak` stages feed 稳定性 (drift over time). @default "load" */
    role: z.enum(['ramp', 'load', 'spike', 'soak']).optional(),
  })
  .superRefine((s, ctx) => {
    const both = s.arrivalRate !== undefined && s.concurrency !== undefined;
    if (both || (s.arrivalRate === undefined && s.concurrency === undefined)) {
      ctx.addIssue({ code: 'custom', message: both ? 'a stage has either arrivalRate or concurrency, not both' : 'a stage needs arrivalRate (contacts/min) or concurrency (contacts in progress)' });
    }
  });

export const MixEntry = z.strictObject({
  /** A scenario file (relative to the profile) or the id of one listed under `scenarios`. */
  scenario: z.string().min(1),
  /** Channel to place it on. @default the scenario's only channel (required when it has two) */
  channel: z.enum(['webchat', 'voice']).optional(),
  /** Relative share of contacts. @default 1 */
  weight: z.number().positive().optional(),
});

export const ThinkTime = z.union([Duration, z.strictObject({ min: Duration, max: Duration })]);

export const Caps = z.strictObject({
  /** Never offer more contacts than this over the run. */
  totalContacts: z.number().int().positive().optional(),
  /** Stop offering load after this long, whatever the stages say. */
  duration: PositiveDuration.optional(),
  /** Contacts started per second (all channels), never exceeded: a later arrival waits for its slot. */
  callsPerSecond: z.number().positive().optional(),
  /** Contacts in progress at once, never exceeded: an arrival beyond it is not offered (and counted). */
  concurrency: z.number().int().positive().optional(),
});

export const Targets = z.strictObject({
  /** 呼叫接通率 target, 0..1. @default 0.95 */
  answerRate: z.number().min(0).max(1).optional(),
  /** Share answered within `threshold`. @default { threshold: 20s, target: 0.8 } */
  serviceLevel: z.strictObject({ threshold: Duration, target: z.number().min(0).max(1) }).optional(),
  /** 平均处理时长 target. @default 5m */
  aht: Duration.optional(),
  /** 并发处理能力 target: contacts in progress the centre must sustain. */
  concurrency: z.number().int().positive().optional(),
});

export const LoadProfile = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u, 'lower-case letters, digits and "-"'),
    title: z.string().optional(),
    description: z.string().optional(),
    /** Scenario files (relative to the profile) that `mix` may name by id. */
    scenarios: z.array(z.string().min(1)).optional(),
    mix: z.array(MixEntry).min(1, 'the mix needs at least one scenario'),
    stages: z.array(Stage).min(1, 'a profile needs at least one stage'),
    /** Closed model: pause between a contact ending and its replacement. @default 0s */
    thinkTime: ThinkTime.optional(),
    /** Customer patience: a contact not answered by an agent within it is abandoned by the shopper. */
    patience: PositiveDuration.optional(),
    caps: Caps.optional(),
    targets: Targets.optional(),
    /** Arrival times and the mix are drawn from this seed (same seed, same plan). @default 1 */
    seed: z.number().int().nonnegative().optional(),
    /** Open-model arrivals: `poisson` (random, seeded) or `even` (evenly spaced). @default "poisson" */
    arrivals: z.enum(['poisson', 'even']).optional(),
  })
  .superRefine((p, ctx) => {
    const names = new Set<string>();
    p.stages.forEach((s, i) => {
      if (s.name && names.has(s.name)) ctx.addIssue({ code: 'custom', path: ['stages', i, 'name'], message: `duplicate stage name "${s.name}"` });
      if (s.name) names.add(s.name);
    });
    if (typeof p.thinkTime === 'object' && p.thinkTime.min > p.thinkTime.max) {
      ctx.addIssue({ code: 'custom', path: ['thinkTime', 'min'], message: 'min is more than max' });
    }
  });

export type LoadProfileInput = z.input<typeof LoadProfile>;
export type LoadProfileData = z.output<typeof LoadProfile>;
export type StageData = z.output<typeof Stage>;
