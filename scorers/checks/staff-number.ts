/**
 * The agent's staff number said with its 号 after any title (agent-id, round 13), and the pause-in-speech test the
 * self-introduction constructions share (self-introduction.ts).
 */
import { clauseTextOf, type PatternSpan } from '../text/patterns.js';
import { spokenPauseBetween, type TextView } from '../text/view.js';

/**
 * A pause in speech (whitespace in the original) between clause-text characters a-1 and a, inside the text (not at its
 * ends). A module function, not a closure per call: the build wraps each named closure in __name (rude-lines.ts).
 */
export function pauseInside(view: TextView, ct: ReturnType<typeof clauseTextOf>, a: number): boolean {
  const at = ct.normAt;
  return a > 0 && a < ct.text.length && spokenPauseBetween(view, at[a - 1]!, at[a]);
}

/**
 * A staff number with its 号 said after a title that opens the clause, follows a pause in speech or follows 我是
 * (前台接待4861号 您… / …很糟 前台接待4861号 嗯… / 我是网管715号您…): with 号 after three or more digits (or letters and
 * digits) the number is a person's at this desk, whatever the title, when it visibly ends — the clause, a pause, the
 * offer, an address to the customer or a filler. Not a title holding 您/你/的 (the customer's 您的订单…), 在/有 (a place:
 * 场地在A区203号) or a count word, nor a service line's number [S28].
 */
const STAFF_CODE = /(?<![0-9a-z])(?!(?:400|800)\d{7}|95\d{3,}|1[0-2]\d{3}(?!\d)|96\d{3}(?!\d))(?:[a-z]{0,2}\d{3,}|[a-z]{1,2}\d{2,})号/gu;
const STAFF_TITLE = /^(?:(?![您你的在有第共约])\p{Script=Han}){2,6}$/u;
const STAFF_NUMBER_END = /^(?:$|\||您|你|请|为您|为你|很高兴|竭诚|在线|呃|嗯|额|那个|就是)/u;
export function staffNumberSaid(view: TextView): PatternSpan | null {
  if (!view.norm.includes('号')) return null;
  const ct = clauseTextOf(view);
  STAFF_CODE.lastIndex = 0;
  for (let m = STAFF_CODE.exec(ct.text); m; m = STAFF_CODE.exec(ct.text)) {
    const end = m.index + m[0].length;
    if (!STAFF_NUMBER_END.test(ct.text.slice(end)) && !pauseInside(view, ct, end)) continue;
    // the title: two to six characters back to where it starts — the clause, a pause, or 我是 / 本人是
    for (let from = m.index - 2; from >= Math.max(0, m.index - 6); from--) {
      if (!STAFF_TITLE.test(ct.text.slice(from, m.index))) break;
      const before = ct.text.slice(Math.max(0, from - 3), from);
      if (from === 0 || before.endsWith('|') || before.endsWith('我是') || before.endsWith('本人是') || pauseInside(view, ct, from)) {
        return { start: ct.normAt[from]!, end: ct.normAt[end] ?? view.norm.length, bySound: false };
      }
    }
  }
  return null;
}
