/**
 * closing: thanks that belong to the rating invitation, not to the contact [S21 结束语; S3 满意度邀请] (moved out of norms.ts,
 * round 26).
 *
 * Round 19: the thanks that ends the rating invitation's turn (…满意度做个评价，谢谢支持。) while the agent speaks again in a
 * later turn (好，我这边记下了): it thanks ahead for the rating, the invitation's tail, as the same thanks with more of the turn
 * after it does (the rubric's round-16 exception) — the contact did not end there. Only the bare thanks (round 25: or to the
 * customer by the trade's address, 谢谢家长) or thanks for support / cooperation right after the rating words; 感谢您的来电 closes.
 *
 * Round 26: the same tail as the agent's very last words (稍后请对我的服务进行评价，谢谢。 and nothing before it in the closing
 * turns) is still the rating's thanks: the invitation asks a favour and thanks for it; it neither thanks for the contact nor
 * takes leave. A 结束语 said before the invitation (感谢来电，再见。稍后请评价，谢谢。) still closes — the earlier words are found
 * first, in that turn or the one before.
 */
import { vocabHits, type CompiledRubric, type PreparedTurn } from '../context.js';

const THANKS_LEAD = /^(?:好的|好|嗯|呃|额|那个|就是|那|非常|再次)+(?=感谢|谢谢|多谢)/u;
const THANKS_AHEAD = /^(?:谢谢|感谢|多谢)(?:您的|您|你|亲|家长|同学|车主|业主|学员|会员|玩家|(?:钓|球|跑|车|骑|书|棋)友)?(?:支持|配合)?$/u;
// (what may stand between: the rest of the rating's own words, 做个评价 / 评一下就行 — read loosely, 平价 is 评价 heard; round
// 26: a spoken filler too, 评价 嗯谢谢 / 评个分 那个谢谢)
const BETWEEN_RATING_AND_THANKS = /^(?:做个|做一下|给个|打个|进行)?\p{Script=Han}{0,2}?(?:一下|下)?(?:就行|就好|就可以)?(?:了|哈|哦)?(?:呃|嗯|额|那个|就是)?(?:非常)?$/u;

/** The thanks [start, end) of the turn closes it (only particles after) and follows the rating words with only their tail between. */
export function thanksForRating(c: CompiledRubric, t: PreparedTurn, m: { start: number; end: number }): boolean {
  const norm = t.view.norm;
  // the thanks itself, past a lead or a filler the match opened with (嗯 / 那个 / 就是 谢谢您)
  const at = m.start + (THANKS_LEAD.exec(norm.slice(m.start, m.end))?.[0].length ?? 0);
  if (!THANKS_AHEAD.test(norm.slice(at, m.end)) || !/^(?:哈|哦|啦|了|呀|啊)?$/u.test(norm.slice(m.end))) return false;
  // the rating words as the survey vocabulary reads them (by sound too: 做个平价 is 评价 heard)
  return vocabHits(c, 'survey', t).some((h) => h.end <= m.start && BETWEEN_RATING_AND_THANKS.test(norm.slice(h.end, at)));
}
