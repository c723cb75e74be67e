/**
 * What remedies a non-answer in resolution's reading (checks/resolution.ts): a look-up announced after it, the question
 * passed on or a callback by a deadline (首问负责, 限时回复), the way to the answer sent, or the usual case given after
 * a hedge.
 */
import { vocabHits, type CompiledRubric, type PreparedTurn, type VocabMatch } from '../context.js';
import { EVASIVE_CATEGORY } from './stance-non-answer.js';

/** The rest of the turn from the non-answer on passes the question on, promises a timed callback or sends the way to the answer. */
export const followsUp = (rest: string): boolean =>
  REFERRAL.test(rest) || TIMED_FOLLOW_UP.test(rest) || DEADLINE_CALLBACK.test(rest) || CONTACT_SENT.test(rest) || ASK_AND_REPORT_BACK.test(rest);

/**
 * "不过我可以帮您联系主办方，问能不能…，有结果马上告诉您": the agent goes to ask the party who can answer and promises to
 * bring the answer back — it keeps the question (首问负责) as a referral does. Both halves are needed: 帮您联系 alone
 * may hand the customer over, and 有结果通知您 alone is the put-off of 推迟答复.
 */
const ASK_AND_REPORT_BACK =
  /(?:帮|替|给)(?:您|你)(?:去)?(?:联系|问问|问一下|询问|咨询|沟通|协调|对接|确认)[^]{0,30}?(?:有(?:结果|消息|回复|答复|进展)(?:了)?|问到了?|问清楚(?:了)?|确认(?:好|完)?(?:了)?)(?:以后|之后|后)?(?:我)?(?:马上|第一时间|立刻|立即|再|就|会)?(?:告诉|通知|回复|回电|答复|联系)(?:您|你)/u;

/**
 * "不好说，一般先自查，关掉总阀看表针动不动": the hedge opens the reply and the next clause gives the usual case — the
 * answer as far as it can be given, said with the typical-case opener (一般 / 通常 / 正常情况下 …) and content after
 * it; without punctuation, the opener within two characters of the hedge. Not a reassurance (这个不复杂，我陪您一起弄) or a correction of an earlier value (哦不对…): neither opens with one.
 */
export function typicalAnswerAfter(t: PreparedTurn, end: number, near: number): boolean {
  const v = t.view;
  // the next clause, or (a transcript without punctuation) what follows within a particle or two
  let k = end;
  while (k < v.norm.length && k - end <= near && !v.breakBefore[k]) k++;
  const starts = k < v.norm.length && v.breakBefore[k] ? [k] : [end, end + 1, end + 2];
  return starts.some((at) => {
    const m = TYPICAL_CASE.exec(v.norm.slice(at));
    return m !== null && v.norm.length - at - m[0].length >= TYPICAL_MIN_CONTENT;
  });
}
const TYPICAL_CASE = /^(?:不过|但是?|那)?(?:一般|通常|正常情况下|正常来说|一般来说|一般情况下|多数情况下|大多数情况下|按惯例)/u;
/** Characters after the typical-case opener that make it an answer, not a bare 一般吧. @default 4 */
const TYPICAL_MIN_CONTENT = 4;

/**
 * The first look-up or hold announced in `t`. Not 稍后 ("later") heard as 稍候 ("please wait") when its clause goes
 * on (稍后请对本次服务做出评价 / 稍后为我的服务打分): that names what comes after the contact — the survey, a later
 * step — not a wait while the agent finds out; a 请稍后 that ends its clause is still the wait.
 */
export function lookupIn(c: CompiledRubric, t: PreparedTurn): VocabMatch | null {
  return vocabHits(c, 'holdRequest', t).find((h) => !laterNotWait(t, h) && !waitWithNoEnd(c, t, h)) ?? null;
}

/**
 * "师傅又不归我管，您就等着吧": the customer told to wait for the outcome with no when or how — the rubric's 敷衍空答 over the
 * same words — is the put-off itself, not a wait while the agent finds out (请稍等，我查一下).
 */
const waitWithNoEnd = (c: CompiledRubric, t: PreparedTurn, h: VocabMatch) =>
  vocabHits(c, 'unresolved', t).some((u) => u.category === EVASIVE_CATEGORY && u.start < h.end && h.start < u.end);
const laterNotWait = (t: PreparedTurn, h: VocabMatch) => h.level === 'homophone' && h.quote.includes('后') && h.end < t.view.norm.length && !t.view.breakBefore[h.end];

/**
 * "…不过可以帮您提交给负责的部门" / "我现在把您转到专线": the agent passes the question on, or the customer to someone who
 * can answer (a transfer, 转接) — it goes to find out, as a look-up does.
 */
const REFERRAL =
  /(?:帮|为|替|给)(?:您|你)[^|]{0,10}(?:提交|转交|转给|转到|转接|转至|反馈|上报|转达)|(?:把|将)(?:您|你)[^|]{0,6}?(?:转到|转给|转接|转至)|(?:转|转给|转交|转到|提交给?|交给|反馈给)[^|]{1,10}?(?:组|部|科|中心|部门|专员|同事|专线|团队|室|所|局|站|公司)(?:核实|核查|确认|处理|跟进|查询|查证)/u;

/**
 * "我给您登记上，明天之内专人回电给您" / "24小时内给您回复": the question is logged with a callback by a stated
 * time — the agent keeps ownership (首问负责, 限时回复), as a referral does. Without a time ("先帮您记录下来，后面会有
 * 同事跟您联系") it is a put-off (the 推迟答复 vocabulary), not a follow-up.
 */
const TIMED_FOLLOW_UP =
  /(?:登记|记录|记下|提交|反馈|上报)[^]{0,16}?(?:\d+(?:个)?(?:小时|工作日|天|日)|[今明后当]天|今晚|下班前)(?:之内|以内|内|前)?[^]{0,8}?(?:回电|回复|答复|联系|致电|打给|通知)/u;

/**
 * "我现在帮您联系专员，十分钟内给您回电" / "处理结果12月8号前给您答复": a callback to the customer bounded by a deadline
 * (within a span, or before a date) keeps ownership whatever the agent does first — the 限时回复 of 首问负责 names the
 * deadline, not the logging verb. Without 内/前 a bare time (明天联系您) needs the logging verb above. (十分钟 keeps
 * its numeral: normalising leaves 十分 alone, it may be 'very'.) A call timed by the event the customer waits for
 * (师傅出发前半小时给您打电话, round 12) is the same bounded promise: the when the agent could not say, made good by a call.
 */
const DEADLINE_CALLBACK =
  /(?:(?:\d+|[一二两三四五六七八九十半几]{1,3})(?:个)?(?:分钟|小时|工作日|天|日)|[今明后当]天|今晚|下班前|\d+月\d+[日号])(?:之内|以内|内|前)[^]{0,6}?(?:给|向)?(?:您|你)?(?:回电|回个电话|回复|答复|致电|打电话|联系(?:您|你))|(?:出发|上门|到达|动身|发车|发货|开始|开工)前(?:\d+|[一二两三四五六七八九十半几]{1,3})(?:个)?(?:分钟|小时|天)[^]{0,4}?(?:给|向)(?:您|你)(?:回电|打电话|打个电话|致电|发短信|联系)/u;

/**
 * "我把对应部门的电话发到您手机上" / "我可以把财务组的直线电话给您": the agent gives the way to the answer (the office's
 * number or address) to the customer.
 */
const CONTACT_SENT = /(?:把|将)(?!您|你)[^]{0,10}(?:电话|联系方式|地址|号码|链接)[^]{0,12}?(?:(?:发|发送|短信)?(?:到|给)|告诉)(?:您|你)/u;
