/**
 * Construction patterns for vocabularies: regular expressions written by assessors in the rubric
 * (您自己…去问, 跟你说了…遍) and matched on a turn's normalised text with its clause breaks kept.
 *
 * Pattern language = JavaScript regular expressions (flag u) on the normalised text (lower case,
 * no spaces, numbers as digits: 第三次 → 第3次; a numeral written in words in a pattern also matches
 * its digits, pattern-numerals.ts), plus:
 *   - `|` in the text marks where punctuation was (a clause break); write `\|` to anchor to one;
 *   - `…` stands for "up to 8 more characters in the same clause" (`[^|]{0,8}`).
 * Each pattern is also compiled "by sound": every Han character replaced by its homophone
 * representative (pinyin.ts canonicalCode), and run on the turn rewritten the same way, so ASR
 * homophones (公号 for 工号) still match — at lower confidence.
 */
import { clauseFillerEnd } from './filler-break.js';
import { withNormalisedNumerals } from './pattern-numerals.js';
import { requiredPairs } from './pattern-pairs.js';
import { requiredChars, soundFormCovers } from './pattern-required.js';
import { canonicalCode, tokenIdOfCode } from './pinyin.js';
import { mayHold, mayHoldChar, mayHoldPair, pairKey, slabInts, type TextView } from './view.js';

export { requiredChars } from './pattern-required.js';

export interface CompiledPattern {
  source: string;
  exact: RegExp;
  /** The homophone form, or null when it equals `exact` or cannot be built (Han ranges). */
  bySound: RegExp | null;
  /**
   * The homophone representatives of the pattern's literal Han characters. A match by sound that
   * is not also an exact match needs a line character that sounds like one of them without being
   * it, so a line without such a character skips the second pass.
   */
  soundChars: Set<number>;
  /**
   * The representatives that are not themselves the literal they stand for (工 in the pattern, 公
   * met first): a line holding 公 sounds like the pattern's 工 although its 公 is no "changed"
   * character (it is its own representative), so spansOf must look for these too. Without them a
   * match by sound depended on which homophone the process happened to meet first.
   */
  repsNotLiteral: Int32Array;
  /**
   * Sets of token (sound) ids: a line must contain at least one id of every set for the pattern to
   * match, exactly or by sound (empty: no such mandatory parts). Lets a line be ruled out with a
   * few Bloom-filter lookups instead of running the expression (see requiredChars).
   */
  required: Int32Array[];
  /**
   * The same sets as characters (UTF-16 codes): an exact match holds one character of each, so
   * the exact expression runs only on a line whose character filter (TextView.chars) has them all.
   */
  requiredCodes: Int32Array[];
  /** The form by sound finds a match wherever the exact form does (pattern-required.ts soundFormCovers). */
  soundCovers: boolean;
  /**
   * Sets of sound-pair bits (view.ts pairBit of two adjacent tokens, pattern-required.ts
   * pattern-pairs.ts requiredPairs): a match, exact or by sound, holds one adjacent pair of every set.
   */
  pairs: Int32Array[];
  /** The same sets as pairKey values (pairs[k] holds pairKeys[k]'s keys >>> 3): what the vocabulary index files patterns under. */
  pairKeys: Int32Array[];
}

/** A match of a pattern, as a span of the view's normalised text (end exclusive). */
export interface PatternSpan {
  start: number;
  end: number;
  bySound: boolean;
}

const ELLIPSIS = /…/gu;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/gu;

/** A group of plain literal alternatives, (?:一会|一会儿|片刻): no nested group, class, escape or quantifier inside. */
const LITERAL_GROUP = /\(\?:([^\\()[\]{}?*+.^$]+)\)/gu;

/**
 * Round 24 (reading): a JavaScript alternation takes the first alternative that fits, so (?:等)(?:一会|一会儿) matches
 * 等一会 in 稍等一会儿 and leaves 儿 to the words after the match — where the checks read what follows a phrase (the
 * rest of a request to wait: 请别挂|断，我联系一下… / 稍等一会|儿，我去…) from its end. Two literal alternatives can only
 * both fit at one place when one begins the other, so ordering each literal group longest first changes no test
 * and no place, only makes such a match take the whole word.
 */
function longestAlternativesFirst(source: string): string {
  return source.replace(LITERAL_GROUP, (group, body: string) => {
    const alts = body.split('|');
    if (alts.length < 2) return group;
    const sorted = [...alts].sort((a, b) => b.length - a.length);
    return sorted.every((a, i) => a === alts[i]) ? group : `(?:${sorted.join('|')})`;
  });
}

/** The pattern as a RegExp source: `…` expanded, literal alternatives longest first. */
export function expandPattern(source: string): string {
  return longestAlternativesFirst(source.replace(ELLIPSIS, '[^|]{0,8}'));
}

export function compilePattern(source: string): CompiledPattern {
  const expanded = withNormalisedNumerals(expandPattern(source));
  const exact = new RegExp(expanded, 'gu');
  // a Han character range ([一-龥]) would be broken by rewriting its end points: no sound form then
  const hasHanRange = /[\u3400-\u9fff]-|-[\u3400-\u9fff]/u.test(expanded);
  const soundChars = new Set<number>();
  const repsNotLiteral = new Set<number>();
  const sound = hasHanRange
    ? expanded
    : expanded.replace(HAN, (ch) => {
        const code = ch.charCodeAt(0);
        const rep = canonicalCode(code);
        soundChars.add(rep);
        if (rep !== code) repsNotLiteral.add(rep);
        return String.fromCharCode(rep);
      });
  // without Han literals a pattern reads the same by sound; with them, the sound form may still equal the exact one
  // every mandatory set that narrows the lines down: each one more is a few presence-bit reads, and
  // a pattern like (?:那|这)(?:是|属于)(?:物业|快递|…)的事 is ruled out by its rare third part only
  const sets = requiredChars(expanded, MAX_REQUIRED_SETS);
  const required = sets.map((set) => Int32Array.from(new Set([...set].map((ch) => tokenIdOfCode(ch.charCodeAt(0))))));
  const requiredCodes = sets.map((set) => Int32Array.from([...set].map((ch) => ch.charCodeAt(0))));
  const bySound = hasHanRange || soundChars.size === 0 ? null : new RegExp(sound, 'gu');
  // equal sounds have equal tokens, so a pair of literals by sound is the same pair of token ids
  const pairKeys = requiredPairs(expanded).map((set) => Int32Array.from(new Set(set.map((w) => pairKey(tokenIdOfCode(w.charCodeAt(0)), tokenIdOfCode(w.charCodeAt(1)))))));
  const pairs = pairKeys.map((keys) => Int32Array.from(new Set(Array.from(keys, (k) => k >>> 3))));
  return { source, exact, bySound, soundChars, repsNotLiteral: Int32Array.from(repsNotLiteral), required, requiredCodes, soundCovers: bySound !== null && soundFormCovers(expanded), pairs, pairKeys };
}

/** How many mandatory sets of a pattern mayMatch tests. */
const MAX_REQUIRED_SETS = 4;

/** True when the view may hold a match of `p` (a required sound occurs in it), by its token Bloom filter and tokens. */
export function mayMatch(view: TextView, p: CompiledPattern): boolean {
  // a false "may" only costs one regular-expression run; a false "no" cannot happen
  // indexed loops: an iterator per candidate pattern per line showed in cold profiles
  const required = p.required;
  outer: for (let k = 0; k < required.length; k++) {
    const set = required[k]!;
    for (let i = 0; i < set.length; i++) if (mayHold(view, set[i]!)) continue outer;
    return false;
  }
  return pairsMayOccur(view, p);
}

/** Every required pair set of `p` has a pair that may occur in the line (false: no match, exact or by sound). */
export function pairsMayOccur(view: TextView, p: CompiledPattern): boolean {
  const pairs = p.pairs;
  outer: for (let k = 0; k < pairs.length; k++) {
    const set = pairs[k]!;
    for (let i = 0; i < set.length; i++) if (mayHoldPair(view, set[i]!)) continue outer;
    return false;
  }
  return true;
}

/** A view's text with clause breaks as `|`, the same by sound, and each char's index in `norm`. */
export interface ClauseText {
  text: string;
  bySound: string;
  /** Representatives of the characters that differ by sound (the line's homophones of other characters). */
  soundChanged: number[];
  /** normAt[k] = index in view.norm of marked char k (a `|` maps to the char after it); length text.length + 1. */
  readonly normAt: Int32Array;
}

const BAR = '|'.charCodeAt(0);

/**
 * ClauseText with `normAt` and `bySound` built on first use (only a hit needs the first, only a
 * pattern by sound whose characters the line has homophones of needs the second); a class, not an
 * object literal with getters, which V8 builds slowly.
 */
class MarkedClauses implements ClauseText {
  private at: Int32Array | null = null;
  private sound: string | null = null;
  constructor(
    readonly text: string,
    readonly soundChanged: number[],
    private readonly normLength: number,
    /** [start, end) pairs of view.norm left out of `text` (clause-opening fillers, filler-break.ts), or null. */
    private readonly skipped: number[] | null = null,
  ) {}

  get bySound(): string {
    if (this.sound === null) {
      const text = this.text;
      if (this.soundChanged.length === 0) this.sound = text;
      else {
        const n = text.length;
        if (soundScratch.length < n) soundScratch = new Uint16Array(Math.max(2 * soundScratch.length, n));
        const sound = soundScratch;
        for (let k = 0; k < n; k++) {
          const code = text.charCodeAt(k);
          sound[k] = code >= 0x3400 && code <= 0x9fff ? canonicalCode(code) : code;
        }
        this.sound = String.fromCharCode.apply(null, sound.subarray(0, n) as unknown as number[]);
      }
    }
    return this.sound;
  }

  get normAt(): Int32Array {
    if (!this.at) {
      const text = this.text;
      // from the views' slab: an Int32Array of its own is an off-heap allocation per line
      const at = slabInts(text.length + 1);
      const skipped = this.skipped;
      for (let k = 0, i = 0, s = 0; k < text.length; k++) {
        while (skipped && s < skipped.length && i === skipped[s]) {
          i = skipped[s + 1]!;
          s += 2;
        }
        at[k] = i;
        if (text.charCodeAt(k) !== BAR) i++;
      }
      at[text.length] = this.normLength;
      this.at = at;
    }
    return this.at;
  }
}

/** Scratch for the sound codes of MarkedClauses.bySound (runs to completion, never re-entered). */
let soundScratch = new Uint16Array(256);

/** The clause-marked text of a view, built once per view (kept on view.clause). */
export function clauseTextOf(view: TextView): ClauseText {
  const hit = view.clause as ClauseText | undefined;
  if (hit) return hit;
  const norm = view.norm;
  const n = norm.length;
  let text = norm;
  let from = 0;
  let parts: string[] | null = null;
  let skipped: number[] | null = null;
  for (let i = 1; i <= n; i++) {
    if (i === n || view.breakBefore[i]) {
      // a clause-opening filler (呃 / 嗯 / 那个我…) is left out: the pause is the break itself
      // (after a break only: a filler opening the turn may lead what the turn is, 呃 看到了 …)
      const start = from > 0 ? clauseFillerEnd(norm, from, i) : from;
      if (start !== from) (skipped ??= []).push(from, start);
      if (i === n && !parts && !skipped) break;
      (parts ??= []).push(norm.slice(start, i));
      from = i;
    }
  }
  if (parts) text = parts.join('|');
  // the representatives of the line's homophones of other characters (a `|` is not Han)
  const soundChanged: number[] = [];
  for (let k = 0; k < n; k++) {
    const code = norm.charCodeAt(k);
    if (code < 0x3400 || code > 0x9fff) continue;
    const rep = canonicalCode(code);
    if (rep !== code && !soundChanged.includes(rep)) soundChanged.push(rep);
  }
  const c = new MarkedClauses(text, soundChanged, n, skipped);
  view.clause = c;
  return c;
}

/**
 * Every match of `p` in the view, appended to `out` (exact first; by sound only where no exact
 * match overlaps), as spans of view.norm. Zero-length matches are skipped. Returns `out`.
 */
export function patternSpans(view: TextView, p: CompiledPattern, out: PatternSpan[] = []): PatternSpan[] {
  return mayMatch(view, p) ? spansOf(view, p, out) : out;
}

/**
 * patternSpans for a caller that has already tested mayMatch (the vocabulary scan: on flat arrays).
 * Most lines a pattern is tried on hold its sounds but not a match, and nearly all of them hold a
 * homophone of one of its characters, so both expressions used to run: now the exact one runs only
 * where the line has its characters, and where the sound form finds nothing and covers the exact
 * one (soundCovers), nothing else runs. The spans are the same as running both, exact first.
 */
export function spansOf(view: TextView, p: CompiledPattern, out: PatternSpan[]): PatternSpan[] {
  const ct = clauseTextOf(view);
  const first = out.length;
  const exactMay = charsMayOccur(view, p.requiredCodes);
  if (!(p.bySound && (soundsLike(ct.soundChanged, p.soundChars) || holdsAny(view, p.repsNotLiteral)))) {
    if (exactMay) collect(p.exact, ct.text, ct, false, out);
    return out;
  }
  const sound = soundSpans;
  if (sound.length) sound.length = 0;
  const found = collect(p.bySound, ct.bySound, ct, true, sound);
  if (!found && p.soundCovers) return out;
  if (exactMay) collect(p.exact, ct.text, ct, false, out);
  const exactEnd = out.length;
  for (let i = 0; i < sound.length; i++) {
    const s = sound[i]!;
    let overlaps = false;
    for (let k = first; k < exactEnd; k++) if (out[k]!.start < s.end && s.start < out[k]!.end) overlaps = true;
    if (!overlaps) out.push(s);
  }
  return out;
}

/** A text as heard: each Han character replaced by its homophone representative (what forms by sound run on). */
export function heardText(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    out += code >= 0x3400 && code <= 0x9fff ? String.fromCharCode(canonicalCode(code)) : s[k];
  }
  return out;
}

/**
 * A check's own expression by sound, to run on heardText: its Han literals rewritten the same way. For an
 * expression with literals only (no Han ranges, guards or \u escapes), compiled once at module level.
 */
export function heardRegExp(re: RegExp): RegExp {
  return new RegExp(heardText(re.source), re.flags);
}

/** Spans by sound of the current spansOf call (it runs to completion and never re-enters itself). */
const soundSpans: PatternSpan[] = [];

/** Every set of `codes` has a character that may occur in the line (TextView.chars). */
function charsMayOccur(view: TextView, codes: readonly Int32Array[]): boolean {
  outer: for (let k = 0; k < codes.length; k++) {
    const set = codes[k]!;
    for (let i = 0; i < set.length; i++) if (mayHoldChar(view, set[i]!)) continue outer;
    return false;
  }
  return true;
}

/** The line may hold one of `codes` (its character filter; a false positive only costs a pass). */
function holdsAny(view: TextView, codes: Int32Array): boolean {
  for (let i = 0; i < codes.length; i++) if (mayHoldChar(view, codes[i]!)) return true;
  return false;
}

/** Some representative of `changed` is one of the pattern's (a loop: no closure per call). */
function soundsLike(changed: readonly number[], soundChars: ReadonlySet<number>): boolean {
  for (let i = 0; i < changed.length; i++) if (soundChars.has(changed[i]!)) return true;
  return false;
}

/** Append the spans of `re`'s matches in `text`; true when it matched at all (even emptily). */
function collect(re: RegExp, text: string, ct: ClauseText, bySound: boolean, out: PatternSpan[]): boolean {
  re.lastIndex = 0;
  let found = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found = true;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    // a leading/trailing clause mark (from an anchor like (?:^|\|)) is not part of the quote
    let s = m.index;
    let e = m.index + m[0].length;
    while (s < e && text.charCodeAt(s) === BAR) s++;
    while (e > s && text.charCodeAt(e - 1) === BAR) e--;
    if (e > s) out.push({ start: ct.normAt[s]!, end: ct.normAt[e - 1]! + 1, bySound });
  }
  return found;
}

