/**
 * How sure a finding is (Finding.confidence, 0..1) and how its deciding evidence was found
 * (matchKind). Checks set it where they know better; score.ts fills the rest from defaults here
 * and marks findings below the rubric's `thresholds.reviewBelow` as needsReview, in one place.
 *
 * The scale, so that figures from different checks mean the same:
 *   0.95  a channel event or an exact phrase decided it, far from any limit
 *   0.9   a measured time far from the limit; a scenario pattern matched
 *   0.8   absence (nothing matched: the words may exist in a form no list knows); a homophone match
 *   0.6   a time within 10% of its limit (clock or ASR boundary error could flip it); a fuzzy match
 */
import type { ChannelKind } from '../harness/interaction/types.js';
import type { PhraseMatch } from './text/fuzzy.js';
import type { CheckId, Finding, MatchKind } from './scorer.js';

export const CONFIDENCE = {
  event: 0.95,
  exact: 0.95,
  measured: 0.9,
  pattern: 0.9,
  homophone: 0.8,
  absence: 0.8,
  nearLimit: 0.6,
  fuzzy: 0.6,
} as const;

/** Set confidence and matchKind on a finding (returned for chaining). */
export function withConfidence<F extends Finding>(f: F, confidence: number, matchKind: MatchKind): F {
  f.confidence = Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
  f.matchKind = matchKind;
  return f;
}

/** Confidence of a phrase match by how it matched. */
export function matchConfidence(m: Pick<PhraseMatch, 'level'>): number {
  return m.level === 'exact' ? CONFIDENCE.exact : m.level === 'homophone' ? CONFIDENCE.homophone : CONFIDENCE.fuzzy;
}

export function matchKindOf(m: Pick<PhraseMatch, 'level'>): MatchKind {
  return m.level === 'exact' ? 'exact' : m.level === 'homophone' ? 'pinyin' : 'fuzzy';
}

/**
 * A time judged against a limit: sure when far from it, unsure within `nearShare` of it (a chat's
 * times come from the page's clock; a call's from ASR word boundaries, off by a few hundred ms).
 */
export function timingConfidence(valueMs: number, limitMs: number, channel: ChannelKind, nearShare = 0.1): number {
  if (limitMs > 0 && Math.abs(valueMs - limitMs) < Math.max(1000, limitMs * nearShare)) return CONFIDENCE.nearLimit;
  return channel === 'webchat' ? CONFIDENCE.event : CONFIDENCE.measured;
}

/**
 * Defaults for findings a check left without a confidence: N/A and passes by presence are sure;
 * a failure by absence less so; the vocabulary checks set their own (another file's business).
 */
export function defaultConfidence(f: Finding): DefaultConfidence {
  if (f.pass === 'na') return NA_DEFAULT;
  const byCheck = DEFAULTS[f.check];
  if (byCheck) return f.pass ? byCheck.pass : byCheck.fail;
  return f.pass ? PATTERN : ABSENCE;
}

type DefaultConfidence = { readonly confidence: number; readonly matchKind: MatchKind };

// shared constants: this runs for every finding of every contact
const NA_DEFAULT: DefaultConfidence = { confidence: CONFIDENCE.exact, matchKind: 'absence' };
const PATTERN: DefaultConfidence = { confidence: CONFIDENCE.pattern, matchKind: 'pattern' };
const ABSENCE: DefaultConfidence = { confidence: CONFIDENCE.absence, matchKind: 'absence' };

const DEFAULTS: Partial<Record<CheckId, { pass: DefaultConfidence; fail: DefaultConfidence }>> = {
  // a scenario regex found the question, or nothing asked it
  'required-info': { pass: PATTERN, fail: ABSENCE },
};
