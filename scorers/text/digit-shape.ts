/**
 * Lines that differ only in their digits (工单号是12345678 / 工单号是87654321, 我是1234号客服小王 / 我是5678号…) share
 * a digit shape: the same text with every ASCII digit read as one. Most of an unseen contact's new lines are a scripted
 * line with a fresh number in it, and scanning each one for the vocabularies was about a quarter of its cost. The hits
 * found on one line of a shape are kept here (keepResult) and a later line of the shape takes them, re-quoted, when
 * nothing in the vocabulary tells its digits from the kept line's (vocab-scan.ts shapeHits).
 *
 * Why that is exact. Two views share a shape only when their originals differ only digit for digit and their views
 * agree: the same `norm` except where both hold a digit, the same from / to / breakBefore (sameShape checks it on the
 * views themselves, so a normaliser that treats 0 and 5 differently just makes two shapes). Their tokens then differ
 * only where both hold digit tokens (`#d`, one per digit, never a syllable), and the clause and sound texts only in
 * the same digits (only Han characters change by sound). Let D be the digits at the positions where they differ. A
 * phrase or exception holding no digit of D: none of its tokens equals a digit of D, approximate matching costs such a
 * digit 99 whichever it is, and its digit-boundary test reads any digit alike. A pattern that tells no digit of D
 * apart (patternDigits: its digit literals and partial digit ranges; every digit for a backreference whose group may
 * capture a digit, or an escape that could name one) matches the same spans on both texts: \d, \w, ., \p{…}, negated
 * classes and [0-9] take every digit alike; a digit literal between Han literals takes only a lone digit, and one with
 * a Han literal after it only the last of a run (boundedBy): a digit of D found only where such a literal cannot
 * stand is taken alike by it too (differingDigits tells where the digits of D stand). What does tell digits of D
 * apart must be ruled out on the kept line by a set of its required sounds none of which is a digit and none of which
 * the line holds: the new line holds the same
 * sounds but digits, so none of them either, and the part cannot match there. Everything else the scan reads of a line
 * (presence bits, candidate lists, the first-token filter) only skips work that would find nothing, so a hash
 * collision of a digit's bit changes what runs, never what is found. The originals differ in digits only, so a quote
 * is the same positions of the line's own text, and a clause opened by a space (clauseOpensAt) is opened on both.
 * A new line of a shape whose first line's fold holds none of the characters the digit-reading numeral rules need
 * (digitsReadAlike) does not even go through the normaliser: its view is the first one's with its own digits (shapedView).
 */
import type { CompiledPhrase } from './fuzzy.js';
import { foldTextShared, sharedWithoutBreaks } from './normalise.js';
import type { CompiledPattern } from './patterns.js';
import { classEnd, isHan, literalComesNext, QUANTIFIER } from './regex-groups.js';
import { finishView, type TextView } from './view.js';

/** A digit shape: the first line seen with it (its view's arrays, copied) and the results kept for it. */
export interface DigitShape {
  /** The first line's text (digitShapeOf compares a new line's with it, digits aside). */
  original: string;
  norm: string;
  /**
   * from, to and breakBefore of that line's view (copied into one allocation): the arrays of every view derived from
   * the shape (shapedView), which reads them only.
   */
  from: Int32Array;
  to: Int32Array;
  breakBefore: Int32Array;
  /** Whether a line of the shape gets its view from the first one's (shapedView): the normaliser reads its digits alike. */
  derivable: boolean;
  /** The owner of the kept results (a compiled rubric), and per slot (a vocabulary) the results kept. */
  owner: object | null;
  kept: (Kept[] | undefined)[];
}

/** One result kept for a slot: the norm of the line it was computed on, the result, and what the caller needs to
 * decide whether it holds for another line of the shape (vocab-scan.ts: which digit-telling parts may occur there). */
export interface Kept {
  norm: string;
  value: unknown;
  /** The digits (bit d: digit d; packed as patternDigits) that something which may occur on that line tells apart: a
   * line that differs from it in none of them (differingDigits, packed alike) shares the result. */
  told: number;
}

/** Results kept per shape and slot: lines where a vocabulary's digit-telling parts may occur each get their own. */
export const MAX_KEPT = 4;

/** Shapes by the hash of their text with every digit as '0' (a hash, not that string: no string built and hashed per
 * line); cleared when full, like the view cache. */
const shapes = new Map<number, DigitShape>();
const MAX_SHAPES = 1024;

/**
 * The digit shape `view` shares with earlier lines, or null (no digit in the line, or a line of the same text shape
 * whose view came out different). Decided once per view and kept on it (TextView.shape).
 */
export function digitShapeOf(view: TextView): DigitShape | null {
  const known = view.shape;
  if (known !== undefined) return known as DigitShape | null;
  let shape: DigitShape | null = null;
  const text = view.original;
  const h = shapeHash(text);
  if (hadDigit) {
    shape = shapes.get(h) ?? null;
    if (!shape) {
      if (shapes.size >= MAX_SHAPES) shapes.clear();
      const n = view.norm.length;
      const maps = new Int32Array(3 * n);
      maps.set(view.from, 0);
      maps.set(view.to, n);
      maps.set(view.breakBefore, 2 * n);
      shape = { original: text, norm: view.norm, from: maps.subarray(0, n), to: maps.subarray(n, 2 * n), breakBefore: maps.subarray(2 * n), derivable: digitsReadAlike(text), owner: null, kept: [] };
      shapes.set(h, shape);
    } else if (!sameShape(shape, view)) shape = null;
  }
  view.shape = shape;
  return shape;
}

/** Whether the last shapeHash met a digit. */
let hadDigit = false;

/** FNV-1a over `text`, every digit read as '0' (sets hadDigit). */
function shapeHash(text: string): number {
  let h = 0x811c9dc5;
  let digit = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isDigit(c)) {
      digit = true;
      c = 48;
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  hadDigit = digit;
  return h;
}

/**
 * Whether view.ts buildView reads every ASCII digit of `text`, and of any text equal to it but in its digits, alike: then
 * such a line's view is the first one's with its own digits (shapedView). foldSimple (no character that folds to
 * several units: foldGeneral's NFKC reads a character with its neighbours) keeps each ASCII digit as itself, one norm
 * char at [i, i + 1), and tests digits only as a class (DotColon, Comma, the space between numerals). Of numerals.ts
 * rewriteNumbers, only RUN can then run: PERCENT needs 百分之, SPLIT_RUN [百千万] before a break, bigUnit 万/千, the
 * clock and decimal rules 点 or :, the money rules 块 元 圆 ¥ $ — none in the fold, whose other characters both lines
 * share — and RUN matches Chinese numerals only and reads its neighbours' digits only as \d. Decided once per shape.
 */
function digitsReadAlike(text: string): boolean {
  const folded = foldTextShared(text);
  return sharedWithoutBreaks(folded) !== null && !DIGIT_VALUE_RULE_CHARS.test(folded.norm);
}
const DIGIT_VALUE_RULE_CHARS = /[百千万点:块元圆¥$]/u;

/**
 * The view of `text` built from the first view of its digit shape, when that shape is digitsReadAlike (null otherwise,
 * and for a line without digits): the same maps, the same norm but for the norm chars that stand for an ASCII digit of
 * the text one to one (those take the text's digit), tokens and filters computed afresh. What buildView would return
 * (digitsReadAlike), without the fold and the numeral rewrites; its shape is known too.
 */
export function shapedView(text: string): TextView | null {
  const h = shapeHash(text);
  if (!hadDigit) return null;
  const shape = shapes.get(h);
  if (!shape || !shape.derivable || !sameButDigits(shape.original, text)) return null;
  const known = shape.norm;
  const n = known.length;
  const { from, to } = shape;
  let norm = '';
  let copied = 0;
  for (let k = 0; k < n; k++) {
    const c = known.charCodeAt(k);
    if (!isDigit(c)) continue;
    const at = from[k]!;
    // a digit the rewrites wrote (一二 → 12) maps to Han characters, never to a lone ASCII digit
    if (to[k] !== at + 1 || !isDigit(shape.original.charCodeAt(at))) continue;
    const d = text.charCodeAt(at);
    if (d === c) continue;
    norm += known.slice(copied, k) + text.charAt(at);
    copied = k + 1;
  }
  norm = copied === 0 ? known : norm + known.slice(copied);
  // the shape's own maps, shared (round 24: no three arrays copied per line): views never write their maps
  const view = finishView(text, norm, shape.from, shape.to, shape.breakBefore);
  view.shape = shape;
  return view;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The view is the shape's line with other digits: its text and `norm` equal but where both hold a digit, the same maps. */
function sameShape(s: DigitShape, view: TextView): boolean {
  if (!sameButDigits(s.original, view.original)) return false;
  const norm = view.norm;
  const n = norm.length;
  if (!sameButDigits(s.norm, norm)) return false;
  const { from, to, breakBefore } = s;
  for (let i = 0; i < n; i++) {
    if (from[i] !== view.from[i] || to[i] !== view.to[i] || breakBefore[i] !== view.breakBefore[i]) return false;
  }
  return true;
}

/** `a` and `b` are equal but where both hold a digit. */
function sameButDigits(a: string, b: string): boolean {
  const n = a.length;
  if (b.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && !(isDigit(x) && isDigit(y))) return false;
  }
  return true;
}

/** The results kept for `slot` of `owner` on `shape` (undefined: none yet). */
export function keptFor(shape: DigitShape, owner: object, slot: number): Kept[] | undefined {
  return shape.owner === owner ? shape.kept[slot] : undefined;
}

/** Keep `value`, computed on `view`, for `slot` of `owner` on the view's shape (up to MAX_KEPT lines a slot). */
export function keepResult(shape: DigitShape, owner: object, slot: number, view: TextView, value: unknown, told: number): void {
  if (shape.owner !== owner) {
    shape.owner = owner;
    shape.kept = [];
  }
  const list = (shape.kept[slot] ??= []);
  if (list.length < MAX_KEPT) list.push({ norm: view.norm, value, told });
}

/**
 * The digits (bit d: digit d) at the positions where two norms of one shape differ, on either side; the same digits
 * again at bit 20 + d where no digit follows such a position (a run of digits ends there), and at bit 10 + d where no
 * digit stands on either side of it either (a lone digit). The two norms hold digits at the same positions, so either
 * one's neighbours tell. Read against a teller's packed digits (patternDigits, boundedBy).
 */
export function differingDigits(a: string, b: string): number {
  let d = 0;
  const n = a.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const bits = (1 << (x - 48)) | (1 << (y - 48));
    d |= bits;
    if (i + 1 < n && !isDigit(a.charCodeAt(i + 1))) {
      d |= bits << 20;
      if (i > 0 && !isDigit(a.charCodeAt(i - 1))) d |= bits << 10;
    }
  }
  return d;
}

/**
 * Whether capturing group `k` (1-based) of expression `s` may capture a digit it does not name: it holds `.`, a
 * negated class, a class range reaching digits, or an escape other than \p{Script=Han} that stands for a set of
 * characters (\d, \w, \s, \P …). True, too, when the group is not found.
 */
function groupTakesAnyDigit(s: string, k: number): boolean {
  let seen = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 91) i = classEnd(s, i);
    else if (c === 40 && (s.charCodeAt(i + 1) !== 63 || (s.charAt(i + 2) === '<' && !/[=!]/u.test(s.charAt(i + 3)))) && ++seen === k) {
      return takesAnyDigit(s, i + 1);
    }
  }
  return true;
}

/** takesAnyDigit of the group whose body starts at `from` (read up to its closing parenthesis). */
function takesAnyDigit(s: string, from: number): boolean {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) {
      const next = s.charAt(i + 1);
      if (next === 'p') {
        if (!s.startsWith('\\p{Script=Han}', i)) return true;
        i = s.indexOf('}', i);
      } else if (/[dDwWsSPbB]/u.test(next)) return true;
      else i++;
    } else if (c === 91) {
      const end = classEnd(s, i);
      const body = s.slice(i + 1, end);
      if (body.startsWith('^') || /[\x00-\x7f]-|-[\x00-\x7f]/u.test(body) || body.includes('\\')) return true;
      i = end;
    } else if (c === 46) return true;
    else if (c === 40) depth++;
    else if (c === 41 && depth-- === 0) return false;
  }
  return true;
}

/** Forget every shape (view.ts resetViewCaches: benchmark passes start from the same state). */
export function clearDigitShapes(): void {
  shapes.clear();
}

/** Every digit told apart (a part that may tell any digit from any other). */
export const ALL_DIGITS = 0x3ff;

/** The digits a phrase tells from the others (bit d: digit d), those of its norm (its tokens come from it). */
export function phraseDigits(p: CompiledPhrase): number {
  let told = 0;
  for (let i = 0; i < p.norm.length; i++) {
    const c = p.norm.charCodeAt(i);
    if (isDigit(c)) told |= 1 << (c - 48);
  }
  return told;
}

/**
 * The digits a pattern's expression tells apart (bit d: digit d; a literal that takes only a lone digit at 10 + d,
 * one that takes only the last of a run at 20 + d, boundedBy): its digit literals and the digits of a class range
 * that does not hold all ten; every other digit it takes alike (\d, \w, ., \p{…}, negated classes, [0-9]). ALL_DIGITS
 * for what could tell any digit from any other: a backreference (\1 repeats the digit it captured), \k, and the \u,
 * \x, \c escapes (which could name a digit).
 */
export function patternDigits(p: CompiledPattern): number {
  const s = p.exact.source;
  let told = 0;
  let repeats = false;
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 /* \ */) {
      const next = s.charAt(i + 1);
      if (/[uxck]/u.test(next)) return ALL_DIGITS;
      // a backreference repeats what its group captured: harmless only if that can never hold a digit outside the
      // digits told already (those the group names itself), i.e. the group has no wildcard that takes a digit
      if (/[0-9]/u.test(next) && (/[0-9]/u.test(s.charAt(i + 2)) || groupTakesAnyDigit(s, Number(next)))) return ALL_DIGITS;
      // the repeat of a group is bounded by nothing around the group's own literals (boundedBy)
      if (/[0-9]/u.test(next)) repeats = true;
      if (next === 'p' || next === 'P') {
        const close = s.indexOf('}', i);
        if (close < 0) return ALL_DIGITS;
        i = close;
      } else i++;
    } else if (inClass) {
      if (c === 93 /* ] */) inClass = false;
      else if (s.charCodeAt(i + 1) === 45 /* - */ && i + 2 < s.length && s.charCodeAt(i + 2) !== 93) {
        // a range c-hi: one holding all ten digits takes them alike; one holding some tells those from the rest
        const hi = s.charCodeAt(i + 2);
        if (hi === 92) return ALL_DIGITS;
        if (!(c <= 48 && hi >= 57)) for (let d = Math.max(c, 48); d <= Math.min(hi, 57); d++) told |= 1 << (d - 48);
        i += 2;
      } else if (c === 45 && !/[[^]/u.test(s.charAt(i - 1)) && s.charCodeAt(i + 1) !== 93) return ALL_DIGITS; // a range from an escape
      else if (isDigit(c)) told |= 1 << (c - 48);
    } else if (c === 91 /* [ */) inClass = true;
    else if (c === 123 /* { */) {
      const q = /^\{\d+(?:,\d*)?\}/u.exec(s.slice(i));
      if (!q) return ALL_DIGITS;
      i += q[0].length - 1;
    } else if (isDigit(c)) told |= (1 << (c - 48)) << boundedBy(s, i);
  }
  return repeats ? (told | (told >> 10) | (told >> 20)) & ALL_DIGITS : told;
}

/**
 * Where the digit literal at `i` of expression `s` (outside a class) may match: 20 when a Han literal follows it, so
 * the character after the digit it takes is no digit (it ends a run of the text: the clause marks `|` are no Han
 * characters, so that character is the norm's next one); 10 when a Han literal precedes it as well (a lone digit); 0
 * otherwise. The literal must take one character: no quantifier on it, nor on the Han literal after it. Read with
 * differingDigits: a digit that differs only inside runs, or only where a run ends, is taken alike by a literal
 * bounded so. Round 24: 20 too when what any match takes next is a literal that is no digit only past the ends of
 * groups or into one — (?:三|3)天, (?:两|2|几)(?:次|遍), 就1)(?:个)?(?:客服|…), 4s店 (regex-groups.ts literalComesNext).
 */
function boundedBy(s: string, i: number): number {
  if (QUANTIFIER.has(s.charAt(i + 1))) return 0;
  if (!isHan(s.charCodeAt(i + 1)) || QUANTIFIER.has(s.charAt(i + 2))) return literalComesNext(s, i + 1) ? 20 : 0;
  return i > 0 && isHan(s.charCodeAt(i - 1)) ? 10 : 20;
}
