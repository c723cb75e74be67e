/**
 * Numerals in pattern literals, read the way the transcript is. A turn is matched in its normalised
 * form (numerals.ts: 一个 → 1个, 八成 → 8成, 九十 → 90), but an assessor writes a pattern in the
 * words a person says: 给您一个交代, 八成是, 第[一二]次. Compiled as written such a literal never meets
 * the line it was written for. So every literal run holding a Chinese numeral also accepts its
 * normalised form, and a numeral character in a character class also accepts its digit.
 *
 * Both forms stay, not only the normalised one: whether the normaliser rewrites a numeral depends on
 * what follows it in the line (一下 stays, 一个 becomes 1个; 十分 "very" stays, 十天 becomes 10天), and
 * a literal run ends where the pattern's syntax begins, so its neighbour is often unknown here.
 */
import { normaliseText } from './numerals.js';
import { escapeRegExp } from './regexp-escape.js';

const NUMERAL = /[零〇幺一二两三四五六七八九十百千万亿]/u;
/** A lone 一/两/幺 is rewritten only before a measure word, which may lie beyond the run's end. */
const LONE_DIGIT: Record<string, string> = { 一: '1', 两: '2', 幺: '1' };
/** Single characters a class may hold, with the digit the normaliser writes for them. */
const CLASS_DIGIT: Record<string, string> = { 零: '0', 〇: '0', 幺: '1', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const SYNTAX = new Set('\\[](){}|?*+.^$'.split(''));
const QUANTIFIER = new Set(['?', '*', '+', '{']);

/** `source` (an expanded pattern) with numeral literals also accepted in their normalised form; unchanged when it has none. */
export function withNormalisedNumerals(source: string): string {
  if (!NUMERAL.test(source)) return source;
  let out = '';
  let run = '';
  const flush = (next: string | undefined) => {
    if (!run) return;
    // a quantifier binds the run's last character only: that one stays as written
    let kept = '';
    if (next !== undefined && QUANTIFIER.has(next)) {
      kept = run.slice(-1);
      run = run.slice(0, -1);
    }
    out += alternatives(run, next === undefined || SYNTAX.has(next)) + kept;
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      flush(ch);
      out += source.slice(i, i + 2);
      i++;
    } else if (ch === '[') {
      flush(ch);
      const end = classEnd(source, i);
      out += withClassDigits(source.slice(i, end));
      i = end - 1;
    } else if (ch === '(' && source[i + 1] === '?') {
      flush(ch);
      // group syntax: (?:  (?=  (?!  (?<=  (?<!  (?<name>
      const m = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/u.exec(source.slice(i))!;
      out += m[0];
      i += m[0].length - 1;
    } else if (ch === '{') {
      flush(ch);
      const end = source.indexOf('}', i);
      out += source.slice(i, end + 1);
      i = end;
    } else if (SYNTAX.has(ch)) {
      flush(ch);
      out += ch;
    } else run += ch;
  }
  flush(undefined);
  return out;
}

/** The run as written, its normalised form and, when it ends in a lone 一/两 at a syntax boundary, that numeral as a digit. */
function alternatives(run: string, endsAtSyntax: boolean): string {
  if (!NUMERAL.test(run)) return run;
  const forms = new Set([run, normaliseText(run).norm]);
  const last = run.slice(-1);
  const lone = run.length === 1 || !NUMERAL.test(run.slice(-2, -1));
  if (endsAtSyntax && lone && LONE_DIGIT[last]) for (const f of [...forms]) if (f.endsWith(last)) forms.add(f.slice(0, -1) + LONE_DIGIT[last]);
  return forms.size === 1 ? run : `(?:${[...forms].map(escapeRegExp).join('|')})`;
}

/** Index just past the class opened at `start` (escapes inside skipped). */
function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}

/** A class with the digit of each numeral character it holds added; a class with a range is left alone. */
function withClassDigits(cls: string): string {
  if (cls.startsWith('[^') || /[^\\]-[^\]]/u.test(cls.slice(1, -1))) return cls;
  const inner = cls.slice(1, -1);
  const extra = new Set<string>();
  for (const ch of inner) if (CLASS_DIGIT[ch] && !inner.includes(CLASS_DIGIT[ch])) extra.add(CLASS_DIGIT[ch]);
  return extra.size ? `[${inner}${[...extra].join('')}]` : cls;
}
