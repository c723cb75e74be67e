/**
 * The text view every check matches against. Speech recognisers and chat widgets vary width,
 * punctuation, spacing and how numbers are written; the view folds all of that away while keeping,
 * for every normalised character, the span of the original text it came from — so evidence quotes
 * are always exact excerpts of what the agent said, never our rewritten form.
 *
 * Pipeline: foldText (width, case, spaces, punctuation → BREAK marks) → numerals.ts rewrites numbers
 * (its patterns never cross a BREAK, so "百分之五，九点" stays two numbers) → stripBreaks.
 */

import { spacedMagnitude, stickerEnd } from './chat-marks.js';

export interface MappedText {
  /** Normalised text: NFKC, lower case, no spaces or punctuation (except inside numbers). */
  norm: string;
  /** For each char of `norm`: start (inclusive) of its source span in the original text. */
  from: number[];
  /** For each char of `norm`: end (exclusive) of its source span in the original text. */
  to: number[];
  /** 1 where punctuation (or a space between numbers) was removed just before this char. */
  breakBefore: number[];
}

/** Clause boundary placeholder while numerals are rewritten; removed by stripBreaks. */
export const BREAK = '|';
const BREAK_CODE = BREAK.charCodeAt(0);

const PUNCT = /[\p{P}|]/u;
/** Whitespace inside a clause; a line break (\n \r, a control char) ends a typed sentence and folds to a BREAK like punctuation. */
const SPACE = /[^\S\n\r\v\f]/u;
/** Symbols that carry meaning in customer service (money, percent, maths); other symbols (emoji) go. */
const KEPT_SYMBOL = /[\p{Sc}\p{Sm}%]/u;
const DROPPED_SYMBOL = /[\p{So}\p{Sk}\p{Cf}\p{Cc}]/u;
const DIGIT = /[0-9]/;
const NUMERAL = /[0-9零〇幺一二两三四五六七八九十百千万亿]/u;
/** NUMERAL as a table by UTF-16 unit: the per-character fast path of foldText avoids a regex call. */
const NUMERAL_UNIT = new Uint8Array(0x10000);
for (const ch of '0123456789零〇幺一二两三四五六七八九十百千万亿') NUMERAL_UNIT[ch.charCodeAt(0)] = 1;

/** The text as NFKC-folded, lower-cased characters with their source spans (parallel arrays: no object per char). */
interface FoldedChars {
  ch: string[];
  start: number[];
  end: number[];
}

function foldChars(text: string): FoldedChars {
  const out: FoldedChars = { ch: [], start: [], end: [] };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      // unified CJK is NFKC-stable and has no case: skip the (comparatively slow) normalize call
      out.ch.push(unitString(cp));
      out.start.push(i);
      out.end.push(i + 1);
      i += 1;
      continue;
    }
    const len = cp > 0xffff ? 2 : 1;
    const folded = foldedCodePoint(cp, text, i, len);
    for (let k = 0; k < folded.length; k++) {
      out.ch.push(folded[k]!);
      out.start.push(i);
      out.end.push(i + len);
    }
    i += len;
  }
  return out;
}

/**
 * One-unit strings, shared: `text[i]` allocates a new string for every non-Latin-1 char (V8 caches
 * only Latin-1), and foldText handles every char of every new line as a string.
 */
const unitStrings: string[] = new Array<string>(0x10000);

function unitString(code: number): string {
  return (unitStrings[code] ??= String.fromCharCode(code));
}

/** NFKC + lower case of one code point, split into code points; cached (normalize is slow, the alphabet small). */
const foldedBmp: (readonly string[])[] = new Array<readonly string[]>(0x10000);
const foldedAstral = new Map<number, readonly string[]>();

function foldedCodePoint(cp: number, text: string, i: number, len: number): readonly string[] {
  let folded = cp < 0x10000 ? foldedBmp[cp] : foldedAstral.get(cp);
  if (!folded) {
    const raw = text.slice(i, i + len);
    folded = [...(cp < 0x80 ? raw.toLowerCase() : raw.normalize('NFKC').toLowerCase())];
    if (cp < 0x10000) foldedBmp[cp] = folded;
    else foldedAstral.set(cp, folded);
  }
  return folded;
}

/**
 * Fold width and case, drop spaces and punctuation. `.` and `:` survive between digits (3.5元,
 * 9:30), a `,` between digits as a thousands separator disappears (2,000), `%` survives. Removed
 * punctuation — and a space between two numerals (ASR digit groups) — becomes one BREAK.
 */
export function foldText(text: string): MappedText {
  if (!foldSimple(text)) return foldGeneral(text);
  // copied out of the shared scratch: callers keep this one
  const n = shared.norm.length;
  return { norm: shared.norm, from: Array.from(foldFrom.subarray(0, n)), to: Array.from(foldTo.subarray(0, n)), breakBefore: new Array<number>(n).fill(0) };
}

/**
 * How foldGeneral treats one UTF-16 unit, by what it folds to (see charClassOf). Every new line
 * goes through foldText, so the common case — each unit folding to exactly one unit — is one
 * table read per unit instead of a per-char string, a few regular expressions and a copy.
 */
const enum CharClass {
  Unknown = 0,
  /** Kept as its folded unit (ideographs, letters, digits, numerals, kept symbols). */
  Keep,
  /** Punctuation or a dropped symbol: one BREAK between kept text. */
  Break,
  /** Whitespace: dropped; a BREAK between two numerals. */
  Space,
  /** `.` or `:`: kept between two digits, else a BREAK. */
  DotColon,
  /** `,`: dropped as a thousands separator, else a BREAK. */
  Comma,
  /** Folds to several units, nothing, or is a surrogate: foldGeneral handles the line. */
  Complex,
}

const charClass = new Uint8Array(0x10000);
/** The unit a Keep/Break/… unit folds to. */
const foldedUnit = new Uint16Array(0x10000);

function charClassOf(code: number): CharClass {
  const known = charClass[code]!;
  if (known !== CharClass.Unknown) return known;
  let cls: CharClass;
  if (code >= 0xd800 && code <= 0xdfff) cls = CharClass.Complex;
  else {
    const folded = foldedCodePoint(code, String.fromCharCode(code), 0, 1);
    if (folded.length !== 1 || folded[0]!.length !== 1) cls = CharClass.Complex;
    else {
      // the same tests, in the same order, as foldGeneral's loop
      const ch = folded[0]!;
      const u = ch.charCodeAt(0);
      foldedUnit[code] = u;
      if ((u >= 0x4e00 && u <= 0x9fff && NUMERAL_UNIT[u] !== 1) || (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39)) cls = CharClass.Keep;
      else if (SPACE.test(ch)) cls = CharClass.Space;
      else if (ch === '.' || ch === ':') cls = CharClass.DotColon;
      else if (ch === ',') cls = CharClass.Comma;
      else if (ch !== '%' && (PUNCT.test(ch) || (DROPPED_SYMBOL.test(ch) && !KEPT_SYMBOL.test(ch)))) cls = CharClass.Break;
      else cls = CharClass.Keep;
    }
  }
  charClass[code] = cls;
  return cls;
}

function isAsciiDigit(u: number): boolean {
  return u >= 0x30 && u <= 0x39;
}

/**
 * A MappedText whose arrays may be typed and longer than `norm` (only [0, norm.length) counts):
 * what rewrite() reads. foldTextShared returns one living in reused scratch buffers.
 */
export interface MappedSource {
  norm: string;
  from: ArrayLike<number>;
  to: ArrayLike<number>;
  breakBefore: ArrayLike<number>;
}

/**
 * foldSimple's output buffers, reused line after line: four JS arrays grown by push per new line
 * were the largest allocation of cold scoring (every line of a new transcript is folded once).
 */
let foldFrom = new Int32Array(256);
let foldTo = new Int32Array(256);
/** Always zero: the fast path never sets breakBefore (BREAK marks are separate units). */
let foldZeros = new Int32Array(256);
const shared: MappedSource = { norm: '', from: foldFrom, to: foldTo, breakBefore: foldZeros };

/**
 * foldText into shared scratch buffers (valid until the next call; never kept): for view.ts,
 * which copies what it needs at once. The general path (rare characters) allocates as before.
 */
export function foldTextShared(text: string): MappedSource {
  return foldSimple(text) ? shared : foldGeneral(text);
}

/**
 * foldGeneral for a text whose every unit folds to exactly one unit (false otherwise): the same
 * result, computed on the units directly (one unit of `text` = one folded char at [i, i + 1)),
 * written into the shared scratch (`shared`).
 */
function foldSimple(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) if (charClassOf(text.charCodeAt(i)) === CharClass.Complex) return false;
  // at most one output unit per input unit
  if (foldFrom.length < n) {
    const size = Math.max(n, 2 * foldFrom.length);
    shared.from = foldFrom = new Int32Array(size);
    shared.to = foldTo = new Int32Array(size);
    shared.breakBefore = foldZeros = new Int32Array(size);
  }
  const from = foldFrom;
  const to = foldTo;
  let count = 0;
  // the output strings are built from slices of `text` (runs of units kept as they are): far
  // cheaper than collecting units and String.fromCharCode.apply over them
  let norm = '';
  let plain = '';
  /** Start of the current run of units kept unchanged (-1: none). */
  let run = -1;
  /** The last unit pushed (-1: none yet); BREAK_CODE after a break. */
  let last = -1;
  for (let k = 0; k < n; k++) {
    const code = text.charCodeAt(k);
    const cls = charClass[code]!;
    const u = foldedUnit[code]!;
    if (cls === CharClass.Space) {
      if (run >= 0) {
        const piece = text.slice(run, k);
        norm += piece;
        plain += piece;
        run = -1;
      }
      let j = k + 1;
      while (j < n && charClass[text.charCodeAt(j)] === CharClass.Space) j++;
      if (last >= 0 && NUMERAL_UNIT[last] === 1 && j < n && NUMERAL_UNIT[foldedUnit[text.charCodeAt(j)]!] === 1 && !spacedMagnitude(last, foldedUnit[text.charCodeAt(j)]!)) {
        norm += BREAK;
        from[count] = k;
        to[count++] = k + 1;
        last = BREAK_CODE;
      }
      k = j - 1;
      continue;
    }
    let keep = cls === CharClass.Keep;
    if (cls === CharClass.DotColon) keep = isAsciiDigit(last) && k + 1 < n && isAsciiDigit(foldedUnit[text.charCodeAt(k + 1)]!);
    else if (cls === CharClass.Comma && isAsciiDigit(last) && thousandsGroupAt(text, k + 1)) {
      if (run >= 0) {
        const piece = text.slice(run, k);
        norm += piece;
        plain += piece;
        run = -1;
      }
      continue;
    }
    if (!keep) {
      if (run >= 0) {
        const piece = text.slice(run, k);
        norm += piece;
        plain += piece;
        run = -1;
      }
      if (last !== BREAK_CODE && count) {
        norm += BREAK;
        from[count] = k;
        to[count++] = k + 1;
        last = BREAK_CODE;
      }
      if (u === 0x5b) k = Math.max(k, stickerEnd(text, k) - 1);
      continue;
    }
    if (u === code) {
      if (run < 0) run = k;
    } else {
      if (run >= 0) {
        const piece = text.slice(run, k);
        norm += piece;
        plain += piece;
        run = -1;
      }
      const ch = unitString(u);
      norm += ch;
      plain += ch;
    }
    from[count] = k;
    to[count++] = k + 1;
    last = u;
  }
  if (run >= 0) {
    const piece = text.slice(run, n);
    norm += piece;
    plain += piece;
  }
  shared.norm = norm;
  sharedPlain = plain;
  return true;
}

/** shared.norm without its BREAK marks (what view.ts keeps when no number is rewritten). */
let sharedPlain = '';

/** The text of the last foldTextShared result without BREAK marks, if that result is `marked` (else null). */
export function sharedWithoutBreaks(marked: MappedSource): string | null {
  return marked === shared ? sharedPlain : null;
}

/** Exactly three ASCII digits (folded) start at `at`, and no fourth follows: /^\d{3}(?!\d)/ on the folded chars. */
function thousandsGroupAt(text: string, at: number): boolean {
  if (at + 3 > text.length) return false;
  for (let i = at; i < at + 3; i++) if (!isAsciiDigit(foldedUnit[text.charCodeAt(i)]!)) return false;
  return at + 3 >= text.length || !isAsciiDigit(foldedUnit[text.charCodeAt(at + 3)]!);
}

/** foldText for any text: code points folded one by one (NFKC may yield several chars, or none). */
export function foldGeneral(text: string): MappedText {
  const f = foldChars(text);
  const n = f.ch.length;
  const from: number[] = [];
  const to: number[] = [];
  const breakBefore: number[] = [];
  // UTF-16 units of the result, turned into a string once (joining one-char strings is slow)
  const units: number[] = [];
  let last = '';
  for (let k = 0; k < n; k++) {
    const ch = f.ch[k]!;
    const code = ch.charCodeAt(0);
    let keep = false;
    if ((code >= 0x4e00 && code <= 0x9fff && !(ch.length === 1 && NUMERAL_UNIT[code] === 1)) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      keep = true; // fast path: ideographs, ASCII letters and digits
    } else if (SPACE.test(ch)) {
      let j = k + 1;
      while (j < n && SPACE.test(f.ch[j]!)) j++;
      if (NUMERAL.test(last) && NUMERAL.test(f.ch[j] ?? '') && !spacedMagnitude(last.charCodeAt(0), f.ch[j]!.charCodeAt(0))) {
        units.push(BREAK_CODE);
        from.push(f.start[k]!);
        to.push(f.end[k]!);
        breakBefore.push(0);
        last = BREAK;
      }
      k = j - 1;
      continue;
    } else if ((ch === '.' || ch === ':') && DIGIT.test(last) && DIGIT.test(f.ch[k + 1] ?? '')) {
      keep = true;
    } else if (ch === ',' && DIGIT.test(last) && /^\d{3}(?!\d)/.test(f.ch.slice(k + 1, k + 5).join(''))) {
      continue;
    } else if (ch !== '%' && (PUNCT.test(ch) || (DROPPED_SYMBOL.test(ch) && !KEPT_SYMBOL.test(ch)))) {
      if (last !== BREAK && units.length) {
        units.push(BREAK_CODE);
        from.push(f.start[k]!);
        to.push(f.end[k]!);
        breakBefore.push(0);
        last = BREAK;
      }
      for (const e = ch === '[' ? stickerEnd(text, f.start[k]!) : -1; k + 1 < n && f.start[k + 1]! < e; ) k++;
      continue;
    } else keep = true;
    if (!keep) continue;
    // one entry per UTF-16 unit, so indexes into `norm` and into these arrays always agree
    for (let u = 0; u < ch.length; u++) {
      units.push(ch.charCodeAt(u));
      from.push(f.start[k]!);
      to.push(f.end[k]!);
      breakBefore.push(0);
    }
    last = ch;
  }
  return { norm: stringOfUnits(units), from, to, breakBefore };
}

/** String.fromCharCode over an array of UTF-16 units, in chunks (apply has an argument limit). */
function stringOfUnits(units: number[]): string {
  const CHUNK = 8192;
  if (units.length <= CHUNK) return String.fromCharCode.apply(null, units);
  let s = '';
  for (let i = 0; i < units.length; i += CHUNK) s += String.fromCharCode.apply(null, units.slice(i, i + CHUNK));
  return s;
}

/** Remove BREAK marks, recording them as `breakBefore` on the following char. */
export function stripBreaks(text: MappedText): MappedText {
  const norm = text.norm;
  if (!norm.includes(BREAK)) return text;
  const out: MappedText = { norm: norm.replaceAll(BREAK, ''), from: [], to: [], breakBefore: [] };
  // char codes, not norm[i]: indexing a two-byte string allocates a string per char
  const breakCode = BREAK.charCodeAt(0);
  let pending = 0;
  for (let i = 0; i < norm.length; i++) {
    if (norm.charCodeAt(i) === breakCode) {
      pending = 1;
      continue;
    }
    out.from.push(text.from[i]!);
    out.to.push(text.to[i]!);
    out.breakBefore.push(pending || text.breakBefore[i]!);
    pending = 0;
  }
  return out;
}
