/**
 * Shared, cached preparation for the checks: the transcript's turn views (the last interaction)
 * and the rubric's compiled vocabularies (by rubric object). Caches are keyed by object identity,
 * so scorers stay pure functions of their arguments while a contact scored by 21 checks is
 * prepared once.
 */
import type { Interaction, Turn } from '../harness/interaction/types.js';
import { vocabCategories, type Rubric, type Vocab, type Vocabularies } from './rubric/schema.js';
import type { Evidence, Family, Finding, MatchKind, ScoringScenario } from './scorer.js';
import type { CheckId } from './rubric/schema.js';
import { compilePhrase, type CompiledPhrase, type FuzzyOptions, type PhraseMatch } from './text/fuzzy.js';
import { compilePattern, type CompiledPattern } from './text/patterns.js';
import { memoOf, viewOf, type TextView } from './text/view.js';
import { patternDigits, phraseDigits } from './text/digit-shape.js';
import { isDigitToken } from './text/pinyin.js';
import { buildVocabIndex, flattenTokens, type FlatTokens, type VocabIndex } from './vocab-index.js';

export interface PreparedTurn {
  /** Index in interaction.turns. */
  index: number;
  turn: Turn;
  view: TextView;
  /**
   * Round 23: this chat bubble continues its speaker's message — the previous dialogue turn is the same speaker's and
   * this one follows it within `MESSAGE_GAP_MS`, nothing said between (an agent sending one message as two bubbles).
   * Readings that count turns (the first n turns, the turn that answers) count messages. Set by prepare (false for calls).
   */
  continues?: boolean;
  /** Round 23: the next bubble of the same chat message (the turn that `continues` this one), if any. */
  more?: PreparedTurn;
}

/** Round 23: chat-message helpers (messageTest, inMessage, bubble walks) live in message.ts; these two are re-exported for the checks. */
export { inMessage, messageTest } from './message.js';

/** Round 23: the gap within which a chat bubble of the same speaker continues the message before it (a second or two). */
export const MESSAGE_GAP_MS = 2000;

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
    const chat = interaction.channel === 'webchat';
    let prev: PreparedTurn | undefined;
    for (let index = 0; index < src.length; index++) {
      const turn = src[index]!;
      const t: PreparedTurn = { index, turn, view: viewOf(turn.text), continues: false, more: undefined };
      turns.push(t);
      if (turn.speaker === 'agent') agent.push(t);
      else if (turn.speaker === 'customer') customer.push(t);
      else continue;
      if (chat && prev !== undefined && prev.turn.speaker === turn.speaker && turn.startMs - prev.turn.endMs <= MESSAGE_GAP_MS) {
        t.continues = true;
        prev.more = t;
      }
      dialogue.push(t);
      prev = t;
    }
    p = { turns, agent, customer, dialogue };
    lastInteraction = interaction;
    lastTurns = interaction.turns;
    lastTurnCount = interaction.turns.length;
    lastPrepared = p;
  }
  return p;
}

export type VocabName = Exclude<keyof Vocabularies, 'agentNamePatterns' | 'negators' | 'impoliteCategories' | 'impoliteWhenFamiliar' | 'impoliteEvenWithRespect' | 'escalatingComplaints' | 'bareNonAnswerCategory' | 'rudeInsteadOfAnswer'>;

/** One category of a vocabulary, compiled (see VocabCategory in rubric/schema.ts). */
export interface CompiledCategory {
  name: string;
  phrases: CompiledPhrase[];
  patterns: CompiledPattern[];
  exceptions: CompiledPhrase[];
  /** `exceptions`' tokens, flat: an exception with a sound absent from the line is skipped unread. */
  exceptionTokens: FlatTokens;
  exceptionPatterns: CompiledPattern[];
}

export interface CompiledVocab {
  /** Its slot in a view's per-rubric hit cache (TextView.hits). */
  slot: number;
  categories: CompiledCategory[];
  /** Phrases by first token and patterns by required sound: what a line is scanned with (vocab-index.ts). */
  index: VocabIndex<CompiledCategory>;
  /** Phrases that may match approximately (any token may differ): tested on every line. */
  approximate: { phrase: CompiledPhrase; category: CompiledCategory }[];
  /** The approximate phrases' tokens, flat (vocab-index.ts tooManyAbsent rules most out per line). */
  approximateTokens: FlatTokens;
  /** Exceptions for every category (forbidden/unresolved: the rubric's forbiddenExceptions). */
  exceptions: CompiledPhrase[];
  exceptionTokens: FlatTokens;
  /** Its phrases, exceptions and patterns that tell some digits apart (text/digit-shape.ts; vocab-scan.ts shapeHits:
   * lines of one digit shape share its hits unless one of these may occur where their digits differ). */
  tellers: DigitTeller[];
}

/** A part of a vocabulary (a phrase or a pattern) that tells the digits `told` (bit d: digit d) from the others. */
export interface DigitTeller {
  told: number;
  /** Sets of token ids, none a digit's: it matches only on a line holding one token of each (a pattern's required sounds,
   * a phrase's sounds; none for an approximate phrase). */
  needs: Int32Array[];
}

/** A vocabulary hit: the phrase match plus the category it belongs to. */
export interface VocabMatch extends PhraseMatch {
  category: string;
}

export interface CompiledRubric {
  /** Every vocabulary's phrases, all categories flattened (phrase search without patterns). */
  vocab: Record<VocabName, CompiledPhrase[]>;
  /** Every vocabulary with its categories, patterns and exceptions (what findVocab/vocabHits use). */
  vocabs: Record<VocabName, CompiledVocab>;
  /** How many vocabularies (slots of a view's hit cache). */
  vocabCount: number;
  agentNamePatterns: CompiledPattern[];
  negators: Set<string>;
  /** Compiles free phrases (fact values, cues) with the rubric's fuzzy options, cached. */
  phrase(text: string, homophones?: boolean): CompiledPhrase;
  /** Per-rubric keys for per-turn memos (TextView.memo) of multi-match scans. */
  memoKeys: { forbidden: object; agentId: object; reference: object; facts: WeakMap<object, object>; cues: WeakMap<object, object> };
}

/** What memoGet returns for a key not memoised on the line. */
export const MISS: unique symbol = Symbol('not memoised');

/**
 * The value memoised on the turn's view under `key`, or MISS: turns repeat across contacts (scripted lines), so each
 * distinct line is scanned once per rubric. Get, then compute and memoSet on a miss: a memoOn(t, key, () => …) form
 * allocated its closure on every call, and these run for every turn (and fact) of every contact, mostly hits.
 */
export function memoGet<T>(t: PreparedTurn, key: object): T | typeof MISS {
  const memo = t.view.memo;
  if (!memo) return MISS;
  const hit = memo.get(key);
  // one lookup on a hit; `has` only to tell a memoised undefined from a miss
  return hit !== undefined || memo.has(key) ? (hit as T) : MISS;
}

/** Memoise `value` on the turn's view under `key` (memoGet's other half); returns it. */
export function memoSet<T>(t: PreparedTurn, key: object, value: T): T {
  memoOf(t.view).set(key, value);
  return value;
}

const compiled = new WeakMap<Rubric, CompiledRubric>();

/**
 * Vocabularies whose phrases never match approximately: a fuzzy hit on an insult, a threat or an
 * apology is too costly a mistake (您先别挂机 is not 您先别着急), and keywords followed by an id or
 * look-alike lists gain nothing from it (homophones still match).
 */
const NO_FUZZY = new Set<string>(['forbidden', 'impolite', 'impoliteLookAlikes', 'familiarAddress', 'respectfulAddress', 'backchannels', 'complaint', 'complaintRetracted', 'forbiddenExceptions', 'empathy', 'referenceKeywords', 'agentIdKeywords', 'disclosure', 'verificationLookup', 'verificationFrame', 'wrapUpQuestions', 'nothingMore', 'customerLeaveTaking', 'unresolved', 'negationExceptions']);
const NOT_VOCABS = new Set<string>(['agentNamePatterns', 'negators', 'impoliteCategories', 'impoliteWhenFamiliar', 'impoliteEvenWithRespect', 'escalatingComplaints', 'bareNonAnswerCategory', 'rudeInsteadOfAnswer']);

function compileVocab(v: Vocab, opts: FuzzyOptions, exceptions: CompiledPhrase[], slot: number): CompiledVocab {
  const exact = { ...opts, minFuzzyLength: Number.MAX_SAFE_INTEGER };
  const categories = vocabCategories(v).map(({ name, category: c }) => {
    const own = c.exceptions.map((t) => compilePhrase(t, exact));
    return {
      name,
      phrases: c.phrases.map((t) => compilePhrase(t, opts)),
      patterns: c.patterns.map(compilePattern),
      exceptions: own,
      exceptionTokens: flattenTokens(own),
      exceptionPatterns: c.exceptionPatterns.map(compilePattern),
    };
  });
  const approximate: CompiledVocab['approximate'] = [];
  for (const category of categories) {
    for (const phrase of category.phrases) if (phrase.tokens.length && phrase.maxEdits > 0) approximate.push({ phrase, category });
  }
  const tellers: DigitTeller[] = [];
  const phraseTeller = (phrase: CompiledPhrase) => {
    const told = phraseDigits(phrase);
    const sounds = phrase.maxEdits > 0 ? [] : Array.from(phrase.tokens).filter((id) => !isDigitToken(id));
    if (told) tellers.push({ told, needs: sounds.map((id) => Int32Array.of(id)) });
  };
  const patternTeller = (pattern: CompiledPattern) => {
    const told = patternDigits(pattern);
    if (told) tellers.push({ told, needs: pattern.required.filter((set) => !set.some(isDigitToken)) });
  };
  exceptions.forEach(phraseTeller);
  for (const c of categories) {
    c.phrases.forEach(phraseTeller);
    c.exceptions.forEach(phraseTeller);
    c.patterns.forEach(patternTeller);
    c.exceptionPatterns.forEach(patternTeller);
  }
  return { slot, categories, index: buildVocabIndex(categories), approximate, approximateTokens: flattenTokens(approximate.map((a) => a.phrase)), exceptions, exceptionTokens: flattenTokens(exceptions), tellers };
}

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
    const exactOnly = { ...opts, minFuzzyLength: Number.MAX_SAFE_INTEGER };
    const forbiddenExceptions = v.forbiddenExceptions.map((t) => compilePhrase(t, exactOnly));
    const vocab = {} as Record<VocabName, CompiledPhrase[]>;
    const vocabs = {} as Record<VocabName, CompiledVocab>;
    for (const key of Object.keys(v) as (keyof Vocabularies)[]) {
      if (NOT_VOCABS.has(key)) continue;
      const name = key as VocabName;
      const shared = name === 'forbidden' || name === 'unresolved' ? forbiddenExceptions : [];
      const cv = compileVocab(v[name], NO_FUZZY.has(name) ? exactOnly : opts, shared, Object.keys(vocabs).length);
      vocabs[name] = cv;
      vocab[name] = cv.categories.flatMap((cat) => cat.phrases);
    }
    c = {
      vocab,
      vocabs,
      vocabCount: Object.keys(vocabs).length,
      agentNamePatterns: v.agentNamePatterns.map(compilePattern),
      negators: new Set(v.negators),
      phrase,
      memoKeys: { forbidden: {}, agentId: {}, reference: {}, facts: new WeakMap(), cues: new WeakMap() },
    };
    compiled.set(rubric, c);
  }
  return c;
}

export { findVocab, vocabHits, vocabHitsInView } from './vocab-scan.js';

/** How sure a hit is, before ASR: a phrase said exactly beats a construction, which beats a match by sound. */
const LEVEL_CONFIDENCE: Record<PhraseMatch['level'], number> = { exact: 0.95, homophone: 0.85, pattern: 0.85, 'pattern-sound': 0.7, fuzzy: 0.65 };
const LEVEL_KIND: Record<PhraseMatch['level'], MatchKind> = { exact: 'exact', homophone: 'pinyin', pattern: 'pattern', 'pattern-sound': 'pinyin', fuzzy: 'fuzzy' };

/**
 * How far a recogniser's confidence in a turn lets us trust its words: 1 for typed text or a
 * confident transcript, down to 0.5 for a turn the recogniser was unsure of.
 */
export function asrTrust(t: PreparedTurn): number {
  const c = t.turn.confidence;
  if (c === undefined) return 1;
  return Math.min(1, Math.max(0.5, 0.5 + (c - 0.5) * 1.25));
}

/** Confidence and kind of a finding decided by a vocabulary hit in turn `t`. */
export function matchConfidence(m: PhraseMatch, t: PreparedTurn): { confidence: number; matchKind: MatchKind } {
  return { confidence: round2(LEVEL_CONFIDENCE[m.level] * asrTrust(t)), matchKind: LEVEL_KIND[m.level] };
}

/**
 * Confidence of a finding decided by something expected NOT being said in `turns`: fairly sure on
 * clean text (0.9), less so when the recogniser was unsure of those turns (it may have misheard it).
 */
export function absenceConfidence(turns: readonly PreparedTurn[]): { confidence: number; matchKind: MatchKind } {
  let trust = 1;
  if (turns.length) {
    let sum = 0;
    for (const t of turns) sum += asrTrust(t);
    trust = sum / turns.length;
  }
  return { confidence: round2(0.9 * trust), matchKind: 'absence' };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
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
  extra: Partial<Pick<Finding, 'score' | 'deduct' | 'details' | 'confidence' | 'matchKind'>> = {},
): Finding {
  // explicit fields, not a spread: this runs ~25 times per contact and V8 spreads are slow here.
  // Every finding gets the same fields in the same order (absent ones undefined, which JSON
  // leaves out): one object shape keeps the sheet builder's property reads monomorphic.
  return {
    check,
    family,
    pass,
    evidence,
    reason,
    score: extra.score,
    deduct: extra.deduct,
    details: extra.details,
    confidence: extra.confidence,
    matchKind: extra.matchKind,
  };
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
