/**
 * Negation awareness for stated values: 不收费 does not state 收费, 没有手续费 does not state 手续费.
 * A value is negated when a negator character (不 没 无 未 非 别 免 …, from the rubric) stands
 * within `window` normalised chars before it, in the same clause, and is not part of a set phrase
 * that negates nothing (没问题, 不客气, 不好意思 …). What stands between the negator and the value must be
 * a copula, modal or charging verb (不是7天, 没有手续费, 不能开): in 没注意可以开专票 the 没 negates 注意.
 *
 * When the expected value itself carries the negation (免费, 不收费), the match starts at the
 * negator and only what stands *before* it is looked at — so 免费 states 免费, while 不免费 negates it.
 */
import { crossesBreak, findPhrase, type CompiledPhrase } from './fuzzy.js';
import type { TextView } from './view.js';

export interface NegationRules {
  negators: Set<string>;
  exceptions: readonly CompiledPhrase[];
  window: number;
}

/** The negator that negates the value starting at norm index `start`, or null. */
export function negatorBefore(view: TextView, start: number, rules: NegationRules): { at: number; char: string } | null {
  for (let j = start - 1; j >= 0 && j >= start - rules.window; j--) {
    // stop at a clause boundary: "不用担心，费用是20元" — the 不 belongs to another clause
    if (view.breakBefore[j + 1]) break;
    const ch = view.norm[j]!;
    if (!rules.negators.has(ch)) continue;
    if (coveredByException(view, j, rules.exceptions)) continue;
    // 没注意可以开专票: the negator negates its own verb (注意), not the value after it
    if (!negatesAcross(view.norm.slice(j + 1, start))) return null;
    return { at: j, char: ch };
  }
  return null;
}

/**
 * Words that may stand between a negator and the value it negates: copulas, modals, 有, and the
 * verbs of charging/needing/offering (不是7天, 没有手续费, 不能开, 不需要预约, 不收取, 不超过3天),
 * and the modal 法 of 没法 / 无法 / 没办法 (cannot: 没法退到原账户).
 * Anything else there is the verb the negator belongs to (没注意, 不知道, 没想到).
 */
// 法 / 办法: 没法 / 无法 / 没办法 are the modal "cannot" (没法原路退回 denies 原路退回), like 不能
const NEGATION_GAP = /^(?:是|会|能|能够|可|可以|用|需|需要|要|收|收取|有|给|太|算|再|一定|都|也|就|到|在|为|按|满|得|应|应该|该|必须|支持|允许|提供|办|办理|开|开通|超过|包括|含|含有|产生|的|法|办法)*$/u;

function negatesAcross(gap: string): boolean {
  return gap.length === 0 || NEGATION_GAP.test(gap);
}

function coveredByException(view: TextView, at: number, exceptions: readonly CompiledPhrase[]): boolean {
  for (const p of exceptions) {
    const from = Math.max(0, at - p.norm.length + 1);
    const m = findPhrase(view, p, from);
    if (m && m.start <= at && m.end > at && !crossesBreak(view, m.start, m.end)) return true;
  }
  return false;
}

/**
 * The value denied by what follows it in its clause (门店回滚是不可能的 / 三个工作日内肯定来不了 / 原路退回
 * 不行): a predicate of impossibility or refusal after a few words (copula, adverb, the rest of the noun).
 * A denial that is a condition (…不行的话) states nothing. Returns the denial's negator, or null.
 */
export function deniedAfter(view: TextView, end: number): string | null {
  let k = end;
  while (k < view.norm.length && k - end < DENIAL_REACH && !view.breakBefore[k]) k++;
  if (k === end) return null;
  const m = DENIED_AFTER.exec(view.norm.slice(end, k));
  if (!m) return null;
  // the predicate may be cut off by the reach: a condition then shows in the words after it
  if (CONDITION_AFTER.test(view.norm.slice(end + m[0].length, end + m[0].length + 2))) return null;
  return m[1]!.includes('没') ? '没' : '不';
}

/** How far (normalised chars) after a value its clause is read for a denial. */
const DENIAL_REACH = 14;
// between them at most the rest of the noun (版本), a copula and adverbs (是 / 肯定 / 根本) — no negator,
// and no 就 / 了 / 过, which start a clause of their own in unpunctuated speech (七天内未使用可以退用过就不行了:
// what is 不行 is the used card); then impossibility (不可能, 做不到), refusal (不行, 不可以, 不支持), absence
// of the option (没这个, 没有这种), or a verb of arriving or doing that cannot (来不了, 退不了 — not 少不了 /
// 免不了, which affirm)
const DENIED_AFTER = /^[^不没无未别非就了过]{0,2}?是?(?:肯定|绝对|根本|恐怕|可能|也|都|真的|确实|目前|暂时|现在)*(不太可能|不可能|不行|不可以|不成|做不到|办不到|不支持|没有这[个种样]|没这[个种样]|(?:来|到|去|办|做|弄|开|退|修|实现|完成|处理|搞定)不了(?!解))/u;
const CONDITION_AFTER = /^(?:的话|吗|么|呢)/u;
