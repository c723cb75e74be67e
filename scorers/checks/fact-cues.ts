/**
 * Where a fact's cue words stand around a value, and what the dialogue before a turn said about the
 * fact's topic: the evidence facts.ts ties each stated value to its fact by (see its `tie` levels).
 */
import type { FactSpec } from '../../harness/scenario/schema.js';
import { memoGet, memoSet, MISS, type CompiledRubric, type PreparedTranscript, type PreparedTurn } from '../context.js';
import { findAll, type PhraseMatch } from '../text/fuzzy.js';
import { factKind, valueKind } from './value-kinds.js';

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export interface CueHits {
  /** Cue words of the fact in the value's sentence (outside the value). */
  hits: number;
  /** Cue words in the value's own clause (between commas), or inside the value itself. */
  clauseHits: number;
  /** Cue words anywhere else in the turn. */
  turnHits: number;
  /** Start of the value's sentence (norm index), to compare statements of one sentence. */
  sentence: number;
  sentenceEnd: number;
}

// round 22: typed chat ends sentences with half-width `.` too (a `.` between two digits stays in norm, so the gap
// between two norm chars never holds a decimal point; a run of dots is an ellipsis, no sentence end), and an ellipsis or
// tilde closes a clause as a comma does
const SENTENCE_END = /[。！？!?；;\n]|(?<!\.)\.(?!\.)/u;
const CLAUSE_END = /[，,、。.！？!?；;\n…~～]/u;

/** The sentence or clause (in norm indexes) around a match, bounded by `ends` in the original text. */
function spanOf(t: PreparedTurn, m: { start: number; end: number }, ends: RegExp): { start: number; end: number } {
  const v = t.view;
  let start = m.start;
  while (start > 0 && !endsBetween(v.original, v.to[start - 1]!, v.from[start]!, ends)) start--;
  let end = m.end;
  while (end < v.norm.length && !endsBetween(v.original, v.to[end - 1]!, v.from[end]!, ends)) end++;
  return { start, end };
}

/** `ends` occurs in original[a, b): adjacent chars (a ≥ b, the usual case) need no slice or regex. */
function endsBetween(original: string, a: number, b: number, ends: RegExp): boolean {
  return a < b && ends.test(original.slice(a, b));
}

/**
 * Cue words of the fact around the value. A cue inside the value counts only when it has two or
 * more characters (满一年免违约金 names 违约金; 免费 is not about a 费 cue).
 */
export function cueHits(t: PreparedTurn, fact: FactSpec, m: PhraseMatch, c: CompiledRubric): CueHits {
  const sentence = spanOf(t, m, SENTENCE_END);
  const hits: CueHits = { hits: 0, clauseHits: 0, turnHits: 0, sentence: sentence.start, sentenceEnd: sentence.end };
  if (!fact.cues?.length) return hits;
  const clause = spanOf(t, m, CLAUSE_END);
  for (const cue of fact.cues) {
    const phrase = c.phrase(cue);
    for (const x of findAll(t.view, phrase)) {
      if (overlaps(x, m)) {
        if (x.start >= m.start && x.end <= m.end && phrase.norm.length >= 2) hits.clauseHits++;
        continue;
      }
      if (x.start >= sentence.start && x.end <= sentence.end) hits.hits++;
      else hits.turnHits++;
      if (x.start >= clause.start && x.end <= clause.end) hits.clauseHits++;
    }
  }
  return hits;
}

/** Where the fact's cues occur in the turn (memoised per line and fact: asked for every fact and turn). */
export function cueSpans(t: PreparedTurn, fact: FactSpec, c: CompiledRubric): PhraseMatch[] {
  let key = c.memoKeys.cues.get(fact);
  if (!key) c.memoKeys.cues.set(fact, (key = {}));
  const hit = memoGet<PhraseMatch[]>(t, key);
  if (hit !== MISS) return hit;
  const out: PhraseMatch[] = [];
  for (const cue of fact.cues ?? []) {
    const phrase = c.phrase(cue);
    for (const x of findAll(t.view, phrase)) out.push(x);
  }
  return memoSet(t, key, out);
}

/** Some cue of the fact occurs in the turn (from the memoised cueSpans: findAll finds one where findPhrase does). */
export function mentionsCue(t: PreparedTurn, fact: FactSpec, c: CompiledRubric): boolean {
  return cueSpans(t, fact, c).length > 0;
}

/** Index of the first customer turn that names a cue of the fact (Infinity: none), once per contact and fact. */
export function firstMention(p: PreparedTranscript, fact: FactSpec, c: CompiledRubric): number {
  for (const x of p.customer) if (mentionsCue(x, fact, c)) return x.index;
  return Infinity;
}

/** What the dialogue before an agent turn says about a fact's topic (`first`: see firstMention). */
export function topicBefore(p: PreparedTranscript, t: PreparedTurn, fact: FactSpec, c: CompiledRubric, first: number): { askedNow: boolean; raisedEarlier: boolean } {
  let prevCustomer: PreparedTurn | undefined;
  for (const x of p.customer) {
    if (x.index >= t.index) break;
    prevCustomer = x;
  }
  const askedNow = !!prevCustomer && mentionsCue(prevCustomer, fact, c);
  let raisedEarlier = !!prevCustomer && first < prevCustomer.index;
  if (!raisedEarlier) {
    // the agent's previous turn named the topic (the value follows in the next turn)
    let prevAgent: PreparedTurn | undefined;
    for (const x of p.agent) {
      if (x.index >= t.index) break;
      prevAgent = x;
    }
    if (prevAgent && (!prevCustomer || prevCustomer.index < prevAgent.index) && mentionsCue(prevAgent, fact, c)) raisedEarlier = true;
  }
  return { askedNow, raisedEarlier };
}

/**
 * A character of one of the fact's cue words (of two or more characters) in the span — the value's clause and the one
 * before it, the value included: 补做的有效期是七天内 / 按规则补半节 / 停奶最长六十天 speak of the make-up or the pause the cue
 * names (补检, 补课, 暂停) in a word of their own. Asked only for a wrong value no cue ties, where it is the fact's when
 * nothing else in the contact is (facts.ts).
 */
export function namesCuePart(t: PreparedTurn, fact: FactSpec, span: { start: number; end: number }): boolean {
  const text = t.view.norm.slice(span.start, span.end);
  for (const cue of fact.cues ?? []) {
    if (cue.length < 2) continue;
    for (const ch of cue) if (text.includes(ch)) return true;
  }
  return false;
}

/**
 * Some other fact's cue in the span (the value's clause and the one before): the span is about that fact — unless that
 * fact's value answers another kind of question than the value said does (checks/value-kinds.ts): in 办理时限是十个工作日，
 * 到时候会有结果 the duration cannot be the 结果's way of notice, in 上门检测收两百块 the amount is no 检测's duration.
 * `settled`: facts the caller knows were already answered with their own value (see facts.ts), whose cue claims nothing.
 */
export function otherFactsCue(
  t: PreparedTurn,
  facts: readonly FactSpec[],
  own: number,
  value: string,
  span: { start: number; end: number },
  c: CompiledRubric,
  settled: (fact: number) => boolean = () => false,
): boolean {
  const kind = valueKind(value);
  return facts.some((f, fi) => fi !== own && !settled(fi) && factKind(f) === kind && cueSpans(t, f, c).some((x) => x.start >= span.start && x.end <= span.end));
}
