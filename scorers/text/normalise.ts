/**
 * The text view every check matches against. Speech recognisers and chat widgets vary width,
 * punctuation, spacing and how numbers are written; the view folds all of that away while keeping,
 * for every normalised character, the span of the original text it came from — so evidence quotes
 * are always exact excerpts of what the agent said, never our rewritten form.
 *
 * Pipeline: foldText (width, case, spaces, punctuation → BREAK marks) → numerals.ts rewrites numbers
 * (its patterns never cross a BREAK, so "百分之五，九点" stays two numbers) → stripBreaks.
 */

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

const PUNCT = /[\p{P}|]/u;
const SPACE = /\s/u;
/** Symbols that carry meaning in customer service (money, percent, maths); other symbols (emoji) go. */
const KEPT_SYMBOL = /[\p{Sc}\p{Sm}%]/u;
const DROPPED_SYMBOL = /[\p{So}\p{Sk}\p{Cf}\p{Cc}]/u;
const DIGIT = /[0-9]/;
const NUMERAL = /[0-9零〇幺一二两三四五六七八九十百千万亿]/u;

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
      out.ch.push(text[i]!);
      out.start.push(i);
      out.end.push(i + 1);
      i += 1;
      continue;
    }
    const len = cp > 0xffff ? 2 : 1;
    const raw = text.slice(i, i + len);
    const n = cp < 0x80 ? raw.toLowerCase() : raw.normalize('NFKC').toLowerCase();
    for (const ch of n) {
      out.ch.push(ch);
      out.start.push(i);
      out.end.push(i + len);
    }
    i += len;
  }
  return out;
}

/**
 * Fold width and case, drop spaces and punctuation. `.` and `:` survive between digits (3.5元,
 * 9:30), a `,` between digits as a thousands separator disappears (2,000), `%` survives. Removed
 * punctuation — and a space between two numerals (ASR digit groups) — becomes one BREAK.
 */
export function foldText(text: string): MappedText {
  const f = foldChars(text);
  const n = f.ch.length;
  const from: number[] = [];
  const to: number[] = [];
  const breakBefore: number[] = [];
  const chars: string[] = [];
  let last = '';
  for (let k = 0; k < n; k++) {
    const ch = f.ch[k]!;
    const code = ch.charCodeAt(0);
    let keep = false;
    if ((code >= 0x4e00 && code <= 0x9fff && !NUMERAL.test(ch)) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      keep = true; // fast path: ideographs, ASCII letters and digits
    } else if (SPACE.test(ch)) {
      let j = k + 1;
      while (j < n && SPACE.test(f.ch[j]!)) j++;
      if (NUMERAL.test(last) && NUMERAL.test(f.ch[j] ?? '')) {
        chars.push(BREAK);
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
      if (last !== BREAK && chars.length) {
        chars.push(BREAK);
        from.push(f.start[k]!);
        to.push(f.end[k]!);
        breakBefore.push(0);
        last = BREAK;
      }
      continue;
    } else keep = true;
    if (!keep) continue;
    chars.push(ch);
    // one entry per UTF-16 unit, so indexes into `norm` and into these arrays always agree
    for (let u = 0; u < ch.length; u++) {
      from.push(f.start[k]!);
      to.push(f.end[k]!);
      breakBefore.push(0);
    }
    last = ch;
  }
  return { norm: chars.join(''), from, to, breakBefore };
}

/** Remove BREAK marks, recording them as `breakBefore` on the following char. */
export function stripBreaks(text: MappedText): MappedText {
  if (!text.norm.includes(BREAK)) return text;
  const out: MappedText = { norm: '', from: [], to: [], breakBefore: [] };
  const chars: string[] = [];
  let pending = 0;
  for (let i = 0; i < text.norm.length; i++) {
    const ch = text.norm[i]!;
    if (ch === BREAK) {
      pending = 1;
      continue;
    }
    chars.push(ch);
    out.from.push(text.from[i]!);
    out.to.push(text.to[i]!);
    out.breakBefore.push(pending || text.breakBefore[i]!);
    pending = 0;
  }
  out.norm = chars.join('');
  return out;
}

/**
 * Rewrite every match of `re` (must be global) through `fn`; `null` keeps the match as it was.
 * Rewritten chars all map to the source span of the whole match, so quotes stay exact.
 */
export function rewrite(
  text: MappedText,
  re: RegExp,
  fn: (m: RegExpExecArray, norm: string) => string | null,
): MappedText {
  re.lastIndex = 0;
  if (!re.test(text.norm)) return text;
  re.lastIndex = 0;
  const out: MappedText = { norm: '', from: [], to: [], breakBefore: [] };
  const parts: string[] = [];
  let last = 0;
  const copy = (a: number, b: number) => {
    parts.push(text.norm.slice(a, b));
    for (let i = a; i < b; i++) {
      out.from.push(text.from[i]!);
      out.to.push(text.to[i]!);
      out.breakBefore.push(text.breakBefore[i]!);
    }
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(text.norm))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const replacement = fn(m, text.norm);
    if (replacement === null) continue;
    copy(last, m.index);
    const end = m.index + m[0].length;
    const from = text.from[m.index]!;
    const to = text.to[end - 1]!;
    parts.push(replacement);
    for (let i = 0; i < replacement.length; i++) {
      out.from.push(from);
      out.to.push(to);
      out.breakBefore.push(i === 0 ? text.breakBefore[m.index]! : 0);
    }
    last = end;
  }
  copy(last, text.norm.length);
  out.norm = parts.join('');
  return out;
}
