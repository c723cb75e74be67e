/**
 * What a construction pattern (patterns.ts) needs of a line before its regular expressions are
 * worth running: the characters every match must contain (requiredChars), and whether its form by
 * sound finds every place its exact form does (soundFormCovers). Both are read off the pattern's
 * source once, when the rubric is compiled; both may only ever cost speed, never a match.
 */
import { tokenIdOfCode, tokenName } from './pinyin.js';

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

/** The index after the escape sequence starting at `from` (a backslash) in `src`; throws on a malformed one. */
export function escapeEnd(src: string, from: number): number {
  const kind = src[from + 1];
  const braced = src[from + 2] === '{';
  const closeOf = (close: string) => {
    const end = src.indexOf(close, from);
    if (end < 0) throw new Error('unterminated escape');
    return end + 1;
  };
  if (kind === 'p' || kind === 'P' || (kind === 'u' && braced)) return closeOf('}');
  if (kind === 'k' && src[from + 2] === '<') return closeOf('>');
  if (kind === 'u') return from + 6;
  if (kind === 'x') return from + 4;
  if (kind === 'c') return from + 3;
  return from + 2;
}

const HAN_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * True when every match of the expanded pattern `src` on a text T is also a match of its form by
 * sound (each Han literal replaced by its homophone representative) on T rewritten the same way:
 * a literal or a positive class that accepts a character also accepts its representative there.
 * So when the sound form finds nothing, the exact form would find nothing either, and the scan
 * runs one expression instead of two. False (both run, as before) where that does not hold: a
 * negative lookaround or a negated class naming a Han character rejects a homophone the exact
 * form accepts, and an escape by code point (\u, \x, \p, \P, \c) is not rewritten.
 */
export function soundFormCovers(src: string): boolean {
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      if ('uxpPc'.includes(src[i + 1] ?? '')) return false;
      i++; // the escaped character is not syntax
    } else if (ch === '[') {
      let end = i + 1;
      while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
      if (src[i + 1] === '^' && HAN_CHAR.test(src.slice(i + 1, end))) return false;
      i = end;
    } else if (ch === '(' && (src.startsWith('?!', i + 1) || src.startsWith('?<!', i + 1))) {
      if (HAN_CHAR.test(src.slice(i, groupEnd(src, i)))) return false;
    }
  }
  return true;
}

/** The index after the group opening at `open` (escapes and classes skipped), or the end of `src`. */
export function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') i++;
    else if (ch === '[') {
      i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return src.length;
}
