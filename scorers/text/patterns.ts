/**
 * Construction patterns for vocabularies: regular expressions written by assessors in the rubric
 * (您自己…去问, 跟你说了…遍) and matched on a turn's normalised text with its clause breaks kept.
 *
 * Pattern language = JavaScript regular expressions (flag u) on the normalised text (lower case,
 * no spaces, numbers as digits: 第三次 → 第3次), plus:
 *   - `|` in the text marks where punctuation was (a clause break); write `\|` to anchor to one;
 *   - `…` stands for "up to 8 more characters in the same clause" (`[^|]{0,8}`).
 * Each pattern is also compiled "by sound": every Han character replaced by its homophone
 * representative (pinyin.ts canonicalCode), and run on the turn rewritten the same way, so ASR
 * homophones (公号 for 工号) still match — at lower confidence.
 */
import { canonicalCode, tokenIdOfCode, tokenName } from './pinyin.js';
import { mayHold, slabInts, type TextView } from './view.js';

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
   * Sets of token (sound) ids: a line must contain at least one id of every set for the pattern to
   * match, exactly or by sound (empty: no such mandatory parts). Lets a line be ruled out with a
   * few Bloom-filter lookups instead of running the expression (see requiredChars).
   */
  required: Int32Array[];
}

/** A match of a pattern, as a span of the view's normalised text (end exclusive). */
export interface PatternSpan {
  start: number;
  end: number;
  bySound: boolean;
}

const ELLIPSIS = /…/gu;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/gu;

/** The pattern as a RegExp source: `…` expanded. */
export function expandPattern(source: string): string {
  return source.replace(ELLIPSIS, '[^|]{0,8}');
}

export function compilePattern(source: string): CompiledPattern {
  const expanded = expandPattern(source);
  const exact = new RegExp(expanded, 'gu');
  // a Han character range ([一-龥]) would be broken by rewriting its end points: no sound form then
  const hasHanRange = /[\u3400-\u9fff]-|-[\u3400-\u9fff]/u.test(expanded);
  const soundChars = new Set<number>();
  const sound = hasHanRange
    ? expanded
    : expanded.replace(HAN, (ch) => {
        const rep = canonicalCode(ch.charCodeAt(0));
        soundChars.add(rep);
        return String.fromCharCode(rep);
      });
  // without Han literals a pattern reads the same by sound; with them, the sound form may still equal the exact one
  // every mandatory set that narrows the lines down: each one more is a few presence-bit reads, and
  // a pattern like (?:那|这)(?:是|属于)(?:物业|快递|…)的事 is ruled out by its rare third part only
  const required = requiredChars(expanded, MAX_REQUIRED_SETS).map((set) => Int32Array.from(new Set([...set].map((ch) => tokenIdOfCode(ch.charCodeAt(0))))));
  return { source, exact, bySound: hasHanRange || soundChars.size === 0 ? null : new RegExp(sound, 'gu'), soundChars, required };
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
  return true;
}

/**
 * Syllables so common in service talk (是/事/时 shi, 的/得 de, 您 nin …) that a set made of them
 * rules out few lines: chosen last. Sounds, not characters, because lines are tested by sound.
 */
const COMMON_SYLLABLES = new Set(
  'shi de di yi bu le zai you wo ni nin ta zhe ge men lai dao shuo jiu yao ye hui ke hao ma ba ne li ji zhi qi wei yu he guo da xia zi si jian xian fu wu gong zhong dian jin neng mei na fa xie xin qing wen ru guan xiang yong dui gei ran hou'.split(' '),
);

/** How little a set of characters narrows the lines down: its size, a common sound counting as ten. */
function setCost(set: Set<string>): number {
  let cost = 0;
  for (const ch of set) cost += COMMON_SYLLABLES.has(tokenName(tokenIdOfCode(ch.charCodeAt(0)))) ? 10 : 1;
  return cost;
}

/**
 * Up to `maxSets` sets of characters such that every match of the regular expression `src`
 * contains a character of each: the narrowest mandatory parts (literals — Han characters, and
 * lower-case ASCII letters and digits, which the normalised text keeps as they are —, groups whose
 * every branch has such a set, positive classes of Han characters), avoiding common sounds. Empty
 * when there is none. A small parser for the subset of syntax rubric patterns use; anything it
 * does not understand yields no set (the pattern then always runs), so it can only cost speed,
 * never a match.
 */
export function requiredChars(src: string, maxSets = 2): Set<string>[] {
  let i = 0;
  /** The mandatory sets of one alternation: for several branches, the union of each branch's best. */
  function alternation(): Set<string>[] {
    const branches: Set<string>[][] = [sequence()];
    while (src[i] === '|') {
      i++;
      branches.push(sequence());
    }
    if (branches.length === 1) return branches[0]!;
    if (branches.some((b) => b.length === 0)) return [];
    const union = new Set<string>();
    for (const b of branches) for (const ch of b[0]!) union.add(ch);
    return [union];
  }
  /** The mandatory parts of a sequence, narrowest first. */
  function sequence(): Set<string>[] {
    const sets: Set<string>[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const found = atom();
      const optional = quantifierIsOptional();
      if (!optional) for (const set of found) if (set.size) sets.push(set);
    }
    return sets.sort((a, b) => setCost(a) - setCost(b));
  }
  function atom(): Set<string>[] {
    const ch = src[i]!;
    if (ch === '(') {
      i++;
      let lookaround = false;
      if (src[i] === '?') {
        if (src[i + 1] === ':') i += 2;
        else if (src[i + 1] === '=' || src[i + 1] === '!') (lookaround = true), (i += 2);
        else if (src[i + 1] === '<' && (src[i + 2] === '=' || src[i + 2] === '!')) (lookaround = true), (i += 3);
        else if (src[i + 1] === '<') i = src.indexOf('>', i) + 1;
      }
      const inner = alternation();
      if (src[i] !== ')') throw new Error('unbalanced');
      i++;
      return lookaround ? [] : inner;
    }
    if (ch === '[') {
      const end = classEnd(i);
      const body = src.slice(i + 1, end);
      i = end + 1;
      if (body.startsWith('^') || /[\\-]/u.test(body) || !/^[\u3400-\u9fff]+$/u.test(body)) return [];
      return [new Set(body)];
    }
    if (ch === '\\') {
      i = escapeEnd(i);
      return [];
    }
    i++;
    // ASCII letters and digits too (tmd, sb, 4G): a literal one is in every match as it is
    return /[\u3400-\u9fffa-z0-9]/u.test(ch) ? [new Set([ch])] : [];
  }
  /** The index after the escape sequence starting at `from` (a backslash): its letters are not literals. */
  function escapeEnd(from: number): number {
    const kind = src[from + 1];
    const braced = src[from + 2] === '{';
    if (kind === 'p' || kind === 'P' || (kind === 'u' && braced)) return closeOf(from, '}');
    if (kind === 'k' && src[from + 2] === '<') return closeOf(from, '>');
    if (kind === 'u') return from + 6;
    if (kind === 'x') return from + 4;
    if (kind === 'c') return from + 3;
    return from + 2;
  }
  /** The index after the next `close` from `from`; a malformed escape ends the parse (no sets). */
  function closeOf(from: number, close: string): number {
    const end = src.indexOf(close, from);
    if (end < 0) throw new Error('unterminated escape');
    return end + 1;
  }
  function classEnd(from: number): number {
    for (let k = from + 1; k < src.length; k++) {
      if (src[k] === '\\') k++;
      else if (src[k] === ']') return k;
    }
    return src.length;
  }
  function quantifierIsOptional(): boolean {
    const q = src[i];
    let optional = false;
    if (q === '?' || q === '*') (optional = true), i++;
    else if (q === '+') i++;
    else if (q === '{') {
      const end = src.indexOf('}', i);
      optional = /^\{0\s*(?:,|\})/u.test(src.slice(i, end + 1));
      i = end + 1;
    } else return false;
    if (src[i] === '?') i++; // lazy
    return optional;
  }
  try {
    const sets = alternation();
    return i >= src.length ? sets.slice(0, maxSets) : [];
  } catch {
    return [];
  }
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
      for (let k = 0, i = 0; k < text.length; k++) {
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
  for (let i = 1; i < n; i++) {
    if (view.breakBefore[i]) {
      (parts ??= []).push(norm.slice(from, i));
      from = i;
    }
  }
  if (parts) {
    parts.push(norm.slice(from));
    text = parts.join('|');
  }
  // the representatives of the line's homophones of other characters (a `|` is not Han)
  const soundChanged: number[] = [];
  for (let k = 0; k < n; k++) {
    const code = norm.charCodeAt(k);
    if (code < 0x3400 || code > 0x9fff) continue;
    const rep = canonicalCode(code);
    if (rep !== code && !soundChanged.includes(rep)) soundChanged.push(rep);
  }
  const c = new MarkedClauses(text, soundChanged, n);
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

/** patternSpans for a caller that has already tested mayMatch (the vocabulary scan: on flat arrays). */
export function spansOf(view: TextView, p: CompiledPattern, out: PatternSpan[]): PatternSpan[] {
  const ct = clauseTextOf(view);
  const first = out.length;
  collect(p.exact, ct.text, ct, false, out);
  if (p.bySound && ct.soundChanged.length && soundsLike(ct.soundChanged, p.soundChars)) {
    const exactEnd = out.length;
    const sound: PatternSpan[] = [];
    collect(p.bySound, ct.bySound, ct, true, sound);
    for (const s of sound) {
      let overlaps = false;
      for (let k = first; k < exactEnd; k++) if (out[k]!.start < s.end && s.start < out[k]!.end) overlaps = true;
      if (!overlaps) out.push(s);
    }
  }
  return out;
}

/** Some representative of `changed` is one of the pattern's (a loop: no closure per call). */
function soundsLike(changed: readonly number[], soundChars: ReadonlySet<number>): boolean {
  for (let i = 0; i < changed.length; i++) if (soundChars.has(changed[i]!)) return true;
  return false;
}

function collect(re: RegExp, text: string, ct: ClauseText, bySound: boolean, out: PatternSpan[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
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
}

