/**
 * Value equivalence for scenario facts. numerals.ts already makes 二十块 = 20元 and 九点半 = 9:30;
 * this goes one step further, for fact values only (never for vocabularies): the same *value*
 * said in another common form matches —
 *   免费 = 不收费 = 不收取任何费用 = 不用花钱 = 0元          (free of charge)
 *   5个工作日 = 5工作日 (3个月 ≠ 3月: that is March), 2个小时 = 2小时 = 两个钟头, 1个星期 = 1周 = 7天, 15天 = 15日
 *   半小时 = 30分钟, 1号 = 1日, 3月1日 = 3月1号 (a date, not 1日 of a count), 下个月 = 下月 = 次月, 第二天 = 次日, 当天 = 当日, 马上 = 立即
 *   3到5个工作日 = 3至5个工作日 = 3-5个工作日, 千分之六 = 0.6%, 可以 = 能 = 能够
 * Both the fact value and the agent's line are rewritten the same way, so the canonical forms
 * chosen here only have to agree with each other. Rewritten characters map back to the span of
 * the turn's view they came from, so statements keep exact quotes and view positions (negation
 * and cue windows are still judged on the view).
 */
import type { MappedText } from './normalise.js';
import { rewrite } from './rewrite.js';
import { requiredChars } from './patterns.js';
import { memoOf, viewOf, type TextView } from './view.js';

/** A turn's (or a value's) canonical value form; `from`/`to` index the view's `norm`, not the original. */
export type ValueForm = MappedText & {
  /** The view's own text: `from`, `to` and `breakBefore` are not materialised (see identityForm). */
  identity?: boolean;
};

type Rule = [RegExp, (m: RegExpExecArray) => string | null];

/**
 * "Not + charge/spend + fee" means free of charge. 交/缴/付 only after 用/需 (不用交钱 is free, 不交钱
 * is a condition), and 费 must not start another word (不费力).
 */
const FREE =
  /(?:不|无需|无须|免)(?:(?:需要|需|用|要)(?:交|缴|付)|(?:需要|需|用|会|要)?(?:收取|收|花|产生)?)(?:任何)?(?:费用|费(?![力事劲心时神])|钱)|分文不[收取]|(?<![\d.])0(?:元|费用)|零费用/gu;

/** The value-form rules, applied in order (exported for the filter's soundness test). */
export const RULES: readonly Rule[] = [
  [FREE, () => '免费'],
  // counted units: the 个 is optional in speech (5个工作日 = 5工作日), 钟头/星期/礼拜 are 小时/周
  // round 25: not before 月 — a number and 月 without 个 names a month (3月28号 / 今年三月), never a count of months:
  // 3个月 keeps its 个, so the month of a date no longer reads as 三个月
  [/(\d+(?:\.\d+)?)个(?=工作日|小时|星期|礼拜|钟头|自然日|季度)/gu, (m) => m[1]!],
  // 2个钟 (count + 个钟, the spoken 钟头) is hours too (round 21)
  [/(\d+(?:\.\d+)?)(?:钟头|个钟(?![头表点楼声]))/gu, (m) => `${m[1]}小时`],
  // round 21: not the 半 of 2个半小时 (2.5小时, the next rule), which read 2个30分钟
  [/(?<!\d个?)半个?(?:小时|钟头)/gu, () => '30分钟'],
  [/(\d+)个?半(?:小时|钟头)/gu, (m) => `${m[1]}.5小时`],
  // the next day (第二天 reads 第2天 once numerals are canonical)
  [/第2[天日]|隔天|隔日|翌日/gu, () => '次日'],
  // a week is seven days (1周 = 7天); 星期/礼拜 after a number are weeks
  [/(\d+)(?:周|星期|礼拜)(?![一二三四五六日天末\d])/gu, (m) => `${Number(m[1]) * 7}日`],
  // a day of the month after its month is a date, never a count of days (round 20: 12月7号 / 12月7日 is not 七天):
  // 3月1日 = 3月1号, left out of the bare forms below
  [/(?<=月)(\d{1,2})[日号]/gu, (m) => `${m[1]}号`],
  [/(\d+)天/gu, (m) => `${m[1]}日`],
  // a day of the month said without its month: 1号 = 1日 (not 3号客服, 1号线, 2号楼 …)
  [/(?<![月\d])(\d{1,2})号(?![码线楼客专话坐工窗柜台机位])/gu, (m) => `${m[1]}日`],
  [/下个?月/gu, () => '次月'],
  [/当天/gu, () => '当日'],
  [/马上|立刻|立马|即刻/gu, () => '立即'],
  [/千分之(\d+(?:\.\d+)?)/gu, (m) => `${Number(m[1]) / 10}%`],
  // round 21: tenths said with 成 are a percentage (8成 = 80%; 成本 / 成功 / 成为 … are words)
  [/(?<![\d.])([1-9])成(?![本员功为立交绩果人年都型就])/gu, (m) => `${m[1]}0%`],
  [/可以|能够|(?<![可功智性才本])能(?![力源量])/gu, () => '可'],
];

/** Characters every rule needs one of: a line with none of them is its own value form. */
const ANY_RULE_CHAR = /[不无免分0零个钟半周星礼天号下月第隔翌当马立即千成可能]/u;
/** A dash or tilde between two numbers in the original (3-5个工作日): a range, kept as '-'. */
const RANGE_SEPARATOR = /^\s*[-~～—–－至到]\s*$/u;
const RANGE_CHAR = /[-~～—–－至到]/u;

/** The canonical value form of a view (memoised on the view: turns repeat across contacts). */
export function valueFormOf(view: TextView): ValueForm {
  const memo = memoOf(view);
  const hit = memo.get(valueFormOf) as ValueForm | undefined;
  if (hit) return hit;
  const form = buildValueForm(view);
  memo.set(valueFormOf, form);
  return form;
}

/** The canonical value form of a fact value as written in the scenario. */
export function valueFormOfText(text: string): string {
  return valueFormOf(viewOf(text)).norm;
}

/** Every occurrence of a canonical value in a turn (its value form computed once per view). */
export function findValueIn(view: TextView, value: string): ValueSpan[] {
  return findValue(valueFormOf(view), value, view);
}

const RANGE_WORD = /(\d+(?:\.\d+)?)(?:到|至|~|～)(?=\d)/gu;

/**
 * Which rules can match a text at all, from the characters in it: every match of a rule holds a
 * character of each of its required sets (patterns.ts requiredChars, a conservative parser: a rule
 * it cannot narrow gets no set and always runs). A line mentioning 天 but no 号, 周, 半 … runs two
 * or three rule expressions instead of all fifteen, with the same result.
 */
const SET_BITS = new Uint32Array(0x10000);
let nextBit = 0;
/** Per rule: one bit per required set (a text may match only if it has a char of every set). */
const RULE_SETS: number[][] = RULES.map(([re]) =>
  requiredChars(re.source).flatMap((set) => {
    if (nextBit >= 32) return []; // out of bits: the rule's remaining sets are not used (it runs more often, never less)
    const bit = 1 << nextBit++;
    for (const ch of set) SET_BITS[ch.charCodeAt(0)] |= bit;
    return [bit >>> 0];
  }),
);

/** The required-set bits present in `text`. */
function setsIn(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= SET_BITS[text.charCodeAt(i)]!;
  return mask;
}

function mayApply(rule: number, mask: number): boolean {
  const sets = RULE_SETS[rule]!;
  for (let k = 0; k < sets.length; k++) if ((mask & sets[k]!) === 0) return false;
  return true;
}

/** False when rule `rule` (index in RULES) certainly does not match `text` (by the characters in it). */
export function ruleMayApply(rule: number, text: string): boolean {
  return mayApply(rule, setsIn(text));
}

/** Digits and what a computed number prints (Number(…) * 7, / 10): a rule computing a number may write any of them. */
const NUMBER_CHARS = '0123456789.e+-';
/**
 * What each rule's replacement may write besides the digits it copies from its match (same order as RULES): the
 * character sets mayHoldValue reasons with. Keep in step with RULES (values-rule-filter.test.ts checks the gate).
 */
const RULE_WRITES: readonly string[] = ['免费', '', '小时', '30分钟', '.5小时', '次日', `日${NUMBER_CHARS}`, '号', '日', '日', '次月', '当日', '立即', `%${NUMBER_CHARS}`, `0%`, '可'];
if (RULE_WRITES.length !== RULES.length) throw new Error('values.ts: RULE_WRITES must follow RULES');
/** Per rule, the required-set bits of what it writes; per character, the rules (bit r) that may write it. */
const WRITE_SETS = RULE_WRITES.map(setsIn);
const WRITERS = new Map<string, number>();
RULE_WRITES.forEach((w, r) => {
  for (const ch of w) WRITERS.set(ch, (WRITERS.get(ch) ?? 0) | (1 << r));
});
const HAN = /\p{Script=Han}/u;

/** The Han characters of a canonical value, each once: what mayHoldValue looks for in a line. */
export function valueChars(value: string): string[] {
  const out: string[] = [];
  for (const ch of value) if (HAN.test(ch) && !out.includes(ch)) out.push(ch);
  return out;
}

/**
 * A line (its view's `norm`) whose value form may hold every one of `chars` (valueChars of a value): each is in the
 * line, or written by a rule that may apply — the rules run in order over the characters the line and the rules
 * before may hold (a sound over-estimate: a rule matches only a text with its required characters). Else its value
 * form cannot hold the value and need not be built to find nothing (工作日 of 7工作日 in a line without 工; 免费 in a
 * line with neither 免费 nor a character FREE needs): the forms were ~3 % of scoring an unseen contact.
 */
export function mayHoldValue(norm: string, chars: readonly string[]): boolean {
  let k = 0;
  while (k < chars.length && norm.includes(chars[k]!)) k++;
  if (k === chars.length) return true;
  const applies = rulesMayApply(norm);
  for (; k < chars.length; k++) if (!norm.includes(chars[k]!) && ((WRITERS.get(chars[k]!) ?? 0) & applies) === 0) return false;
  return true;
}

/**
 * The rules that may apply to `norm` (bit r), each given the characters its predecessors may have written. The facts
 * ask for a line once per value of every fact, so the last line's answer is kept: the per-character walk and the rule
 * loop were most of mayHoldValue's time. (A string compare: the same line is the same object, or equal text.)
 */
function rulesMayApply(norm: string): number {
  if (norm === lastNorm) return lastApplies;
  let applies = 0;
  let mask = setsIn(norm);
  for (let r = 0; r < RULES.length; r++) {
    if (!mayApply(r, mask)) continue;
    applies |= 1 << r;
    mask |= WRITE_SETS[r]!;
  }
  lastNorm = norm;
  lastApplies = applies;
  return applies;
}
let lastNorm: string | null = null;
let lastApplies = 0;

/** The rules without the global flag, for tests from the start of a text. */
const RULE_TESTS = RULES.map(([re]) => new RegExp(re.source, 'u'));
const RANGE_TEST = new RegExp(RANGE_WORD.source, 'u');

/** Some rule (or the range words) matches `norm`: the rules that may apply, tested one by one. */
function anyRuleMatches(norm: string): boolean {
  const mask = setsIn(norm);
  for (let k = 0; k < RULE_TESTS.length; k++) if (mayApply(k, mask) && RULE_TESTS[k]!.test(norm)) return true;
  return RANGE_TEST.test(norm);
}

/**
 * Some rule would rewrite the line: when none matches the line as it is, nothing is ever rewritten
 * (each rule sees the unchanged line), so the line is its own value form and nothing is copied.
 */
function needsRewrite(view: TextView): boolean {
  if (!ANY_RULE_CHAR.test(view.norm)) return RANGE_CHAR.test(view.original) && /\d/u.test(view.norm);
  return anyRuleMatches(view.norm) || (RANGE_CHAR.test(view.original) && /\d/u.test(view.norm));
}

/** No rule applies and no range: the view's own text, mapped one to one (most lines; nothing copied). */
function identityForm(view: TextView): ValueForm {
  return { norm: view.norm, from: IDENTITY, to: IDENTITY, breakBefore: IDENTITY, identity: true };
}

/** Marks an identity form: from/to are not materialised (findValue maps index i to [i, i + 1)). */
const IDENTITY: number[] = [];

function buildValueForm(view: TextView): ValueForm {
  if (!needsRewrite(view)) return identityForm(view);
  const norm = view.norm;
  const n = norm.length;
  // identity mapping onto the view, with ranges (3-5, 3到5, 3至5) marked by '-': foldText turned
  // the dash into a clause break and glued the numbers (35), which would read as thirty-five.
  // Where the dashes go first (rare), then the arrays at their final size and the text from
  // slices: a one-char string and four pushes per character were most of this function's cost.
  let dashes: number[] | null = null;
  for (let i = 1; i < n; i++) {
    if (view.breakBefore[i] && isDigitCode(norm.charCodeAt(i - 1)) && isDigitCode(norm.charCodeAt(i)) && RANGE_SEPARATOR.test(view.original.slice(view.to[i - 1]!, view.from[i]!))) {
      (dashes ??= []).push(i);
    }
  }
  const length = n + (dashes ? dashes.length : 0);
  const from = new Array<number>(length);
  const to = new Array<number>(length);
  const breakBefore = new Array<number>(length);
  let text = norm;
  if (dashes) {
    const parts: string[] = [];
    let last = 0;
    for (const at of dashes) {
      parts.push(norm.slice(last, at), '-');
      last = at;
    }
    parts.push(norm.slice(last));
    text = parts.join('');
  }
  for (let i = 0, k = 0, d = 0; i < n; i++, k++) {
    if (dashes && d < dashes.length && dashes[d] === i) {
      from[k] = i;
      to[k] = i;
      breakBefore[k++] = 0;
      d++;
    }
    from[k] = i;
    to[k] = i + 1;
    breakBefore[k] = view.breakBefore[i]!;
  }
  let form: ValueForm = { norm: text, from, to, breakBefore };
  form = rewrite(form, RANGE_WORD, (m) => `${m[1]}-`);
  if (!ANY_RULE_CHAR.test(form.norm)) return form;
  // each rule sees the previous rules' output: the character sets are re-read after a rewrite
  let mask = setsIn(form.norm);
  for (let k = 0; k < RULES.length; k++) {
    if (!mayApply(k, mask)) continue;
    const [re, fn] = RULES[k]!;
    const next = rewrite(form, re, fn);
    if (next !== form) {
      form = next;
      mask = setsIn(form.norm);
    }
  }
  return form;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export interface ValueSpan {
  /** Span in the view's `norm` (end exclusive). */
  start: number;
  end: number;
}

/**
 * Every non-overlapping occurrence of a canonical value in a turn's value form, as view spans.
 * A value starting or ending with a digit never matches inside a longer number (15日 ∉ 115日).
 */
export function findValue(form: ValueForm, value: string, view?: TextView): ValueSpan[] {
  const out: ValueSpan[] = [];
  if (!value) return out;
  if (form.identity) {
    if (!view) throw new Error('findValue: an identity value form needs its view');
    return findInView(view, value, out);
  }
  const startsDigit = isDigit(value[0]);
  const endsDigit = isDigit(value[value.length - 1]);
  for (let at = form.norm.indexOf(value); at >= 0; at = form.norm.indexOf(value, at + 1)) {
    const end = at + value.length;
    if (startsDigit && at > 0 && /[\d.]/u.test(form.norm[at - 1]!) && !form.breakBefore[at]) continue;
    if (endsDigit && end < form.norm.length && /[\d.]/u.test(form.norm[end]!) && !form.breakBefore[end]) continue;
    const span = { start: form.from[at]!, end: form.to[end - 1]! };
    if (span.end <= span.start) continue;
    if (out.length && out[out.length - 1]!.end > span.start) continue;
    out.push(span);
  }
  return out;
}

/** findValue on a view's own text (identity form): same digit-boundary rule, no mapping. */
function findInView(view: TextView, value: string, out: ValueSpan[]): ValueSpan[] {
  const norm = view.norm;
  const startsDigit = isDigit(value[0]);
  const endsDigit = isDigit(value[value.length - 1]);
  for (let at = norm.indexOf(value); at >= 0; at = norm.indexOf(value, at + 1)) {
    const end = at + value.length;
    if (startsDigit && at > 0 && /[\d.]/u.test(norm[at - 1]!) && !view.breakBefore[at]) continue;
    if (endsDigit && end < norm.length && /[\d.]/u.test(norm[end]!) && !view.breakBefore[end]) continue;
    if (out.length && out[out.length - 1]!.end > at) continue;
    out.push({ start: at, end });
  }
  return out;
}
