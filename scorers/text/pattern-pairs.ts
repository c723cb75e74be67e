/**
 * The sound pairs a construction pattern (patterns.ts) needs side by side in a line before its regular expressions are
 * worth running (requiredPairs), read off the pattern's source once, when the rubric is compiled. The vocabulary scan
 * tests them on the line's adjacent tokens (TextView.presence, vocab-index.ts byPair): most lines that hold a
 * pattern's sounds hold them apart (一 … 直), and the expression would find nothing there. Like requiredChars
 * (pattern-required.ts) it may only ever cost speed, never a match: whatever the parser does not understand yields
 * no pair, so the sets can only be too few, never wrong.
 */
import { escapeEnd, groupEnd } from './pattern-required.js';

/** Largest pair set kept (the index files a pattern under each pair of its narrowest set). */
const MAX_SET = 128;
/** Largest set of literal strings one part of a pattern is followed as (beyond it, the part is "anything"). */
const MAX_WORDS = 256;
const LITERAL = /^[\u3400-\u9fffa-z0-9]$/u;

/** What one atom, group or sequence of a pattern can match, as far as pairs go. */
interface Part {
  /**
   * Every string it can match, when they are few and literal (Han, a-z, 0-9), '' when it may match nothing; null:
   * anything else. Zero-width parts — anchors, the clause mark `\|` (not in the line's tokens: the characters either
   * side of a clause break are adjacent there), lookarounds — are [''], so their neighbours stay adjacent.
   */
  words: string[] | null;
  /** Pair sets every match of it holds one pair of each of. */
  sets: string[][];
  /** The capturing group's number, when the part is one, unquantified. */
  group: number;
  /** The group a backreference repeats (0: not one). */
  ref: number;
}

const EMPTY: Part = { words: [''], sets: [], group: 0, ref: 0 };
const ANYTHING: Part = { words: null, sets: [], group: 0, ref: 0 };

/**
 * Up to `maxSets` sets of two-character strings such that every match of `src` (an expanded pattern) holds one string of
 * each set, as adjacent characters of the line: the first two characters of the words of a literal part
 * ((?:一直|总是|老是) → 一直, 总是, 老是), the junction of a literal part with what must follow it ((?:是|就是)(?:你|您) →
 * 是你, 是您; 好\|快 → 好快, the clause mark being no character of the line; (?:你|您)(?:是)?(?:猪|傻子) → 你是, 你猪, 你傻 …),
 * a capturing group with its backreference ((能|对)\1 → 能能, 对对), and for a group whose every branch has a set, the
 * union of each branch's smallest. Smallest sets first.
 */
export function requiredPairs(src: string, maxSets = 2): string[][] {
  let i = 0;
  let groups = 0;
  function alternation(): Part {
    const branches = [sequence()];
    while (src[i] === '|') {
      i++;
      branches.push(sequence());
    }
    if (branches.length === 1) return branches[0]!;
    let words: string[] | null = [];
    for (const b of branches) words = words && b.words ? [...new Set([...words, ...b.words])] : null;
    if (words && words.length > MAX_WORDS) words = null;
    const sets: string[][] = [];
    if (branches.every((b) => b.sets.length > 0)) {
      const union = new Set<string>();
      for (const b of branches) for (const pair of b.sets[0]!) union.add(pair);
      if (union.size <= MAX_SET) sets.push([...union]);
    }
    return { words, sets, group: 0, ref: 0 };
  }
  function sequence(): Part {
    const parts: Part[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') parts.push(quantified(atom()));
    return combine(parts);
  }
  function atom(): Part {
    const ch = src[i]!;
    if (ch === '(') {
      const open = i++;
      let lookaround = false;
      let group = 0;
      if (src[i] === '?') {
        if (src[i + 1] === ':') i += 2;
        else if (src[i + 1] === '=' || src[i + 1] === '!') (lookaround = true), (i += 2);
        else if (src[i + 1] === '<' && (src[i + 2] === '=' || src[i + 2] === '!')) (lookaround = true), (i += 3);
        else if (src[i + 1] === '<') (group = ++groups), (i = src.indexOf('>', i) + 1);
        else throw new Error('unknown group');
      } else group = ++groups;
      // a lookaround's groups are numbered too: it is read through, and matches nothing of the line
      const inner = alternation();
      if (src[i] !== ')' || groupEnd(src, open) !== i + 1) throw new Error('unbalanced');
      i++;
      return lookaround ? EMPTY : { ...inner, group, ref: 0 };
    }
    if (ch === '[') {
      let end = i + 1;
      while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
      const body = src.slice(i + 1, end);
      i = end + 1;
      // a positive class of literal characters only (no range, escape or negation)
      return [...body].every((c) => LITERAL.test(c)) && body.length > 0 ? { words: [...new Set(body)], sets: [], group: 0, ref: 0 } : ANYTHING;
    }
    if (ch === '\\') {
      const next = src[i + 1]!;
      if (next === '|') return (i += 2), EMPTY;
      if (/[1-9]/u.test(next) && !/[0-9]/u.test(src[i + 2] ?? '')) return (i += 2), { words: null, sets: [], group: 0, ref: Number(next) };
      i = escapeEnd(src, i); // its letters and digits are no literals
      return ANYTHING;
    }
    i++;
    if (ch === '^' || ch === '$') return EMPTY;
    return LITERAL.test(ch) ? { words: [ch], sets: [], group: 0, ref: 0 } : ANYTHING;
  }
  /** The part with the quantifier after it applied (none: as it is). */
  function quantified(part: Part): Part {
    const q = src[i];
    let min = 1;
    let max = 1;
    if (q === '?') (min = 0), i++;
    else if (q === '*') (min = 0), (max = Infinity), i++;
    else if (q === '+') (max = Infinity), i++;
    else if (q === '{') {
      const end = src.indexOf('}', i);
      const m = /^\{(\d+)(,(\d*))?\}$/u.exec(src.slice(i, end + 1));
      if (!m) throw new Error('bad quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      i = end + 1;
    } else return part;
    if (src[i] === '?') i++; // lazy
    const zeroWidth = part.words !== null && part.words.length === 1 && part.words[0] === '';
    if (zeroWidth) return EMPTY;
    if (min === 1 && max === 1) return { ...part, group: 0 };
    const words = max === 1 && part.words ? [...new Set(['', ...part.words])] : null;
    return { words, sets: min >= 1 ? part.sets : [], group: 0, ref: 0 };
  }
  /** A sequence of parts: its words (their concatenations) and sets (the parts' own, and those of runs of literal parts). */
  function combine(parts: Part[]): Part {
    // a backreference to an unquantified group earlier in the sequence repeats the word that group matched
    const source = parts.map((p) => (p.ref ? parts.findIndex((g) => g.group === p.ref) : -1));
    parts.forEach((p, k) => {
      if (p.ref && source[k]! >= 0 && source[k]! < k) parts[k] = { ...p, words: parts[source[k]!]!.words };
    });
    const sets: string[][] = parts.flatMap((p) => p.sets);
    for (let k = 0; k < parts.length; k++) {
      const words = parts[k]!.words;
      if (!words || words.includes('')) continue;
      if (words.every((w) => w.length >= 2)) sets.push([...new Set(words.map((w) => w.slice(0, 2)))]);
      const junction = source[k + 1] === k ? sameWordJunction(words) : junctionAfter(parts, k);
      if (junction) sets.push(junction);
    }
    let words: string[] | null = [''];
    for (const p of parts) {
      if (!words || !p.words || words.length * p.words.length > MAX_WORDS) {
        words = null;
        break;
      }
      const next = new Set<string>();
      for (const a of words) for (const b of p.words) next.add(a + b);
      words = [...next];
    }
    // the same set found twice (a group's own and its words' first pairs) would take a second set's place
    const distinct = new Map(sets.filter((s) => s.length <= MAX_SET).map((s) => [[...s].sort().join(), s]));
    return { words, sets: [...distinct.values()].sort((x, y) => x.length - y.length), group: 0, ref: 0 };
  }
  try {
    const top = alternation();
    return i >= src.length ? top.sets.slice(0, maxSets) : []; // an unbalanced `)`: not understood
  } catch {
    return [];
  }
}

/** Part k's last characters, each followed by a first character of what must come next in `parts` (null: nothing sure). */
function junctionAfter(parts: readonly Part[], k: number): string[] | null {
  const lasts = new Set(parts[k]!.words!.map((w) => w[w.length - 1]!));
  const firsts = new Set<string>();
  for (let j = k + 1; ; j++) {
    const words = parts[j]?.words;
    if (!words) return null; // the end, or a part not understood, may come next
    for (const w of words) if (w) firsts.add(w[0]!);
    if (!words.includes('')) break;
  }
  if (lasts.size * firsts.size > MAX_SET) return null;
  const out: string[] = [];
  for (const a of lasts) for (const b of firsts) out.push(a + b);
  return out;
}

/** A group's words each followed by itself (the backreference right after it): each word's last and first characters. */
function sameWordJunction(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w[w.length - 1]! + w[0]!))];
}
