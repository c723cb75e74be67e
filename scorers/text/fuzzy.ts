/**
 * Phrase finding that survives speech recognition. Three levels, cheapest first:
 *   1. exact on the normalised text (width, punctuation, numerals already folded);
 *   2. exact on pinyin tokens — homophones: 公号 finds 工号;
 *   3. approximate substring match on pinyin tokens (Sellers' edit distance), for phrases long
 *      enough that one wrong syllable cannot turn them into something else.
 * Digits never match fuzzily, and a phrase that starts/ends with a digit must not sit inside a
 * longer number (20元 is not found in 120元). Every match returns its span so quotes are exact.
 */
import { normaliseText } from './numerals.js';
import { foldedId, isDigitToken, tokenId } from './pinyin.js';
import { clauseOpensAt, mayHold, quoteOf, type TextView } from './view.js';

export interface FuzzyOptions {
  /** Allowed syllable edits as a fraction of the phrase length (floored). @default 0.2 */
  editRatio?: number;
  /** Phrases shorter than this (in syllables) must match exactly or as homophones. @default 4 */
  minFuzzyLength?: number;
  /** Allow level 2 (homophones). Off for values whose exact characters matter. @default true */
  homophones?: boolean;
}

export interface CompiledPhrase {
  text: string;
  norm: string;
  tokens: Int32Array;
  folded: Int32Array;
  maxEdits: number;
  homophones: boolean;
  startsWithDigit: boolean;
  endsWithDigit: boolean;
}

export interface PhraseMatch {
  phrase: string;
  /** Span in the view's normalised text, end exclusive. */
  start: number;
  end: number;
  /** 0 exact, 0 homophone (level 2), else the edit cost. */
  cost: number;
  /**
   * How it was found: a phrase exactly, as homophones, approximately; or (vocabularies) by a
   * construction pattern, exactly or by sound (scorers/text/patterns.ts).
   */
  level: 'exact' | 'homophone' | 'fuzzy' | 'pattern' | 'pattern-sound';
  quote: string;
}

export function compilePhrase(text: string, opts: FuzzyOptions = {}): CompiledPhrase {
  const norm = normaliseText(text).norm;
  const tokens = new Int32Array(norm.length);
  const folded = new Int32Array(norm.length);
  for (let i = 0; i < norm.length; i++) {
    tokens[i] = tokenId(norm[i]!);
    folded[i] = foldedId(tokens[i]!);
  }
  const ratio = opts.editRatio ?? 0.2;
  const minLen = opts.minFuzzyLength ?? 4;
  return {
    text,
    norm,
    tokens,
    folded,
    maxEdits: norm.length >= minLen ? Math.floor(norm.length * ratio) : 0,
    // a single syllable has too many homophones (请 qing: 清, 情, 轻 …): one character matches exactly
    homophones: (opts.homophones ?? true) && norm.length >= 2,
    startsWithDigit: /^\d/.test(norm),
    endsWithDigit: /\d$/.test(norm),
  };
}

/** A BREAK (punctuation, or a space between digit groups) also separates numbers. */
function digitBoundaryOk(view: TextView, p: CompiledPhrase, start: number, end: number): boolean {
  if (p.startsWithDigit && start > 0 && !view.breakBefore[start] && /[\d.]/.test(view.norm[start - 1]!)) return false;
  if (p.endsWithDigit && end < view.norm.length && !view.breakBefore[end] && /[\d.]/.test(view.norm[end]!)) return false;
  return true;
}

/**
 * First start ≥ `from` where the phrase's tokens occur. A linear scan of the Int32Array: lines are
 * short, and scanning costs less than building a per-line position index up front.
 */
function tokensAt(view: TextView, p: CompiledPhrase, from: number): number {
  const m = p.tokens.length;
  const tokens = view.tokens;
  const first = p.tokens[0]!;
  const last = tokens.length - m;
  outer: for (let i = from; i <= last; i++) {
    if (tokens[i] !== first) continue;
    for (let j = 1; j < m; j++) if (tokens[i + j] !== p.tokens[j]) continue outer;
    return i;
  }
  return -1;
}

const SUB_FOLDED = 0.5;

/**
 * DP rows reused across calls (fuzzyAt runs to completion, nothing re-enters it): four typed
 * arrays per fuzzy attempt were a steady source of garbage. Only [0, m] is used; row 0 is reset.
 */
function dpRows(size: number) {
  return { size, prev: new Float64Array(size), prevStart: new Int32Array(size), cur: new Float64Array(size), curStart: new Int32Array(size) };
}
let scratch = dpRows(32);

/**
 * A lower bound of every alignment cost fuzzyAt can find in tokens[from …): each phrase token is
 * matched to a text token or dropped, so it costs at least 0 if the same token occurs there, 0.5 if
 * a 模糊音-equal (non-digit) one does, else 1 (a digit: 99, digits never substitute). Cheaper than the
 * DP (compares only), and exact as a bound: rejecting on it never changes fuzzyAt's answer. It
 * matters when a phrase was just found exactly and the search resumes after it.
 */
export function costLowerBound(view: TextView, p: CompiledPhrase, from: number): number {
  const tokens = view.tokens;
  const n = tokens.length;
  let bound = 0;
  for (let j = 0; j < p.tokens.length; j++) {
    const id = p.tokens[j]!;
    const digit = isDigitToken(id);
    const f = p.folded[j]!;
    let cost = digit ? 99 : 1;
    for (let i = from; i < n; i++) {
      if (tokens[i] === id) {
        cost = 0;
        break;
      }
      if (!digit && cost > SUB_FOLDED && foldedId(tokens[i]!) === f && !isDigitToken(tokens[i]!)) cost = SUB_FOLDED;
    }
    bound += cost;
    if (bound > p.maxEdits) return bound;
  }
  return bound;
}

/** Best approximate occurrence at or after `from` (Sellers: free start, free end), or null. */
function fuzzyAt(view: TextView, p: CompiledPhrase, from: number): { start: number; end: number; cost: number } | null {
  const m = p.tokens.length;
  const n = view.tokens.length;
  if (m === 0 || n - from < m - p.maxEdits) return null;
  // pre-filter: enough of the phrase's syllables occur in the turn at all
  let missing = 0;
  for (let j = 0; j < m; j++) {
    const id = p.tokens[j]!;
    // a clear presence bit proves the token absent without scanning the line (a set bit may rarely
    // be another token's: the edit-distance pass below then decides, so nothing is lost)
    if (!mayHold(view, id) && ++missing > p.maxEdits) return null;
  }
  // the edit-distance pass below costs a row per line char; skip it when it cannot succeed
  if (costLowerBound(view, p, from) > p.maxEdits) return null;
  // D[j] = cost of matching phrase[0..j) ending at the current text position; S[j] = its start
  if (scratch.size < m + 1) scratch = dpRows(m + 1);
  let prev = scratch.prev;
  let prevStart = scratch.prevStart;
  let cur = scratch.cur;
  let curStart = scratch.curStart;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + (isDigitToken(p.tokens[j - 1]!) ? 99 : 1);
  prevStart.fill(from, 0, m + 1);
  let best: { start: number; end: number; cost: number } | null = null;
  for (let i = from; i < n; i++) {
    cur[0] = 0;
    curStart[0] = i + 1;
    const t = view.tokens[i]!;
    const tf = foldedId(t);
    const tDigit = isDigitToken(t);
    for (let j = 1; j <= m; j++) {
      const pt = p.tokens[j - 1]!;
      let sub: number;
      if (pt === t) sub = 0;
      else if (tDigit || isDigitToken(pt)) sub = 99;
      else sub = p.folded[j - 1] === tf ? SUB_FOLDED : 1;
      let c = prev[j - 1]! + sub;
      let s = prevStart[j - 1]!;
      // digits can be neither inserted nor dropped: 20元 must not match 200元 or 元
      const ins = tDigit ? 99 : 1;
      const del = isDigitToken(pt) ? 99 : 1;
      if (prev[j]! + ins < c) {
        c = prev[j]! + ins; // extra text token
        s = prevStart[j]!;
      }
      if (cur[j - 1]! + del < c) {
        c = cur[j - 1]! + del; // phrase token missing from the text
        s = curStart[j - 1]!;
      }
      cur[j] = c;
      curStart[j] = s;
    }
    if (cur[m]! <= p.maxEdits && (!best || cur[m]! < best.cost)) {
      best = { start: curStart[m]!, end: i + 1, cost: cur[m]! };
      if (best.cost === 0) break;
    } else if (best && cur[m]! > best.cost) break; // past the best match's end
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  if (best && !digitBoundaryOk(view, p, best.start, best.end)) return null;
  return best;
}

/** First occurrence of `p` in `view` at or after norm index `from`. */
function makeMatch(view: TextView, p: CompiledPhrase, start: number, end: number, cost: number, level: PhraseMatch['level']): PhraseMatch {
  return { phrase: p.text, start, end, cost, level, quote: quoteOf(view, start, end) };
}

/**
 * The occurrence of `p` starting exactly at norm index `at`, exactly or as homophones (never
 * approximately), or null: for callers that already know where the phrase's first token is.
 */
export function phraseAt(view: TextView, p: CompiledPhrase, at: number): PhraseMatch | null {
  const level = phraseLevelAt(view, p, at);
  return level === null ? null : makeMatch(view, p, at, at + p.tokens.length, 0, level);
}

/**
 * phraseAt without building the match: 'exact', 'homophone' or null. For scans that decide on
 * the spot whether to keep a hit (exceptions) and build their own record, so a hit is one object.
 */
export function phraseLevelAt(view: TextView, p: CompiledPhrase, at: number): 'exact' | 'homophone' | null {
  const m = p.tokens.length;
  if (m === 0 || at + m > view.tokens.length) return null;
  if (!p.homophones) return view.norm.startsWith(p.norm, at) && digitBoundaryOk(view, p, at, at + m) ? 'exact' : null;
  const tokens = view.tokens;
  for (let j = 0; j < m; j++) if (tokens[at + j] !== p.tokens[j]) return null;
  if (!digitBoundaryOk(view, p, at, at + m)) return null;
  return levelBySound(view, p, at);
}

/** At a position whose tokens are the phrase's sounds: 'exact' when the written words are the phrase's, 'homophone' when
 * they are the phrase misheard as one word (heardAs), else null. */
function levelBySound(view: TextView, p: CompiledPhrase, at: number): 'exact' | 'homophone' | null {
  return view.norm.startsWith(p.norm, at) ? 'exact' : heardAs(view, p, at) ? 'homophone' : null;
}

/**
 * Round 20: a sound-alike is the phrase misheard only as one word — inside one clause (no punctuation or pause in speech
 * within it: 回电。凭… is two words) and keeping at least one of the phrase's own characters (a recogniser mishears a
 * syllable, not the whole word: 平价 is 评价, but 电瓶 is another word than 点评).
 */
function heardAs(view: TextView, p: CompiledPhrase, at: number): boolean {
  const m = p.norm.length;
  let kept = false;
  for (let j = 0; j < m; j++) {
    if (j > 0 && clauseOpensAt(view, at + j)) return false;
    if (view.norm.charCodeAt(at + j) === p.norm.charCodeAt(j)) kept = true;
  }
  return kept;
}

/** First occurrence of `p` in `view` at or after norm index `from`. */
export function findPhrase(view: TextView, p: CompiledPhrase, from = 0): PhraseMatch | null {
  if (!p.norm) return null;
  if (!p.homophones) {
    for (let at = view.norm.indexOf(p.norm, from); at >= 0; at = view.norm.indexOf(p.norm, at + 1)) {
      if (digitBoundaryOk(view, p, at, at + p.norm.length)) return makeMatch(view, p, at, at + p.norm.length, 0, 'exact');
    }
    return null;
  }
  // equal characters have equal tokens, so the token search finds exact and homophone matches alike;
  // the presence filter (bit id & 1023 per token) skips the scan for the (many) phrases a line
  // cannot contain (it implies the 128-bit Bloom test that used to run first)
  let maybe = true;
  for (let j = 0; maybe && j < p.tokens.length; j++) if (!mayHold(view, p.tokens[j]!)) maybe = false;
  for (let at = maybe ? tokensAt(view, p, from) : -1; at >= 0; at = tokensAt(view, p, at + 1)) {
    const end = at + p.tokens.length;
    if (!digitBoundaryOk(view, p, at, end)) continue;
    const level = levelBySound(view, p, at);
    if (level) return makeMatch(view, p, at, end, 0, level);
  }
  if (p.maxEdits > 0) {
    const f = fuzzyAt(view, p, from);
    if (f) return makeMatch(view, p, f.start, f.end, f.cost, 'fuzzy');
  }
  return null;
}

/**
 * Where findPhrase(view, p, from) finds `p` exactly or as homophones (its start; -1: nowhere),
 * without building the match — for a phrase that never matches approximately (maxEdits 0), this is
 * findPhrase's answer. Exception lists test every occurrence for overlap with a hit and keep none
 * of them: a match object and its quote per occurrence were garbage on every hit. The occurrence
 * ends at start + occurrenceLength(p).
 */
export function occurrenceStart(view: TextView, p: CompiledPhrase, from: number): number {
  if (!p.norm) return -1;
  if (!p.homophones) {
    for (let at = view.norm.indexOf(p.norm, from); at >= 0; at = view.norm.indexOf(p.norm, at + 1)) {
      if (digitBoundaryOk(view, p, at, at + p.norm.length)) return at;
    }
    return -1;
  }
  for (let j = 0; j < p.tokens.length; j++) if (!mayHold(view, p.tokens[j]!)) return -1;
  for (let at = tokensAt(view, p, from); at >= 0; at = tokensAt(view, p, at + 1)) {
    // (as findPhrase: a sound-alike only as one word misheard — round 20's heardAs, which this search had missed)
    if (digitBoundaryOk(view, p, at, at + p.tokens.length) && levelBySound(view, p, at)) return at;
  }
  return -1;
}

/** The length (norm chars) of an occurrence found by occurrenceStart. */
export function occurrenceLength(p: CompiledPhrase): number {
  return p.homophones ? p.tokens.length : p.norm.length;
}

/** True when punctuation was removed inside [start, end): the span crosses a clause boundary. */
export function crossesBreak(view: TextView, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (view.breakBefore[i]) return true;
  return false;
}

/**
 * True when one of `phrases` covers the match within one clause (不知道 inside the polite
 * 不知道您是否方便…): exception lists for forbidden words and "I don't know" replies.
 */
export function coveredBy(view: TextView, m: { start: number; end: number }, phrases: readonly CompiledPhrase[]): boolean {
  for (const x of phrases) {
    const e = findPhrase(view, x, Math.max(0, m.start - x.norm.length));
    if (e !== null && e.start <= m.start && e.end >= m.end && !crossesBreak(view, e.start, e.end)) return true;
  }
  return false;
}

/** Every non-overlapping occurrence of `p`, in order. */
export function findAll(view: TextView, p: CompiledPhrase): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let from = 0; from < view.norm.length; ) {
    const m = findPhrase(view, p, from);
    if (!m) break;
    out.push(m);
    from = m.end;
  }
  return out;
}

/** The first phrase of a list found in `view` (earliest position; ties: listed order). */
export function findAny(view: TextView, phrases: readonly CompiledPhrase[], from = 0): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const p of phrases) {
    const m = findPhrase(view, p, from);
    if (m && (!best || m.start < best.start || (m.start === best.start && m.cost < best.cost))) best = m;
  }
  return best;
}
