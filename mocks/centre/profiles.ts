/**
 * Quality profiles: each is a set of deliberate defects an agent commits, so that the harness's
 * scorers can be checked against a known truth. A session's profile is chosen deterministically
 * from hash(seed, ref) with weights, or forced (tests, `?profile=` on the chat URL).
 */
import { createRng, seedFor } from './prng.js';

/** Stable check ids (ARCHITECTURE.md) that the simulated defects are meant to trigger. */
export type CheckId =
  | 'greeting'
  | 'agent-id'
  | 'closing'
  | 'forbidden-words'
  | 'verification'
  | 'hold-etiquette'
  | 'politeness'
  | 'dead-air'
  | 'empathy'
  | 'first-response'
  | 'response-latency'
  | 'fact-accuracy'
  | 'no-misinformation'
  | 'record-reference'
  | 'required-info'
  | 'survey-offered';

export const PROFILE_NAMES = [
  'exemplary',
  'no-greeting',
  'no-agent-id',
  'forbidden-words',
  'slow',
  'wrong-fact',
  'no-survey',
  'no-closing',
  'no-verification',
  'no-empathy',
  'no-reference',
  'no-hold-notice',
  'impolite',
] as const;

export type ProfileName = (typeof PROFILE_NAMES)[number];

export function isProfileName(name: unknown): name is ProfileName {
  return typeof name === 'string' && (PROFILE_NAMES as readonly string[]).includes(name);
}

/**
 * The checks each profile's defects trigger (primary check first). Some defects only show in
 * some topics: `no-verification` needs a topic that requires identity checks (信用卡挂失),
 * `no-empathy` needs a complaint (网购退货投诉).
 */
export const PROFILE_CHECKS: Record<ProfileName, readonly CheckId[]> = {
  exemplary: [],
  'no-greeting': ['greeting'],
  'no-agent-id': ['agent-id'],
  'forbidden-words': ['forbidden-words'],
  slow: ['first-response', 'response-latency', 'dead-air', 'hold-etiquette'],
  'wrong-fact': ['fact-accuracy', 'no-misinformation'],
  'no-survey': ['survey-offered'],
  'no-closing': ['closing'],
  'no-verification': ['verification', 'required-info'],
  'no-empathy': ['empathy'],
  'no-reference': ['record-reference'],
  'no-hold-notice': ['dead-air', 'hold-etiquette'],
  impolite: ['politeness'],
};

/** Mostly good agents, with every defect represented so a demo run shows each failing check. */
export const DEFAULT_PROFILE_WEIGHTS: Readonly<Record<ProfileName, number>> = {
  exemplary: 40,
  'no-greeting': 5,
  'no-agent-id': 5,
  'forbidden-words': 5,
  slow: 5,
  'wrong-fact': 5,
  'no-survey': 5,
  'no-closing': 5,
  'no-verification': 5,
  'no-empathy': 5,
  'no-reference': 5,
  'no-hold-notice': 5,
  impolite: 5,
};

/**
 * Deterministic weighted choice: the same seed and ref always give the same profile. Weights
 * given override the defaults name by name (set one to 0 to exclude it).
 */
export function chooseProfile(
  seed: number,
  ref: string,
  weights: Partial<Record<ProfileName, number>> = {},
): ProfileName {
  const merged = { ...DEFAULT_PROFILE_WEIGHTS, ...weights };
  const entries = PROFILE_NAMES.map((name) => [name, Math.max(0, merged[name] ?? 0)] as const).filter(([, w]) => w > 0);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  if (total === 0) return 'exemplary';
  let roll = createRng(seedFor(seed, ref, 'profile')).next() * total;
  for (const [name, weight] of entries) {
    roll -= weight;
    if (roll < 0) return name;
  }
  return entries.at(-1)![0];
}
