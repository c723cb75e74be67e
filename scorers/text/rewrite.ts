/**
 * Rewriting matches of a pattern in a MappedText (numbers in words → digits, value forms) while
 * every rewritten char keeps the source span of its whole match, so quotes stay exact excerpts.
 */
import type { MappedSource, MappedText } from './normalise.js';

/** Copy norm chars [a, b) of `text` unchanged into `out` from index `k`; returns the next index. */
function copySpan(text: MappedSource, out: MappedText, parts: string[], a: number, b: number, k: number): number {
  if (b > a) parts.push(text.norm.slice(a, b));
  const { from, to, breakBefore } = out;
  for (let i = a; i < b; i++, k++) {
    from[k] = text.from[i]!;
    to[k] = text.to[i]!;
    breakBefore[k] = text.breakBefore[i]!;
  }
  return k;
}

/**
 * The current rewrite's matches (start, end, replacement), in order, in reused arrays: rewrite
 * runs to completion and `fn` never rewrites, so nothing re-enters them.
 */
const hitStarts: number[] = [];
const hitEnds: number[] = [];
const hitTexts: string[] = [];

/**
 * Rewrite every match of `re` (must be global) through `fn`; `null` keeps the match as it was.
 * Rewritten chars all map to the source span of the whole match, so quotes stay exact.
 */
export function rewrite<T extends MappedSource>(
  text: T,
  re: RegExp,
  fn: (m: RegExpExecArray, norm: string) => string | null,
): T | MappedText {
  re.lastIndex = 0;
  const norm = text.norm;
  let hits = 0;
  /** Length of the result. */
  let length = norm.length;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const replacement = fn(m, norm);
    if (replacement === null) continue;
    hitStarts[hits] = m.index;
    hitEnds[hits] = m.index + m[0].length;
    hitTexts[hits++] = replacement;
    length += replacement.length - m[0].length;
  }
  if (hits === 0) return text; // nothing rewritten: the same content, no copy
  // the output arrays at their final size: grown by push, each was reallocated a few times
  const out: MappedText = { norm: '', from: new Array<number>(length), to: new Array<number>(length), breakBefore: new Array<number>(length) };
  const parts: string[] = [];
  let last = 0;
  let k = 0;
  for (let h = 0; h < hits; h++) {
    const start = hitStarts[h]!;
    const end = hitEnds[h]!;
    const replacement = hitTexts[h]!;
    k = copySpan(text, out, parts, last, start, k);
    const from = text.from[start]!;
    const to = text.to[end - 1]!;
    parts.push(replacement);
    for (let i = 0; i < replacement.length; i++, k++) {
      out.from[k] = from;
      out.to[k] = to;
      out.breakBefore[k] = i === 0 ? text.breakBefore[start]! : 0;
    }
    last = end;
  }
  copySpan(text, out, parts, last, norm.length, k);
  out.norm = parts.join('');
  return out;
}
