/**
 * resolution's reading of a deflection — the question passed off to someone else with no help (the rubric's
 * `unresolved` category 推诿: 不归我们管, 你问物业去, 找我们也没用): when it stands for the answer.
 */
import { clauseOpensAt } from '../text/view.js';
import { laterBubble, messageNormAfter } from '../message.js';
import { vocabHits, type CompiledRubric, type PreparedTranscript, type PreparedTurn } from '../context.js';
import { isLineCheck } from './silence-turns.js';
import { ANSWER_AFTER, saysNonAnswer, NOT_AN_ANSWER_AFTER, asksQuestion, turnAsksQuestion, withoutFinalParticle } from './non-answer-forms.js';

/**
 * The `unresolved` category of the question passed off to someone else (不归我们管, 你问物业去). The contact sets
 * label it a non-answer only where it replaces the answer: once the scenario's own question was answered, a
 * deflected side question leaves the customer's question answered (independent-dev2a README, resolution).
 */
export const DEFLECTION_CATEGORY = '推诿';

/**
 * A deflection (不归我们管，你找物业去) stands for the answer only when it replies to a question in the customer's
 * turn just before it, the turn does not go on to answer after all (这事不归我们管。抢修是不收费的…), and — once
 * the scenario's question was answered — that question is not a side question the customer opens as one (另外 /
 * 顺便问一下 / 对了 / 我家燃气灶也…): the contact sets label a deflected side question as leaving the customer's
 * question answered (independent-dev2a README), a deflected follow-up as not (independent-dev6b README, 3).
 */
export function deflectsTheQuestion(p: PreparedTranscript, c: CompiledRubric, t: PreparedTurn, end: number, answeringTurns: ReadonlySet<number>): boolean {
  if (quoted(t, end)) return false;
  const scenarioAnswered = answeringTurns.size > 0;
  const answeredLater = (x: PreparedTurn) => [...answeringTurns].some((i) => i > x.index);
  const answeredBefore = (x: PreparedTurn) => [...answeringTurns].some((i) => i < x.index);
  const asked = customerTurnBefore(p, t);
  // a question, or a request or report that asks for action (你们管一下 / 快递显示签收了但我没收到): not an acknowledgement
  // (once the scenario's question was answered, only a further question: a remark deflected leaves it answered)
  const question = asked !== null && turnAsksQuestion(asked);
  if (!asked || (!question && (scenarioAnswered || asked.view.norm.length < REQUEST_MIN))) return false;
  if (threatOnly(c, asked)) return false;
  if (scenarioAnswered && SIDE_QUESTION.test(asked.view.norm)) return false;
  // the contact goes on to state a scenario fact after it: the question was answered after all — while the scenario's
  // question was still open, or when the customer asks again and the fact is the reply (那周末是不是也按800算？). A
  // follow-up asked once a fact had answered is not answered by a second fact volunteered after the customer took the
  // deflection: that answers something else (dev20c, six contacts: 汇率的事你找银行去 to 汇款能撤回吗 — 哦，知道了 — then
  // the fee; round 17)
  if (answeredLater(t) && (!answeredBefore(asked) || askedAgainAndAnswered(p, t, answeringTurns))) return false;
  return !answeredAfter(c, t, end);
}

/** A fact stated after `t` in reply to a question the customer asked after `t` (the deflected question asked again). */
function askedAgainAndAnswered(p: PreparedTranscript, t: PreparedTurn, answeringTurns: ReadonlySet<number>): boolean {
  let asked = false;
  for (let k = p.dialogue.indexOf(t) + 1; k < p.dialogue.length; k++) {
    const x = p.dialogue[k]!;
    // (a final 吧 closes a taking of it: 嗯，好吧。; a check on the line, 在吗？, only asks for the reply still owed)
    if (x.turn.speaker === 'customer') asked = !isLineCheck(x) && asksQuestion(withoutFinalParticle(x.turn.text));
    else if (asked && answeringTurns.has(x.index)) return true;
  }
  return false;
}

/** The customer's turn the agent's turn `t` replies to: the last one before it, or null. */
export function customerTurnBefore(p: PreparedTranscript, t: PreparedTurn): PreparedTurn | null {
  for (let k = p.dialogue.indexOf(t) - 1; k >= 0; k--) if (p.dialogue[k]!.turn.speaker === 'customer') return p.dialogue[k]!;
  return null;
}

/**
 * A threat to escalate with no question in it (我要投诉你们 / 再不退款我就去12315了 / 我要找你们领导): it asks nothing a
 * reply could leave unanswered, so a dare or a brush-off after it is the 忌语 alone (forbidden-words, politeness).
 */
export function threatOnly(c: CompiledRubric, asked: PreparedTurn): boolean {
  return !turnAsksQuestion(asked) && vocabHits(c, 'complaint', asked).some((h) => h.category === THREAT_CATEGORY);
}
/** The rubric's `complaint` category of a threat to escalate (投诉 / 12315 / 曝光 / 找领导). */
const THREAT_CATEGORY = '投诉升级';

/** The words stand inside quotation marks (您提到的“不归物业管”…): the agent quotes them, it does not say them. */
export function quoted(t: PreparedTurn, end: number): boolean {
  const o = t.view.from[Math.max(0, end - 1)];
  if (o === undefined) return false;
  const before = t.view.original.slice(0, o);
  return OPEN_QUOTES.some(([open, close]) => before.lastIndexOf(open) > before.lastIndexOf(close));
}
const OPEN_QUOTES: readonly (readonly [string, string])[] = [['“', '”'], ['「', '」'], ['『', '』'], ['‘', '’']];

/** Characters of a customer turn without a question form that make it a request or report, not an acknowledgement. */
export const REQUEST_MIN = 6;

/** How a customer opens a question on another matter: 另外 / 顺便问一下 / 对了 / 还有个事 / X也坏了. */
export const SIDE_QUESTION = /^(?:那|嗯|哦|啊)?(?:另外|顺便|对了|还有个|还有1个|还有件|再问)|(?:也|还)(?:不好使|坏了|有问题|出问题|不能用|想问|想办|想买|想开)/u;

/**
 * The turn goes on after the deflection (and the pointer elsewhere that completes it: 你找物业去 / 别问我了) with
 * help — a 但/不过 turn to what the agent will do — or at least ANSWER_AFTER characters with no other non-answer:
 * an answer after all, on a transcript without punctuation too.
 */
function answeredAfter(c: CompiledRubric, t: PreparedTurn, end: number): boolean {
  // (round 24, chat bubbles: the later bubbles of its message are the rest of its turn — 这事你找物业去。‖ 停车每月三百)
  const later = messageNormAfter(t);
  let rest = t.view.norm.slice(end) + later;
  const pointer = POINTER_AFTER.exec(rest);
  if (pointer) rest = rest.slice(pointer[0].length);
  if (HELP_AFTER.test(rest)) return true;
  if (WRAP_UP_AFTER.test(rest)) return false;
  if (rest.length < ANSWER_AFTER || NOT_AN_ANSWER_AFTER.test(rest)) return false;
  const from = t.view.norm.length + later.length - rest.length;
  return !saysNonAnswer(rest) && !vocabHits(c, 'unresolved', t).some((h) => h.start >= from) && !laterBubble(t, (b) => vocabHits(c, 'unresolved', b).length > 0);
}

/** What completes a deflection: the pointer elsewhere (你自己找厂家去 / 你去问平台吧 / 你打别的电话问吧) or 别问我了. */
const POINTER_AFTER = /^(?:的|啊|呀|哦)?(?:你|您)?(?:自己|直接|还是|再)?(?:去)?(?:找|问|打|联系|咨询)[^]{0,10}?(?:去吧|去|吧|呗|嘛|问问|问一下|$)|^(?:的|啊|呀)?(?:你|您)?(?:就)?(?:别|不要)(?:老|再|总)?(?:打电话)?(?:问|找)(?:我|我们)?了?/u;
/** The agent's name or number and an offer to be called again (我是工号2046的小何，后面有问题可以找我): the wrap-up, not an answer. */
const WRAP_UP_AFTER = /^(?:我是|我的工号|我工号|工号)|^(?:后面|以后|之后|后续)?(?:有问题|有事|有疑问)(?:的话)?(?:可以|再)?(?:找|联系|打给)/u;
/** A turn to help after the deflection: 但我可以帮您问清楚 / 不过我帮您转过去. */
const HELP_AFTER = /^(?:但|但是|不过|可是)(?:我|我们|这边|我这边)?(?:可以|会|能|来|先)?(?:帮|为|给|替)(?:您|你)/u;

/**
 * "原路退回，打到您留的卡上。押金的事你去问财务吧，我这边不管。": the turn answers first and only then passes something off
 * — a 推诿 忌语 within `near` characters of the non-answer at `at`…`end` — after at least ANSWER_AFTER characters of
 * reply with no non-answer, pointer or wrap-up in them. The question was answered; the tail is the 忌语 checks'
 * business (dev18b labels it under forbidden-words only). A dismissal that opens its clause without naming what it
 * passes off has its premise in the clause before (名额系统自动放的，跟我们没关系 / 违建拆不拆那是城管的事，不归我们管):
 * that clause is part of it, not the answer. A speech transcript's pause (a space) ends a clause as punctuation
 * does. Greetings, thanks, apologies and fillers are no reply.
 */
export function answeredBeforeDismissal(c: CompiledRubric, t: PreparedTurn, at: number, end: number, near: number): boolean {
  const forbidden = vocabHits(c, 'forbidden', t);
  const dismissal = forbidden.find((h) => h.category === DEFLECTION_CATEGORY && h.start < end + near && at < h.end + near);
  if (!dismissal) return false;
  let first = dismissal;
  for (const h of forbidden) if (h.start < first.start) first = h;
  let start = Math.min(at, first.start);
  for (const h of vocabHits(c, 'unresolved', t)) if (h.start < start) start = h.start;
  // (a transcript with no punctuation or pause before it: the 忌语 itself opens its clause)
  let k = clauseStart(t, start) || start;
  if (k === start && start === first.start && !NAMES_TOPIC.test(first.quote) && k > 0) k = clauseStart(t, k - 1);
  const before = t.view.norm.slice(0, k).replace(COURTESY, '');
  return before.length >= ANSWER_AFTER && !saysNonAnswer(before) && !NOT_AN_ANSWER_AFTER.test(before) && !POINTER_BEFORE.test(before);
}
/** Where the clause holding norm position `at` starts: after punctuation or a speech pause (a space in the text). */
function clauseStart(t: PreparedTurn, at: number): number {
  let k = at;
  while (k > 0 && !clauseOpensAt(t.view, k)) k--;
  return k;
}
/** The dismissal names what it passes off (押金的事你去问财务吧): its premise is in it, not in the clause before. */
const NAMES_TOPIC = /的(?:事|事情|事儿|问题)/u;
/** A pointer elsewhere before the dismissal (这个您问主治医生吧，我这边管不着 / 您直接跟X沟通吧): the pass-off itself, no answer. */
const POINTER_BEFORE = /(?:你|您)(?:自己|直接|还是|再|可以)?(?:去)?(?:找|问|打|联系|咨询|跟[^]{1,8}?(?:沟通|联系|反映|商量))/u;
/** Greetings, thanks, apologies, receipts and fillers: no reply however long. */
const COURTESY = /您好|你好|好的|好嘞|不好意思|抱歉|对不起|谢谢|感谢|让您久等了|久等了|我理解|理解|明白|嗯|哦|啊|呃|那个|就是/gu;
