/**
 * Reading a regular expression's source by its groups (digit-shape.ts patternDigits): where groups open and close, and
 * what a match takes next after a position. Split out of digit-shape.ts in round 24.
 */

/** Quantifiers: what they follow may be absent or repeated. */
export const QUANTIFIER: ReadonlySet<string> = new Set(['?', '*', '+', '{']);

/** A Han character (the range the sound forms rewrite; a literal there is never a metacharacter). */
export function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** Index of the `]` closing the class opened at `open`. */
export function classEnd(s: string, open: number): number {
  let i = open + 1;
  while (i < s.length && s.charCodeAt(i) !== 93) i += s.charCodeAt(i) === 92 ? 2 : 1;
  return i;
}

/**
 * Round 24: whether the next character any match takes after position `j` of `s` (right after an unquantified digit
 * literal) is a literal that is no digit — a Han character or an ASCII letter: through the ends of the groups around
 * the digit (an alternation's other branches skipped: `(?:三|3)天` / `(?:两|2|几)(?:次|遍)`), over optional groups that
 * open so too, and into a group each of whose branches opens with one. Every group passed must be plain (capturing or
 * not, no lookaround) and the groups closed taken at most once; any other construct (an escape, a class, a lookaround, a
 * quantified literal, the end of the expression) is read as "maybe a digit".
 */
export function literalComesNext(s: string, j: number): boolean {
  const { close, open } = groupsOf(s);
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (isHan(c) || isLetter(c)) return !QUANTIFIER.has(s.charAt(j + 1));
    if (c === 41 /* ) */) {
      if (lookaround(s, open.get(j)!)) return false;
      // a group closed once: what follows it comes next (a group that may repeat could start again)
      const q = s.charAt(j + 1);
      if (q === '?') j = s.charAt(j + 2) === '?' ? j + 3 : j + 2;
      else if (QUANTIFIER.has(q)) return false;
      else j++;
    } else if (c === 124 /* | */) {
      // the branch ends here: the match goes on after the group around it (none: the expression ends)
      const end = enclosingClose(s, j, close);
      if (end < 0) return false;
      j = end;
    } else if (c === 40 /* ( */) {
      const end = close.get(j)!;
      if (lookaround(s, j) || !branchesOpenWithLiteral(s, j, end, close)) return false;
      const q = s.charAt(end + 1);
      if (q !== '?' && q !== '*') return !QUANTIFIER.has(q) || q === '+';
      // an optional group: what comes after it must open so as well
      j = s.charAt(end + 2) === '?' ? end + 3 : end + 2;
    } else return false;
  }
  return false;
}

/** An ASCII letter (a literal where no backslash precedes it; patterns compile without the i flag). */
function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Every branch of the plain group opened at `from` (closed at `end`) opens with an unquantified Han or letter literal. */
function branchesOpenWithLiteral(s: string, from: number, end: number, close: ReadonlyMap<number, number>): boolean {
  let k = from + 1;
  if (s.charCodeAt(k) === 63 /* ? */) k = s.charAt(k + 1) === ':' ? k + 2 : s.indexOf('>', k) + 1;
  for (;;) {
    const c = s.charCodeAt(k);
    if (!(isHan(c) || isLetter(c)) || QUANTIFIER.has(s.charAt(k + 1))) return false;
    // the next `|` of this group (nested groups and classes skipped), or its end
    while (k < end && s.charCodeAt(k) !== 124) {
      const d = s.charCodeAt(k);
      k = d === 92 ? k + 2 : d === 91 ? classEnd(s, k) + 1 : d === 40 ? close.get(k)! + 1 : k + 1;
    }
    if (k >= end) return true;
    k++;
  }
}

/** The `)` closing the group that holds the `|` at `j` (nested groups and classes skipped), or -1 at the top level. */
function enclosingClose(s: string, j: number, close: ReadonlyMap<number, number>): number {
  for (let k = j + 1; k < s.length; ) {
    const c = s.charCodeAt(k);
    if (c === 41) return k;
    k = c === 92 ? k + 2 : c === 91 ? classEnd(s, k) + 1 : c === 40 ? close.get(k)! + 1 : k + 1;
  }
  return -1;
}

/** The group opened at `at` is a lookahead or lookbehind. */
function lookaround(s: string, at: number): boolean {
  return s.charAt(at + 1) === '?' && (s.charAt(at + 2) === '=' || s.charAt(at + 2) === '!' || (s.charAt(at + 2) === '<' && (s.charAt(at + 3) === '=' || s.charAt(at + 3) === '!')));
}

/** Where each group of `s` opens and closes (escapes and classes skipped): close by opening, open by closing. */
function groupsOf(s: string): { close: Map<number, number>; open: Map<number, number> } {
  const close = new Map<number, number>();
  const open = new Map<number, number>();
  const stack: number[] = [];
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 92) k++;
    else if (c === 91) k = classEnd(s, k);
    else if (c === 40) stack.push(k);
    else if (c === 41) {
      const o = stack.pop()!;
      close.set(o, k);
      open.set(k, o);
    }
  }
  return { close, open };
}
