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
