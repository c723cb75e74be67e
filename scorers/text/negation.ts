/**
 * Negation awareness for stated values: 不收费 does not state 收费, 没有手续费 does not state 手续费.
 * A value is negated when a negator character (不 没 无 未 非 别 免 …, from the rubric) stands
 * within `window` normalised chars before it, in the same clause, and is not part of a set phrase
 * that negates nothing (没问题, 不客气, 不好意思 …).
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
    return { at: j, char: ch };
  }
  return null;
}

function coveredByException(view: TextView, at: number, exceptions: readonly CompiledPhrase[]): boolean {
  for (const p of exceptions) {
    const from = Math.max(0, at - p.norm.length + 1);
    const m = findPhrase(view, p, from);
    if (m && m.start <= at && m.end > at && !crossesBreak(view, m.start, m.end)) return true;
  }
  return false;
}
