/**
 * Which agent turn acknowledges a complaint (empathy, professionalism.ts): the empathy vocabulary, less the set apology for
 * a hold, which meets the wait on the line rather than the grievance. Split from professionalism.ts.
 */
import { findVocab, vocabHits, type CompiledRubric, type PreparedTurn, type VocabMatch } from '../context.js';
import { LINE_TEST, lineTest, type TextView } from '../text/view.js';

/**
 * The agent's acknowledgement in a turn: an `empathy` match that is not only the apology for a wait (不好意思让您久等了 /
 * 抱歉让您等了一会儿 / 久等了, the set phrase that closes a hold [S3 "对不起，让您久等了"]; HOLD_APOLOGY).
 * That phrase meets the customer's wait on the line, not their grievance — unless the grievance is itself a wait
 * (`waiting`: 等了半天 / 一直没人接), which it then names.
 */
export function acknowledgementIn(c: CompiledRubric, t: PreparedTurn, waiting: boolean): VocabMatch | null {
  const m = findVocab(c, 'empathy', t);
  if (!m || waiting) return m;
  const hits = vocabHits(c, 'empathy', t);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (!HOLD_APOLOGY.test(t.view.norm.slice(h.start, h.start + 16))) return h;
  }
  return null;
}

/**
 * The apology for the hold just ended, read from an empathy match's start: (抱歉/不好意思/对不起) 让您久等了 / 让您等了一会儿 /
 * 久等了, also with a pause or 刚才 between (不好意思，刚才让您等了一会儿: the same set phrase). Not a wait counted in days (让您久等了这么多天 / 好几天: the delay itself, the grievance) nor 白等 (the wait judged
 * wasted), which name what the customer suffered.
 */
const HOLD_APOLOGY = /^(?:(?:实在|真|真是|非常|很)?(?:抱歉|不好意思|对不起)[啊哈呀]?[，,\s]?(?:刚才|刚刚)?)?(?:让|劳)?(?:您|你)?(?:久等|等了?(?:一会儿?|一下))(?!了?(?:这么多|好几|好多|几|多|\d+|[一二两三四五六七八九十]+)(?:个)?(?:天|日|周|星期|礼拜|月))/u;

/**
 * The complaint's turn is about waiting (等 / 没人接 / 排队) or a delay (还没到 / 迟迟 / 这么久 / 三天了): a wait apology
 * then names the grievance — 快递三天了还没到！— 非常抱歉让您久等了 meets the delay itself.
 */
const WAITING = /等|没人接|排队|占线|还没|迟迟|这么久|好久|拖|\d+(?:个)?(?:天|周|星期|礼拜|月|小时)了/u;
export const aboutWaiting = (t: PreparedTurn): boolean => lineTest(t.view, LINE_TEST.waiting, waitingIn);
/** WAITING of a line's norm, decided once per line (view.ts lineTest). */
const waitingIn = (view: TextView): boolean => WAITING.test(view.norm);
