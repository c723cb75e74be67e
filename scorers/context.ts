/**
 * Shared, cached preparation for the checks: the transcript's turn views (the last interaction)
 * and the rubric's compiled vocabularies (by rubric object). Caches are keyed by object identity,
 * so scorers stay pure functions of their arguments while a contact scored by 21 checks is
 * prepared once.
 */
import type { Interaction, Turn } from '../harness/interaction/types.js';
import type { Rubric, Vocabularies } from './rubric/schema.js';
import type { Evidence, Family, Finding, ScoringScenario } from './scorer.js';
import type { CheckId } from './rubric/schema.js';
import { compilePhrase, findAny, type CompiledPhrase, type PhraseMatch } from './text/fuzzy.js';
import { viewOf, type TextView } from './text/view.js';

export interface PreparedTurn {
  /** Index in interaction.turns. */
  index: number;
  turn: Turn;
  view: TextView;
}

export interface PreparedTranscript {
  turns: PreparedTurn[];
  /** Turns of the agent (not IVR, not system), in order. */
  agent: PreparedTurn[];
  customer: PreparedTurn[];
  /** Agent and customer turns only (no IVR/system), in order: the dialogue timing checks walk. */
  dialogue: PreparedTurn[];
}

/**
 * One-entry cache: scoreContact runs every check on one interaction before the next, so the last
 * prepared transcript is the one asked for. (A WeakMap per contact costs more in GC than it saves.)
 */
let lastInteraction: Interaction | null = null;
let lastTurns: Interaction['turns'] | null = null;
let lastTurnCount = -1;
let lastPrepared: PreparedTranscript | null = null;

export function prepare(interaction: Interaction): PreparedTranscript {
  // same object, same turns array, same length: a transcript that grew (live scoring) is re-prepared
  const same = interaction === lastInteraction && interaction.turns === lastTurns && interaction.turns.length === lastTurnCount;
  let p = same ? lastPrepared : null;
  if (!p) {
    const turns: PreparedTurn[] = [];
    const agent: PreparedTurn[] = [];
    const customer: PreparedTurn[] = [];
    const dialogue: PreparedTurn[] = [];
    const src = interaction.turns;
    for (let index = 0; index < src.length; index++) {
      const turn = src[index]!;
      const t = { index, turn, view: viewOf(turn.text) };
      turns.push(t);
      if (turn.speaker === 'agent') agent.push(t);
      else if (turn.speaker === 'customer') customer.push(t);
      else continue;
      dialogue.push(t);
    }
    p = { turns, agent, customer, dialogue };
    lastInteraction = interaction;
    lastTurns = interaction.turns;
    lastTurnCount = interaction.turns.length;
    lastPrepared = p;
  }
  return p;
}

export type VocabName = Exclude<keyof Vocabularies, 'agentNamePatterns' | 'negators'>;

export interface CompiledRubric {
  vocab: Record<VocabName, CompiledPhrase[]>;
  agentNamePatterns: RegExp[];
  negators: Set<string>;
  /** Compiles free phrases (fact values, cues) with the rubric's fuzzy options, cached. */
  phrase(text: string, homophones?: boolean): CompiledPhrase;
  /** Per-rubric keys for per-turn memos (TextView.memo) of multi-match scans. */
  memoKeys: { forbidden: object; agentId: object; reference: object; facts: WeakMap<object, object>; cues: WeakMap<object, object> };
}

/**
 * Memoise `compute(view)` on the turn's view under `key`: turns repeat across contacts (scripted
 * lines), so each distinct line is scanned once per rubric.
 */
export function memoOn<T>(t: PreparedTurn, key: object, compute: () => T): T {
  const memo = t.view.memo;
  const hit = memo.get(key);
  // one lookup on a hit; `has` only to tell a memoised undefined from a miss
  if (hit !== undefined || memo.has(key)) return hit as T;
  const v = compute();
  memo.set(key, v);
  return v;
}

const compiled = new WeakMap<Rubric, CompiledRubric>();

export function compileRubric(rubric: Rubric): CompiledRubric {
  let c = compiled.get(rubric);
  if (!c) {
    const opts = { editRatio: rubric.thresholds.pinyinEditRatio, minFuzzyLength: rubric.thresholds.fuzzyMinSyllables };
    const phrases = new Map<string, CompiledPhrase>();
    const phrase = (text: string, homophones = true): CompiledPhrase => {
      const key = `${homophones ? 'h' : 'x'}${text}`;
      let p = phrases.get(key);
      if (!p) {
        p = compilePhrase(text, { ...opts, homophones });
        phrases.set(key, p);
      }
      return p;
    };
    const v = rubric.vocabularies;
    const vocab = {} as Record<VocabName, CompiledPhrase[]>;
    for (const key of Object.keys(v) as (keyof Vocabularies)[]) {
      if (key === 'agentNamePatterns' || key === 'negators') continue;
      // forbidden words: exact or homophone only — a fuzzy hit on an insult is too costly a mistake
      const fuzzy = key !== 'forbidden' && key !== 'impolite';
      vocab[key] = v[key].map((t) => compilePhrase(t, fuzzy ? opts : { ...opts, minFuzzyLength: Number.MAX_SAFE_INTEGER }));
    }
    c = {
      vocab,
      agentNamePatterns: v.agentNamePatterns.map((p) => new RegExp(p, 'u')),
      negators: new Set(v.negators),
      phrase,
      memoKeys: { forbidden: {}, agentId: {}, reference: {}, facts: new WeakMap(), cues: new WeakMap() },
    };
    compiled.set(rubric, c);
  }
  return c;
}

/** First phrase of a vocabulary found in a turn, memoised on the turn's view. */
export function findVocab(rubric: CompiledRubric, name: VocabName, t: PreparedTurn): PhraseMatch | null {
  const list = rubric.vocab[name];
  const memo = t.view.memo;
  const hit = memo.get(list) as PhraseMatch | null | undefined;
  if (hit !== undefined) return hit;
  const m = findAny(t.view, list);
  memo.set(list, m);
  return m;
}

export function evidenceOf(t: PreparedTurn, quote?: string): Evidence {
  return { turn: t.index, quote: quote ?? t.turn.text, atMs: t.turn.startMs, speaker: t.turn.speaker };
}

export function eventEvidence(description: string, atMs: number): Evidence {
  return { turn: null, quote: description, atMs };
}

/** Finding constructor with the family filled in. */
export function finding(
  family: Family,
  check: CheckId,
  pass: boolean | 'na',
  reason: string,
  evidence: Evidence[] = [],
  extra: Partial<Pick<Finding, 'score' | 'deduct' | 'details'>> = {},
): Finding {
  // explicit fields, not a spread: this runs ~25 times per contact and V8 spreads are slow here
  const f: Finding = { check, family, pass, evidence, reason, confidence: undefined, matchKind: undefined };
  if (extra.score !== undefined) f.score = extra.score;
  if (extra.deduct !== undefined) f.deduct = extra.deduct;
  if (extra.details !== undefined) f.details = extra.details;
  return f;
}

/** True when the contact never reached anyone who could be judged (no agent turn at all). */
export function noAgent(p: PreparedTranscript): boolean {
  return p.agent.length === 0;
}

export function slaOf(s: ScoringScenario) {
  return s.sla ?? {};
}

/** Seconds with one decimal, for reasons: 12.3秒. */
export function secs(ms: number): string {
  const tenths = Math.round(ms / 100);
  return `${Math.floor(tenths / 10)}.${tenths % 10}秒`;
}

/** Cut long quotes for reasons (evidence keeps the full text). */
export function short(text: string, max = 30): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
