/**
 * resolution's reading of a receipt token given as the whole reply: the customer asks, and the agent says only that it
 * heard (哦。/ 噢噢 / 知道了 / 嗯嗯，是吧) — nothing answered, decided or promised. A bare 嗯 is also assent, so it counts
 * only after a request for action (能不能帮我… / 你们能派人来吗), where it neither agrees to act nor refuses, or after an
 * alternative question (退到微信还是银行卡), where it chooses neither: a 嗯 to 周末营业吗 says yes — unless the customer's
 * next turn only takes it and lets the question go (takenAsIs, round 20).
 * Two authors label these non-answers (independent-dev10a, both labellers, adjudicated;
 * phrases-c: 一个"嗯"，既没答应也没登记).
 */
import type { CompiledRubric, PreparedTranscript, PreparedTurn } from '../context.js';
import { LINE_TEST, lineTest, type TextView } from '../text/view.js';
import { customerTurnBefore, SIDE_QUESTION, threatOnly } from './deflection.js';
import { inMessage, otherBubble } from '../message.js';
import { ANSWER_AFTER, saysNonAnswer, asksQuestion, withoutFinalParticle, WRAP_UP_TAIL } from './non-answer-forms.js';
import { holdsAnswerContent } from './stance-non-answer.js';
import { sharesContentChar } from './non-answer-repairs.js';

/** The whole reply is a receipt: 哦 / 噢 / 喔 (repeated), 知道了 / 晓得了, 是吧 / 是嘛, with fillers 嗯 / 啊 / 就是 around them. */
const RECEIPT_ONLY = /^(?:嗯|啊|呃|那个|那|就是)*(?:(?:哦|噢|喔)+|(?:我)?(?:知道|晓得)了|是吧|是嘛)(?:嗯|啊|呃|了|哈)*$/u;
/**
 * Round 22: the other verbs of having heard or taken in — 收到 / 了解 / 明白 (哦，收到了 / 好，了解 / 这个我们收到了) — and
 * 知道了 after a receipt or assent token (哦，知道了), as the whole reply; a bare 好的 or 行 (assent) is not one. Read only on a question
 * asked after a scenario fact was stated: to the opening request (想问下怎么预约 — 好的，收到。) it takes the matter on, and
 * the agent goes on to work it (verification, a look-up). Round 23: the filler 那个 before the receipt (那个，好的收到 / 嗯 那个 知道了) as
 * 那 is (a reading bug: 个 stopped the filler run), the perfective of noting or seeing (记下了 / 看到了), and the receipt's object
 * the customer's message (收到您的消息 / 明白您的意思了); not when the question asks with the receipt's own verb (看到我发的图了吗 —
 * 看到了 says yes). Round 25 (readings): 了 after the receipt's object (明白您的意思了), the object fronted as the topic (这个问题我了解了 /
 * 这个情况我知道了), the interjection of taking in (是这样啊 / 这样呀) or 好嘞 / 行吧 before it, and the noting verb with 一下 /
 * 下来 (我记一下: noted, nothing answered). Round 26 (reading): 已 / 已经 before the receipt's verb (好的，已收到), and 以 as a
 * recogniser writes that 已 by sound (以收到: 以 has no such use of its own).
 */
const TAKEN_IN_ONLY =
  /^(?:(?:嗯|啊|呃|那个|那|就是|哦|噢|喔|好的?|好嘞|行吧?|好吧|(?:是)?这样(?:啊|呀|哦))[，,、\s]*)*(?:(?:这个|这)(?:情况|问题|事儿?)?)?(?:我|我们)?(?:这边)?(?:先)?(?:已经?|以)?(?:(?:收到|了解|明白|(?:知道|晓得|记下|看到)了)(?:(?:您|你)(?:的|说的)?(?:消息|信息|留言|意思|问题|情况))?|(?:收到|了解|明白|知道|晓得)(?:您|你)(?:的|说的)?(?:消息|信息|留言|意思|问题|情况)了|记(?:一下|下来))(?:嗯|啊|呃|了|哈)*$/u;
/** "Nothing (more)": 没 + 啥 / 什么 / 别的 as the whole turn (没啥了 / 没什么事了 / 嗯，没别的了), no question in it. */
const NOTHING_MORE = /^(?:嗯|哦|呃|那|好|好的|行)*(?:没|没有)(?:啥|什么|别的)(?:了|事|事了|问题|问题了)?(?:了|啊|哈|呀)*$/u;
/** A prompt to go on (然后呢 / 后来呢), the whole turn: it asks for nothing the agent withholds. */
const GO_ON = /^(?:嗯|哦|那|呃|好)*(?:然后|后来|接着|再然后)(?:呢|嘞|咧)$/u;
/** The verb of TAKEN_IN_ONLY's receipt: the same verb in the customer's question (收到我的照片了吗 — 收到了) makes the receipt its yes. */
const TAKEN_IN_VERB = /收到|了解|明白|知道|晓得|记下|看到|记/u;
/** A receipt verb asked about as done (看到了吗 / 收到没 / 知道了吗), not wanted (想知道…). */
const ECHOED_VERB = /(收到|了解|明白|知道|晓得|记下|看到)(?:了)?(?:吗|么|嘛|没有?)/u;
/** A turn that opens with a receipt token (and may go on to the wrap-up question). */
const RECEIPT_OPENS = /^(?:嗯|啊|呃|那个|那|就是)*(?:(?:哦|噢|喔)+|(?:我)?(?:知道|晓得)了)/u;
/** A turn that only reads out a record's reference (…受理编号FW14900004您记一下 / 工单号是… 请保存好). */
const REFERENCE_ONLY = /^[^\d]{0,8}?(?:受理编号|受理号|工单号|服务单号|流水号|单号|编号)(?:是|为)?[A-Za-z]*\d{4,}[A-Za-z\d]*(?:您|你|请)?(?:记一下|记好|记下|保存好|收好|记一下哈)?$/u;
/** A bare 嗯 (repeated). */
const BARE_MM = /^嗯+$/u;
/**
 * A request for action: can you (能不能 / 可不可以 / 能否 / 能…吗) + a verb of doing for the customer (帮 / 给 / 派 /
 * 让 / 替 / 退 / 改 / 换 / 补 / 留 / 催 / 加急 / 安排 / 通知 / 送).
 */
const REQUEST_FOR_ACTION = /(?:能不能|可不可以|能否|可以|能)[^，,。？?]{0,8}?(?:帮|给|派|让|替|退|改|换|补|留|催|加急|安排|通知|送|贴)/u;

/**
 * An alternative question (退到微信还是银行卡 / 上午来还是下午来): 还是 between two options, which a bare 嗯 cannot
 * choose between — not 还是 "still" (还是不行 / 还是要等 / 还是得去) nor a yes-no question (…吗 / 是不是…), nor (round 21)
 * the adverb of preference after who prefers or a verb of thinking (我还是… / 想着还是打个电话问清楚比较放心 / 最好还是…):
 * one choice said, no option before it.
 */
const ALTERNATIVE = /[^，,。？?\s](?<!我|们|着|觉得|想|最好|不如|看来|也|就)还是(?!不|没|要|得|会|在|一样|那样|这样)[^，,。？?\s]/u;
const YES_NO = /吗|嘛|是不是/u;

/** The line as receiptForAnswer reads it: a wrap-up question after an opening receipt cut off. */
function receiptNorm(view: TextView): string {
  // (a receipt closed by the wrap-up question, 知道了。其他还有要问的吗？, is still the receipt alone: the agent moves on;
  // the tail is cut only from a turn that opens with a receipt, so other turns pay one anchored test)
  return RECEIPT_OPENS.test(view.norm) ? view.norm.replace(WRAP_UP_TAIL, '') : view.norm;
}
const receiptOnly = (view: TextView): boolean => RECEIPT_ONLY.test(receiptNorm(view));
const takenInOnly = (view: TextView): boolean => TAKEN_IN_ONLY.test(view.norm);
/** The turn is a receipt alone (RECEIPT_ONLY or TAKEN_IN_ONLY): it gives nothing (gave-up.ts, round 23). */
export const receiptAlone = (view: TextView): boolean => takenInOnly(view) || lineTest(view, LINE_TEST.receiptOnly, receiptOnly);
const bareMm = (view: TextView): boolean => BARE_MM.test(receiptNorm(view));
/** A bubble that is itself a receipt (or a bare 嗯) and nothing more. */
const receiptBubble = (b: PreparedTurn): boolean => receiptAlone(b.view) || lineTest(b.view, LINE_TEST.bareMm, bareMm);

/**
 * The customer's next turn only takes the reply and lets the question go with it (那好吧 / 行吧 / 明白了 / 哦，这样啊):
 * a bare 嗯 so taken is the whole exchange, and nothing in it says what was asked (要不要我签字 — 嗯 — 行吧), whatever the
 * question's form (round 20; independent-dev14b and dev14c label it a non-answer every time, no set a pass). A turn
 * that goes on (那具体怎么弄 / 好吧，再见) is not this: the customer asks more, or leaves the call.
 */
function takenAsIs(p: PreparedTranscript, t: PreparedTurn): boolean {
  const next = p.dialogue[p.dialogue.indexOf(t) + 1];
  return next?.turn.speaker === 'customer' && TAKEN_AS_IS.test(next.view.norm);
}
const TAKEN_AS_IS = /^(?:嗯|哦|噢|喔|呃|啊|那|就是)*(?:好吧|行吧|好的|好|行|明白了?|知道了|了解|晓得了|这样啊)(?:嗯|哦|啊|了)*$/u;

/**
 * `t` is a receipt token alone replying to the customer's question (a request for action, for a bare 嗯), not a side
 * question or a bare threat, and the agent's next turn neither holds answer content nor states a scenario fact, nor
 * (said straight on, before the customer speaks) says ANSWER_AFTER characters with no non-answer in them.
 */
export function receiptForAnswer(p: PreparedTranscript, c: CompiledRubric, t: PreparedTurn, answeringTurns: ReadonlySet<number>): string | null {
  // (both read the line alone: decided once per line, view.ts lineTest)
  const takenIn = takenInOnly(t.view);
  const receipt = takenIn || lineTest(t.view, LINE_TEST.receiptOnly, receiptOnly);
  if (!receipt && !lineTest(t.view, LINE_TEST.bareMm, bareMm)) return null;
  // (round 23, chat bubbles: the receipt is a bubble of a message that says more in another — 非常抱歉…。‖ 好的，记下了。)
  if (inMessage(t) && otherBubble(p.dialogue, p.dialogue.indexOf(t), (b) => !receiptBubble(b))) return null;
  const asked = customerTurnBefore(p, t);
  if (!asked) return null;
  if (takenIn && !factStatedBefore(answeringTurns, asked.index)) return null;
  if (takenIn && ECHOED_VERB.exec(asked.view.norm)?.[1] === TAKEN_IN_VERB.exec(t.view.norm)![0]) return null;
  // (round 23, reading: 没啥了 / 没什么了 says there is nothing more — 啥 / 什么 under 没 asks nothing)
  if (NOTHING_MORE.test(asked.view.norm) || GO_ON.test(asked.view.norm)) return null;
  const text = withoutFinalParticle(asked.turn.text);
  // (an alternative question is one without a question mark too: speech recognition writes none)
  const alternative = ALTERNATIVE.test(text) && !YES_NO.test(text);
  if (!(alternative || asksQuestion(text)) || (!receipt && SIDE_QUESTION.test(asked.view.norm)) || threatOnly(c, asked)) return null;
  if (!receipt && !REQUEST_FOR_ACTION.test(text) && !alternative && !takenAsIs(p, t)) return null;
  const next = p.agent.find((x) => x.index > t.index);
  // (round 22: the customer asked a new question before it — one sharing no content character with this one — so the agent's
  // next turn replies to that question, not to this: 能改地址吗 — 哦，好的 — 那运费怎么算 — 首重十二元 answers the fare)
  if (next && askedAnewBetween(p, t, next, asked)) return t.turn.text.trim();
  // (a turn that only gives the record's reference number, 受理编号FW14900004，您记一下, answers nothing: its number is no value)
  if (next && (answeringTurns.has(next.index) || (holdsAnswerContent(next, asked) && !REFERENCE_ONLY.test(next.view.norm)))) return null;
  // (the receipt as a backchannel: the agent goes straight on, before the customer speaks, with something to say)
  const straightOn = p.dialogue[p.dialogue.indexOf(t) + 1];
  if (straightOn?.turn.speaker === 'agent' && straightOn.view.norm.length >= ANSWER_AFTER && !saysNonAnswer(straightOn.view.norm)) return null;
  return t.turn.text.trim();
}

/** A turn of `answeringTurns` (scenario fact statements) comes before turn index `before`. */
function factStatedBefore(answeringTurns: ReadonlySet<number>, before: number): boolean {
  for (const i of answeringTurns) if (i < before) return true;
  return false;
}

/**
 * A customer turn between `t` and the agent's `next` turn asks a question of its own: a question form sharing no content
 * character with the one `asked` before `t` (a re-ask or a press on it shares one: 到底能不能改地址); a final 吧 closes a
 * statement (哦，好吧).
 */
function askedAnewBetween(p: PreparedTranscript, t: PreparedTurn, next: PreparedTurn, asked: PreparedTurn): boolean {
  for (let k = p.dialogue.indexOf(t) + 1; k < p.dialogue.length; k++) {
    const x = p.dialogue[k]!;
    if (x.index >= next.index) break;
    if (x.turn.speaker === 'customer' && asksQuestion(withoutFinalParticle(x.turn.text)) && !sharesContentChar(x.view.norm, asked.view.norm)) return true;
  }
  return false;
}
