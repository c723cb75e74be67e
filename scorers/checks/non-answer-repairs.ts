/**
 * resolution's reading of a non-answer the agent made good later in the contact (checks/resolution.ts): the question
 * was answered after all, so the contact's question is not left unanswered. Two constructions, each read from who
 * speaks next and what the agent's later turn does, not from the words of the non-answer:
 *  - pressed, then answered: the customer's next turn presses the agent for the answer it just withheld (a negative
 *    rhetorical question at the agent — 你就不能帮我问问吗 / 你帮我查查不行吗 —, 总得给我个说法吧, 我还是不知道该怎么办)
 *    and the agent's next turn gives answer content (no non-answer in it, no question, not the wrap-up);
 *  - reported back: a later agent turn reports that the agent has since asked or checked with someone (我刚跟值班长确认
 *    了，… / 我刚问过技术组，…) and goes on with what it learnt — the look-up the non-answer lacked, done and reported
 *    (首问负责: the agent keeps the question until it is answered), as an announced look-up right after it is.
 * independent-dev13b README (judgement call 6: "a non-answer later repaired also passes resolution") and
 * independent-dev13c README (judgement calls, forbidden-words / resolution: "the real answer comes after the customer
 * pushes back, so resolution still passes"; "a non-answer later made good (我刚跟值班长确认了，…)") label it so. A new
 * request after the non-answer (那能不能帮我改订到下个月？ — independent-dev10a), an agent that repeats the non-answer
 * when pressed (那我问谁去？— 抱歉，这块我这边确实给不了您答复 — independent-dev12a), or a later fact that answers
 * another question (independent-dev: 在哪里办呢？— 没办法给您准确答复。— 第一次办是免费的) leave it unanswered.
 */
import { askedBefore } from './asked-before.js';
import { clauseOpensAt, LINE_TEST, lineTest, type TextView } from '../text/view.js';
import type { PreparedTranscript, PreparedTurn } from '../context.js';
import { asksQuestion, withoutFinalParticle, saysNonAnswer, NOT_AN_ANSWER_AFTER, ANSWER_AFTER, turnAsksQuestion, WRAP_UP_TAIL } from './non-answer-forms.js';
import { isLineCheck } from './silence-turns.js';
import { keepsQuestionOpen } from './reask.js';

/** Customer turns that only take the reply or answer the agent's asks, between the non-answer and a press. */
const MAX_TAKEN = 3;

/**
 * The customer presses for the withheld answer: a negative rhetorical question at the agent (你(们)就不能…吗 /
 * 帮我…不行吗), "you owe me at least an answer" (总得给我个说法), or "I still don't know" (我还是不知道该怎么办). An A-not-A
 * request (能不能帮我改订 / 你们能不能帮我催一下) asks for something new, not for the answer, and is not one.
 */
const PRESSES =
  /(?:你|您)们?(?:就|都|也|难道)?(?:不能|不可以|不会|不肯)[^。？?！!，,]{0,12}?[吗嘛啊][?？]?|(?:帮|替|给)我[^。？?！!，,]{0,10}?(?:不行|不可以|不成)[吗嘛啊]|总(?:得|要|该)[^。？?！!，,]{0,8}?(?:说法|答复|交代|回复|办法|时间|准话|准信|答案)|(?:还是|仍然|依然|根本)(?:不|没)(?:知道|明白|清楚|懂)/u;

/**
 * The customer asks the agent to find the withheld answer out, the turn being only that request (能不能帮我确认一下 /
 * 您帮我问问负责的同事呗): a look-up verb with no object of its own, or only the person to ask — it asks for the same
 * answer, where 能不能帮我查一下订单 / 帮我改订 / 海关那边能不能帮我催一下 names something new. Read on `norm`
 * (punctuation gone), so anchored at both ends.
 */
const ASKS_TO_FIND_OUT =
  /^(?:就是|那个|呃|嗯|哦|那|(?:能不能|可不可以|能否)?麻烦)*(?:(?:您|你|你们)(?:就|还是)?(?:能不能|可不可以|能|可以|麻烦)?(?:再)?(?:帮忙|(?:帮|替)(?:我|您)?)?|(?:能不能|可不可以|能|可以|麻烦)?(?:再)?(?:帮忙|(?:帮|替)(?:我|您)?)|(?:能不能|可不可以|能否|能|可以|麻烦)?再|(?:能不能|可不可以|能否))(?:再|好好|仔细|认真)?(?:想(?:想)?办法)?(?:去)?(?:确认|核实|核对|查|问|打听|看|催|想想办法|想办法)(?:一下|下|一(?:看|查|问)|问|查|看|清楚|打听|核实|确认)?(?:[^|]{0,6}?(?:同事|领导|上级|技术|部门|组|人|师傅?|后台|长|经理|主管|店|院|站|处|科|部|中心|那边)|(?:你们|您们)(?:的)?[^|能可会有是不没要吗呢么啥什谁哪几多]{1,4}?|(?<=问(?:一下|下)?)[^|能可会有是不没要吗呢么啥什谁哪几多我你您这那]{2,4}?)?(?:呗|吧|吗|呢|呀|啊|嘛|好吗|行吗|可以吗|好不好|行不行|成不成|可不可以)?(?:老师|师傅|同志|亲)?(?:这个|这事)?(?:很|挺|特别|真的|对我)*(?:重要|急|着急)?(?:的)?(?:啊|呀)?(?:(?:然后|回头)?(?:再)?(?:(?:告诉|回复|通知)我|(?:跟|和|给)我(?:说|讲|回话|回个话))(?:一声|一下)?|我?(?:急着|等着|赶着)(?:用|要|办))?$/u;

/**
 * The customer asks the agent only to tell it after all (我就想知道个具体的，能说说吗 / 您能具体讲讲吗 / 说清楚点): wanting
 * the specific answer, or asking to be told, with no object of its own — the same answer asked for again (round 11).
 */
const ASKS_TO_TELL =
  /^(?:就是|那个|呃|嗯|哦|那)*(?:这个|这件事|这事|这)?(?:(?:我)?(?:就|只|真|还是|还)?(?:是)?想(?:知道|了解|听)(?:个|一下|点)?(?:具体|准确|确切|明确|准数|准话|准信)(?:的|点|一点|些)?(?:就是|那个|呃|嗯)*(?:(?:(?:您|你)?(?:能|可以|能不能|可不可以)?(?:再)?(?:具体|详细)?(?:说说|讲讲|说一下|讲一下|解释一下|告诉我)|说(?:具体|详细|清楚|明白)(?:点|一点|些)))?|(?:(?:您|你)?(?:能|可以|能不能|可不可以)?(?:再)?(?:具体|详细)?(?:说说|讲讲|说一下|讲一下|解释一下|告诉我)|说(?:具体|详细|清楚|明白)(?:点|一点|些)))(?:吗|呗|吧|嘛|行吗|好吗)?$/u;
/** Fewest characters (norm) ASKS_TO_TELL must span: a bare 吗 or 嗯 asks nothing. */
const TELL_MIN_CHARS = 4;

/**
 * The customer, left without the answer, asks where that leaves them — whom to turn to (那我找谁去 / 那你们谁知道 /
 * 总有人能回答吧), what to do now (那到底怎么办嘛 / 那我这个到底怎么弄), only to wait (那我就干等着？) or that nobody
 * handles it (那就没人管了) — or repeats the question with 到底 (那到底能不能弄啊): a short turn with no object of its own,
 * so it presses for the same answer rather than opening a new question (怎么办理退款 names one, hence 办 not before 理).
 * It opens with 那 (then, given that reply) or 总 (surely someone): 电脑装驱动出问题找谁 is a new question of its own.
 */
const WHERE_THAT_LEAVES_ME =
  /^(?:就是|那个|呃|嗯|哦|唉|哎)*(?:那|总)[^|]{0,8}?(?:找谁|问谁|谁(?:能|知道|可以|会|来|管|清楚|懂|了解)|有人(?:能|知道|管|可以)|没人管|(?:怎么|咋|该怎么)(?:办(?!理)|弄|整)|(?:干|一直|就这么|只能)等|到底(?:能不能|行不行|可不可以|是不是|有没有|怎么|是(?:怎么|咋|啥|什么)|(?<ab>\p{Script=Han}{2})不\k<ab>))/u;
/**
 * Round 22: "surely you can find it out" said to the agent's side (你们总有人知道吧 / 你们仓库总能查到吧 / 总有办法问吧): 总 before
 * a knowing or finding verb with no object of its own — it presses for the same answer, as 总有人能回答吧 does.
 */
const SURELY_YOU_CAN =
  /^(?:就是|那个|呃|嗯|哦|唉|哎)*(?:那)?(?:你们|您们)?[^|]{0,3}?总(?:有人|有办法|有地方)?(?:能|会|可以|该)?(?:知道|清楚|查|问|打听|弄清楚?)(?:到|得到|出来|一下|清楚)?(?:的)?(?:吧|啊|呀|嘛)?$/u;
/**
 * Round 23: "surely there is a [rule / number]" (你们总有个规定吧 / 总该有个数吧): 总 + 有 + 个 + a short noun, closed by 吧 — the answer's
 * source held up to the agent, no object of the customer's own: it presses for the same answer, as SURELY_YOU_CAN does.
 */
const SURELY_THERE_IS = /^(?:就是|那个|呃|嗯|哦|唉|哎)*(?:那)?(?:你们|您们)?总(?:该|得|会)?有(?:个|一个)(?!人)\p{Script=Han}{1,2}?(?:吧|啊|嘛)$/u;
/** At most this many characters (norm) for a turn read by WHERE_THAT_LEAVES_ME: longer ones carry a question of their own. */
const WHERE_MAX_CHARS = 14;

/** The agent owning the unclear earlier reply (是我没讲清楚 / 抱歉，刚才没说明白), at the start of the turn. */
const OWNS_UNCLEAR = /^(?:不好意思|抱歉|对不起)?(?:是)?(?:我)?(?:刚才|之前)?(?:没|没有)(?:讲|说|解释)(?:清楚|明白)/u;

/**
 * A report that the agent has since asked or checked with someone (刚/刚刚/刚才, optionally 已经): 我刚跟值班长确认了 /
 * 我刚问过技术组 / 刚才和财务核实过了 — then content after it.
 */
const REPORTED_BACK =
  /(?:刚|刚刚|刚才)(?:已经)?(?:(?:跟|和|向|同|找)[^|]{1,10}?(?:确认|核实|核对|了解|问|查)(?:了|过|清楚)+|(?:问|查|核实|确认|咨询)(?:了|过)+(?:一下)?[^|]{0,8}?(?:组|部|科|中心|部门|同事|领导|长|站|处|方|室|队))/u;

/**
 * The customer asks for the exact answer as a thing to be given (能说个确切的吗 / 给个准话 / 报个具体数) or to be told
 * plainly (您就直说吧 / 实话实说): the same answer asked for again, with no object of its own (round 17).
 */
const ASKS_FOR_EXACT =
  /^(?:就是|那个|呃|嗯|哦|那)*(?:(?:您|你)(?:就)?)?(?:能不能|可不可以|能|可以|麻烦)?(?:再)?(?:给|说|讲|报|告诉)(?:我)?(?:个|一个)(?:准话|准数|准信|实数|确切|具体|准确|明确)(?:的|点|一点|些)?(?:数|数字|时间|答复|说法)?(?:吗|呗|吧|嘛|呀|行吗|好吗|行不行)?$|^(?:就是|那个|呃|嗯|哦|那)*(?:(?:您|你)(?:就)?)?(?:直说|直接说|明说|实话实说|照实说)(?:吧|呗|嘛|呀)?$/u;

/**
 * The question asked again with 到底 / 究竟 / 具体 before its question word (规定里到底是多少 / 那具体是多少呢 / 究竟要几天):
 * the insistence marks the same question pressed, not a new one; a short turn (WHERE_MAX_CHARS), and the reply must
 * then share the question's topic (answersSameTopic).
 */
// (round 23: also the question asked again for a rough or general answer — 那大概几天能好 / 那一般是怎么规定的 — the bar lowered, the
// same question; with 怎么 after it)
/** The question word after the re-ask's adverb (到底是多少 / 大概要几天 / 一般是怎么…), shared by both re-ask forms. */
const REASK_TAIL = '(?:是|要|得|能|会)?(?:多少|多久|多长|几|什么|啥|哪|怎么)';
const ROUGH_REASK = new RegExp(`(?:大概|大约|一般)${REASK_TAIL}`, 'u');
const ASKED_AGAIN_INSISTING = new RegExp(`(?:到底|究竟|具体|大概|大约|一般)${REASK_TAIL}`, 'u');

/** "So that I can plan" after a press (能说个确切的吗？我好安排): the reason for asking, no question of its own. */
const PURPOSE_TAIL = /^(?:我|我们|我这边)?好(?:安排|准备|计划|打算|规划|决定|提前准备)(?:一下)?(?:啊|呀|嘛)?$/u;

/**
 * Round 18: the customer insists on the very thing withheld (我就想知道这个 / 我就想要个明确答复) — "this", or a clear
 * reply as the thing wanted, no object of its own — or asks for someone who knows to settle it (能不能找个懂的人确认一下 /
 * 找个同事问问): the same answer asked for again, as ASKS_TO_TELL and ASKS_TO_FIND_OUT read it.
 */
const INSISTS_ON_IT =
  /^(?:就是|那个|呃|嗯|哦|那)*(?:我)?(?:就|只|真|还是)?(?:是)?(?:想(?:知道|了解)(?:这个|这事|这一点)|想要(?:个|一个|1个)(?:明确|准确|确切|具体)的?(?:答复|说法|回复|答案))(?:啊|呀|嘛|呢)?$/u;
const FINDS_SOMEONE =
  /^(?:就是|那个|呃|嗯|哦|那)*(?:(?:您|你)们?)?(?:能不能|可不可以|能否|能|可以|麻烦)?(?:帮我)?找(?:(?:个|一个|1个|位|一位|1位)[^|]{1,6}?|[^|]{0,4}?(?:人|同事|领导|师傅|技术|专员|主管|经理))(?:帮我)?(?:确认|核实|问问|问|看看|查查|回答|解答)(?:一下|下)?(?:吗|呗|吧|嘛|好吗|行吗)?$/u;
/**
 * What may open a press before it (round 18): the topic pointed at (这个 您能帮我问问后台吗) or the insistence that this
 * is all the customer asks (就这一个问题，您再查查) — the press after it asks for the same answer.
 */
const PRESS_LEAD = /^(?:就是|那个|呃|嗯|哦|那)*(?:(?:我)?(?:就|只)(?:这|这么)(?:一个|1个|个)(?:问题|事)(?:了)?|这个|这事)/u;

/**
 * Round 19: what the customer says the withheld answer is worth to them, beside a press (这个对我很重要，你再看看 / 你再帮我问问呗，
 * 我真的需要知道 / 不行啊，…): the stake or the no to the non-answer asks nothing new, so the press beside it still asks for
 * the same answer — as the reason after it (…我好安排) does.
 */
const STAKE =
  /^(?:就是|那个|呃|嗯|哦|那)*(?:不行(?:啊|呀|吧)?|(?:这个|这|这事|这个问题|这一点)(?:对我)?(?:来说)?(?:挺|很|特别|非常|真的|真|蛮|还挺)?(?:关键|重要|要紧)(?:的)?(?:啊|呀|呢)?|我(?:今天|今晚|现在|马上|这会儿|当天)?(?:就|必须)?(?:是)?(?:真的|真|确实|就是|是真的|特别|很)?(?:很)?(?:想|需要|要|得)知道(?:的)?(?:啊|呀)?)$/u;
/** STAKE as what opens the turn, the press run on after it with no mark between (不行啊这个对我很重要你再看看: speech). */
const STAKE_LEAD = new RegExp(STAKE.source.slice(0, -1), 'u');
/** "麻烦再想想" / "您再想想": asked to think again, 您/麻烦 before it (我再想想 is the customer deciding). */
const RETHINK = /^(?:就是|那个|呃|嗯|那)*(?:(?:麻烦|请)(?:您|你)?|(?:您|你))(?:再|好好)(?:帮我)?(?:想想|想一想|琢磨琢磨)(?:吧|呗|嘛|呀)?$/u;

/** One press form: PRESSES, ASKS_TO_FIND_OUT, WHERE_THAT_LEAVES_ME, ASKS_TO_TELL, ASKS_FOR_EXACT or ASKED_AGAIN_INSISTING. */
function pressesAlone(norm: string): boolean {
  return (
    PRESSES.test(norm) ||
    ASKS_TO_FIND_OUT.test(norm) ||
    RETHINK.test(norm) ||
    SURELY_YOU_CAN.test(norm) ||
    SURELY_THERE_IS.test(norm) ||
    INSISTS_ON_IT.test(norm) ||
    FINDS_SOMEONE.test(norm) ||
    (norm.length <= WHERE_MAX_CHARS && (WHERE_THAT_LEAVES_ME.test(norm) || ASKED_AGAIN_INSISTING.test(norm))) ||
    (norm.length >= TELL_MIN_CHARS && (ASKS_TO_TELL.test(norm) || ASKS_FOR_EXACT.test(norm)))
  );
}

/** A press alone, or a press with the reason for asking after it (…我好安排). */
function pressesWithReason(norm: string): boolean {
  if (pressesAlone(norm)) return true;
  for (let cut = 1; cut < norm.length; cut++) {
    if (PARTICLES.has(norm[cut - 1]!) && (PURPOSE_TAIL.test(norm.slice(cut)) || STAKE.test(norm.slice(cut))) && pressesAlone(norm.slice(0, cut))) return true;
  }
  return false;
}

/** A sentence-final particle closing a first press (那到底是怎么样呢|您再帮我确认下); `norm` has no punctuation left. */
const PARTICLES: ReadonlySet<string> = new Set([...'呢吗嘛啊呀吧呗']);

/**
 * The customer's turn (its `norm`) presses for an answer just withheld — one press form, or two said back to back (那到底
 * 是怎么样呢？您再帮我确认下。): each half alone presses, so together they ask for nothing new (round 12b, the length cap
 * of WHERE_THAT_LEAVES_ME kept for each half).
 */
export function pressesForAnswer(norm: string, opensAt?: (k: number) => boolean): boolean {
  if (pressesWithReason(norm)) return true;
  const stake = STAKE_LEAD.exec(norm);
  if (stake && stake[0].length > 0 && stake[0].length < norm.length) {
    const n = stake[0].length;
    if (pressesForAnswer(norm.slice(n), opensAt && ((k) => opensAt(k + n)))) return true;
  }
  const lead = PRESS_LEAD.exec(norm);
  if (lead && lead[0].length < norm.length) {
    const n = lead[0].length;
    if (pressesForAnswer(norm.slice(n), opensAt && ((k) => opensAt(k + n)))) return true;
  }
  // the cut after a final particle, or — with the turn's view — at a clause break with no particle before it (我就想知道个准数
  // 麻烦您再看看: a speech pause)
  for (let cut = 1; cut < norm.length; cut++) {
    if (!PARTICLES.has(norm[cut - 1]!) && !opensAt?.(cut)) continue;
    const head = norm.slice(0, cut);
    const tail = norm.slice(cut);
    if (pressesAlone(head) && (pressesWithReason(tail) || STAKE.test(tail))) return true;
    // the stake first, then the press (这个对我很重要，你再看看 — round 19)
    if (STAKE.test(head) && pressesForAnswer(tail, opensAt && ((k) => opensAt(k + cut)))) return true;
  }
  return false;
}

/**
 * The agent's turn after `from` (index into p.dialogue), before the customer says anything more than a check on the
 * line (能不能再查查？— 有人吗？— …: the nudge only asks for the reply still owed, as silence.ts reads it), or null.
 */
function agentTurnAfter(p: PreparedTranscript, from: number): PreparedTurn | null {
  let j = from + 1;
  while (p.dialogue[j]?.turn.speaker === 'customer' && isLineCheck(p.dialogue[j]!)) j++;
  const next = p.dialogue[j];
  return next && next.turn.speaker === 'agent' ? next : null;
}

/**
 * The turn gives answer content: long enough, no non-answer in it, not a question back, not only the wrap-up. Once
 * pressed, an apology for the earlier reply (是我没讲清楚，…) opens the answer rather than repeating an old one.
 */
export function givesAnswer(t: PreparedTurn, minChars = ANSWER_AFTER): boolean {
  const norm = t.view.norm.replace(OWNS_UNCLEAR, '');
  const text = t.turn.text.replace(WRAP_UP_TAIL, '');
  const body = norm.replace(WRAP_UP_TAIL, '');
  if (body.length < minChars || NOT_AN_ANSWER_AFTER.test(body) || /[?？][\s）)]*$/u.test(text)) return false;
  return !saysNonAnswer(body);
}

/**
 * What the customer said since the agent last spoke before the non-answer at `k` (in p.dialogue), `norm`s joined: the
 * question it replied to, with any nudge after it (…能带零食吗？— 在吗？), or '' when the agent spoke last.
 */
function withheldQuestion(d: readonly PreparedTurn[], k: number): string {
  let out = '';
  for (let j = askedBefore(d, k); j >= 0 && d[j]!.turn.speaker === 'customer'; j--) out = d[j]!.view.norm + '|' + out;
  return out;
}

/**
 * The reply to a press that re-asks the withheld question answers that question, not another one (附近有药店吗？— 药店
 * 这个不清楚。— 那你帮我看看附近有药店吗 — 二楼有自动售货机 answers nothing asked): the press names the question's topic
 * (a content character of it), so the reply must too — of the question, the non-answer (药店这个… names it) or the press —
 * as facts.ts ties a value to the question whose words its clause repeats (fact-questions.ts sharesTopic). A bare press
 * (那我找谁去 / 您帮我问问呗) names nothing, and a reply in other words (星期天能取吗 — 周末照常营业) is taken (round 11).
 */
function answersSameTopic(reply: PreparedTurn, question: string, nonAnswer: PreparedTurn, press: PreparedTurn): boolean {
  if (!question || !sharesContentChar(press.view.norm, question)) return true;
  const r = reply.view.norm;
  return sharesContentChar(r, question) || sharesContentChar(r, nonAnswer.view.norm) || sharesContentChar(r, press.view.norm);
}

/**
 * `text` repeats a content character of `other` (a Han character that is not a function word): a reply in other
 * words still shares one with its question (带它自己的狗粮 — 自带粮可以 / 小孩能泡温泉吗 — 儿童可以泡亲子池), where two-character
 * words (sharesWord) miss the synonym.
 */
export function sharesContentChar(text: string, other: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch >= '\u4e00' && ch <= '\u9fff' && !FUNCTION_CHARS.has(ch) && other.includes(ch)) return true;
  }
  return false;
}
/**
 * Round 24: `text` repeats a content word of `other` — two adjacent Han characters, neither a function character: the
 * same topic asked again (儿童模式在哪开 after 有没有儿童模式), where a single shared character (车 / 号) is often another matter.
 */
export function sharesContentPair(text: string, other: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text[i]!;
    const b = text[i + 1]!;
    if (a >= '\u4e00' && a <= '\u9fff' && b >= '\u4e00' && b <= '\u9fff' && !FUNCTION_CHARS.has(a) && !FUNCTION_CHARS.has(b) && other.includes(a + b)) return true;
  }
  return false;
}
/** Characters any question and reply share whatever the topic: particles, pronouns, modals, negation, asking and telling. */
const FUNCTION_CHARS = new Set([...'的了是在有和就都也还又吗呢吧啊呀嘛哦嗯呃哎唉那这个我你您他她它们不没能会要可以一下些点么什怎样请问对好行说想讲看帮给让把被得着过去来再总到呗啥哪谁']);

/**
 * Round 19: pressed, the agent first says it will find out (我问一下同事再告诉您 / 行 我咨询一下专员 马上给您答复) or only takes
 * the press (嗯对), and the answer comes in its next turn, the customer saying nothing between — one answer across turns, as a
 * look-up right after the non-answer is. The turn taking the press must not say it cannot answer again, and the answer
 * must share a content character with the question, the non-answer or the press (no topic shared: another matter).
 */
const MAX_AGENT_RUN = 2;

/**
 * Round 19: a short reply (每件都套防尘袋 / 可以，到店免费调) answers the press when it takes up the question's or the non-answer's
 * topic (a content character); below ANSWER_AFTER an untied reply (好的，您稍等) answers nothing.
 */
const SHORT_ANSWER = 4;
function tiedToQuestion(reply: PreparedTurn, question: string): boolean {
  const r = reply.view.norm;
  // (the question only: a look-up announced, 我帮您查一下, shares 查 with 我查不了 and answers nothing)
  return question !== '' && sharesContentChar(r, question);
}
function answeredInTurnsAfter(turns: readonly PreparedTurn[], a: PreparedTurn, question: string, nonAnswer: PreparedTurn, press: PreparedTurn): boolean {
  if (saysNonAnswer(a.view.norm)) return false;
  // (by the turn's index, not a scan: any turn but the agent's — the customer, an IVR prompt — ends the run)
  let k = a.index;
  for (let n = 0; n < MAX_AGENT_RUN; n++) {
    const b = turns[++k];
    if (!b || b.turn.speaker !== 'agent') return false;
    if (givesAnswer(b) || (givesAnswer(b, SHORT_ANSWER) && tiedToQuestion(b, question))) {
      const r = b.view.norm;
      return (question !== '' && sharesContentChar(r, question)) || sharesContentChar(r, nonAnswer.view.norm) || sharesContentChar(r, press.view.norm);
    }
    if (saysNonAnswer(b.view.norm)) return false;
  }
  return false;
}

/** pressesForAnswer cut at particles and at the line's own clause openings (a pause): the line alone, decided once per line (view.ts lineTest). */
export const pressesAtPauses = (view: TextView): boolean => {
  const norm = view.norm.replace(MISHEARD_MAFAN, '麻烦').replace(MISHEARD_HELP, '帮').replace(MISHEARD_AGAIN, '再');
  return pressesForAnswer(norm, (cut) => clauseOpensAt(view, cut)) || pressesClauseByClause(view, norm);
};

/**
 * Round 22: a rebuke of the not-knowing, a clause beside a press (你们不是售后部吗 / 怎么会查不到 / 店里的事你都不清楚): the
 * agent's own role held up to it, or the not-knowing asked about at the agent — no 我, the customer's own not-knowing.
 */
const REBUKE =
  /^(?:就是|那个|呃|嗯|哦|唉|哎)*(?:(?:你们?|您)(?:这儿|这里|这边)?不(?:就)?是[^|]{1,8}?(?:吗|嘛)|(?!.*我)[^|]{0,10}?(?:怎么(?:会|能|可能)?|居然|竟然|都|也|连)(?:不知道|不清楚|不晓得|不了解|不懂|查不到|说不好)(?:呢|啊|吗|呀|嘛)?)$/u;

/**
 * Round 22: the turn read clause by clause (its punctuation and, in a spaced ASR line, its pauses): it presses when one
 * clause presses and every other clause only rebukes the not-knowing (REBUKE) or says what the answer is worth (STAKE) —
 * 你们不是修理部吗？怎么会不清楚？帮我问问 / 您帮我查查吧 我今晚就得知道: nothing else asked or told.
 */
function pressesClauseByClause(view: TextView, norm: string): boolean {
  let start = 0;
  let pressed = false;
  for (let k = 1; k <= norm.length; k++) {
    if (k < norm.length && !clauseOpensAt(view, k)) continue;
    if (start === 0 && k === norm.length) return false; // one clause: pressesForAnswer has read it
    const clause = norm.slice(start, k);
    start = k;
    if (pressesForAnswer(clause)) pressed = true;
    else if (!REBUKE.test(clause) && !STAKE.test(clause)) return false;
  }
  return pressed;
}

/**
 * Round 21: 麻烦 as a speech recogniser writes it by sound, 马烦 (the same syllables; no word of its own): read as the 麻烦
 * the press forms name (能不能麻烦您问一下). Same length, so the pauses' positions hold.
 */
const MISHEARD_MAFAN = /马烦/gu;
/**
 * Round 24 (reading): 帮 as a recogniser writes it by sound before whom it helps, 邦 (能邦我问问吗 / 邦忙查一下): 邦 has no such
 * use of its own (联邦 / 友邦 stay). Same length, so the pauses' positions hold.
 */
const MISHEARD_HELP = /邦(?=我|您|你|忙)/gu;
/**
 * Round 26 (reading): 再 "again" as a recogniser writes it by sound, 在: before a verb doubled or with 一下 (在看看 / 在查一下 /
 * 在帮我查查) 在 cannot be the progressive, which takes neither. Same length, so the pauses' positions hold.
 */
const MISHEARD_AGAIN = /在(?=(?:帮(?:我|您|你|忙))?(?:([看查找问想核试])\1|[看查找问核想](?:一下|一)))/gu;

/**
 * The non-answer in agent turn `t` (at `k` in p.dialogue) was made good later: pressed for, then answered; or
 * reported back from someone the agent asked since.
 */
export function madeGoodLater(p: PreparedTranscript, t: PreparedTurn, k: number): boolean {
  const d = p.dialogue;
  // the customer presses for the answer, and the agent's next turn gives it: in the customer's next turn, or a later
  // one when the turns between only took the reply and answered the agent's asks (行。— 验证码552091。— 那总得给个时间吧):
  // a question of the customer's own in between moves on, and the search ends there
  let taken = 0;
  const question = withheldQuestion(d, k);
  // (the withheld question's own turns, not a grievance told before it: its topic is what a re-ask repeats)
  const asked = question.split('|').filter((q) => asksQuestion(withoutFinalParticle(q))).join('|');
  for (let j = k + 1; j < d.length; j++) {
    const x = d[j]!;
    if (x.turn.speaker !== 'customer') continue;
    if (lineTest(x.view, LINE_TEST.pressesAtPauses, pressesAtPauses)) {
      const a = agentTurnAfter(p, j);
      // (round 23: a rough re-ask — 那大概什么时候能有结果 — re-asks the withheld question only when it repeats a word of it)
      if (question.split('|').some((q) => asksQuestion(withoutFinalParticle(q))) && ROUGH_REASK.test(x.view.norm) && !sharesContentChar(x.view.norm, question)) break;
      if (a && givesAnswer(a) && answersSameTopic(a, question, t, x)) return true;
      if (a && givesAnswer(a, SHORT_ANSWER) && tiedToQuestion(a, question)) return true;
      if (a && answeredInTurnsAfter(p.turns, a, question, t, x)) return true;
      break;
    }
    // (round 24: the question asked again on its topic, or the agent asked to find it out beside a reason — reask.ts — and
    // the agent's next turn gives content tied to the withheld question)
    if (asked && keepsQuestionOpen(x.view, x.view.norm.replace(MISHEARD_HELP, '帮'), (clause) => sharesContentPair(clause, asked))) {
      const a = agentTurnAfter(p, j);
      if (a && givesAnswer(a, SHORT_ANSWER) && tiedToQuestion(a, asked)) return true;
      if (a && answeredInTurnsAfter(p.turns, a, asked, t, x)) return true;
      break;
    }
    if (turnAsksQuestion(x) || ++taken > MAX_TAKEN) break;
  }
  // a later agent turn reports back what the agent has since learnt
  for (let j = k + 1; j < d.length; j++) {
    const x = d[j]!;
    if (x.turn.speaker !== 'agent') continue;
    const m = REPORTED_BACK.exec(x.view.norm);
    if (m && x.view.norm.length - (m.index + m[0].length) >= ANSWER_AFTER) return true;
  }
  return false;
}
