/**
 * resolution's reading of the customer giving up on a question: the customer asks, the agent replies in a few words
 * that hold no answer (no value, no yes/no, no step, no scenario fact — 没有这个信息 / 看情况吧 / 哦。), and the
 * customer's very next turn opens by letting the question go (好吧，那算了 / 那也只能这样了 / 行，那我自己再看看 /
 * 唉，好吧). The customer's own reaction says the question went unanswered, whatever it was about and whatever the
 * contact answered before or after it: a side question shrugged off and *taken* (好的 / 行，谢谢) stays the
 * side-question convention's (side-question.ts), one the customer gives up on is not taken. Nine sets by different
 * authors label this exchange a non-answer every time it occurs (independent-dev4b, dev8a, dev9b, dev15c, dev16b,
 * dev18c, dev19a, dev20a, dev21c; dev21c's README: "the customer gives up"), and none labels it a pass.
 */
import { vocabHits, type CompiledRubric, type PreparedTranscript, type PreparedTurn } from '../context.js';
import { asksQuestion, withoutFinalParticle } from './non-answer-forms.js';
import { LINE_TEST, lineTest, type TextView } from '../text/view.js';
import { holdsAnswerContent } from './stance-non-answer.js';
import { receiptAlone } from './receipt-reply.js';
import { sharesContentChar, sharesContentPair } from './non-answer-repairs.js';

/**
 * The longest reply (normalised characters) read as holding nothing: longer, it may point somewhere or explain
 * (这个我还真不了解，招聘信息一般在官网), which the answer-content test cannot see. @default 12
 */
const GIVE_UP_REPLY_MAX_CHARS = 12;

/**
 * A customer turn that opens by letting the question go, after receipt fillers (嗯 / 哦 / 这样啊 / 好吧 / 行吧 / 行 /
 * 那): 算了, (也)只能这样, 我自己再 + a verb of finding out (看看 / 想办法 / 想想 / 问问 / 查查), or the sigh 唉 before 好吧 /
 * 行吧. Anchored at the turn's start: 不用了，我自己再想想 declines an offer, and 算了算了，我先挂了 after an answer
 * leaves the call, not the question (the reply before it must hold nothing, as above).
 */
const GIVE_UP =
  /^[\s，,。…~～]*(?:(?:嗯|哦|噢|呃|啊|就是|那个|这样啊|好吧|行吧|行|好|那)[\s，,。、…~～]*){0,3}(?:那)?(?:算了|也?只能(?:这样|这么着|先这样)|我自己再(?:看看|想办法|想想|问问|查查|找找)|唉[\s，,、…~～]*(?:那)?(?:好吧|行吧))/u;
/**
 * Round 24: the resigned 好吧 / 行吧 (吧 of reluctant acceptance) standing as its own clause after fillers (行吧。/ 哦，那好吧。
 * / 哦就是那好吧), the reply before it giving nothing: the question let go, as 算了 lets it go — not after a 忌语 of any
 * kind (你自己看着办吧 — 行吧 is the 忌语 checks' business), nor after a bare 嗯 (a yes to a yes/no question), nor 好的 (taking an answer).
 */
const RESIGNED = /^[\s，,。…~～]*(?:(?:嗯|哦|噢|呃|啊|就是|那个|这样啊)[\s，,。、…~～]*){0,3}(?:那)?(?:好吧|行吧)(?:[\s，,。！!…~～]|$)/u;

/** GIVE_UP of a turn's text (its view's original), decided once per line (view.ts lineTest). */
const givesUp = (view: TextView): boolean => GIVE_UP.test(view.original);

/**
 * What marks a short reply as giving nothing (beside a non-answer the rubric already knows): a not-knowing, a lack
 * of the information, notice or rights to look (没有这个信息 / 还没收到通知 / 没权限查), a guess or wait-and-see closed
 * by 吧 (看情况吧 / 应该可以吧), or a receipt token alone (哦。; round 23: any receipt receipt-reply.ts reads alone — 嗯，收到您的消息). A plain statement (周末跟平时一样) answers, however short;
 * a lack of a service or a rule (没有这种业务 / 没有这个规定) refuses, which answers too.
 */
const GIVES_NOTHING = /不(?:知道|晓得|清楚|了解|确定|掌握)|(?:没|没有|无)(?:收到)?(?:这个|这方面的?|相关的?)?(?:信息|消息|通知|记录|资料|数据|权限)|吧$|^(?:嗯|哦|噢|喔)+$/u;

/** The 忌语 categories a reply giving nothing may fall under itself (the shrug, not a refusal, rebuke or pointer). */
const SHRUG_CATEGORIES: ReadonlySet<string> = new Set(['敷衍答复', '冷漠敷衍']);

/**
 * `t` (the agent turn at `i` in the dialogue, stating no scenario fact) is the reply the customer gave up on: the turn
 * before it is the customer's question (not a statement closed by 吧: 行，那就这样办吧), the turn after it the
 * customer's give-up, and `t` is short, holds no answer content and gives nothing (`known`: the rubric's non-answer
 * forms found one; else GIVES_NOTHING). A 忌语 other than a shrug (说过一遍了 / 不可能的 / 您问店里吧) is the 忌语
 * checks' business, as a rude line in place of an answer is by convention. Returns the reply as the evidence quote.
 */
export function gaveUpOn(p: PreparedTranscript, c: CompiledRubric, t: PreparedTurn, i: number, known: boolean): string | null {
  const next = p.dialogue[i + 1];
  if (next?.turn.speaker !== 'customer') return null;
  const resigned = !lineTest(next.view, LINE_TEST.givesUp, givesUp);
  if (resigned && !RESIGNED.test(next.view.original)) return null;
  const asked = p.dialogue[i - 1];
  // (which turn answers which: the resigned 好吧 only takes the reply in when the agent's next turn, right after it, answers
  // the question on its topic — a content word of it again, with answer content: 知道了。— 哦，好吧。— 押金五个工作日内退回;
  // a next turn on another matter, or answering a new question the 好吧 turn asked, leaves it let go)
  const after = p.dialogue[i + 2];
  if (resigned && asked && after?.turn.speaker === 'agent' && !asksAnew(next, asked) && sharesContentPair(after.view.norm, asked.view.norm) && holdsAnswerContent(after, asked)) return null;
  const norm = t.view.norm;
  if (asked?.turn.speaker !== 'customer' || norm.length > GIVE_UP_REPLY_MAX_CHARS || !(known || GIVES_NOTHING.test(norm) || receiptAlone(t.view))) return null;
  if (!asksQuestion(withoutFinalParticle(asked.turn.text)) || holdsAnswerContent(t, asked)) return null;
  // (a bare 嗯 to a yes/no question says yes: only a stronger give-up than the resigned 好吧 reads it as nothing)
  if (resigned && BARE_MM.test(norm)) return null;
  if (vocabHits(c, 'forbidden', t).some((h) => resigned || !SHRUG_CATEGORIES.has(h.category))) return null;
  return t.turn.text.trim();
}

const BARE_MM = /^嗯+$/u;

/** The customer's turn `x` asks a question sharing no content character with the one `asked` put (a new question). */
const asksAnew = (x: PreparedTurn, asked: PreparedTurn): boolean =>
  asksQuestion(withoutFinalParticle(x.turn.text)) && !sharesContentChar(x.view.norm, asked.view.norm);

/**
 * The agent's reply at dialogue index `i` is met by the resigned 好吧 / 行吧 alone (RESIGNED), not a stronger give-up
 * (算了 / 只能这样): a question the side-question convention forgives as incidental by its place stays forgiven — the
 * bare 好吧 takes its shrug as 好的 does; only 算了 and its kin say it was let go (resolution.ts).
 */
export function resignedOnly(p: PreparedTranscript, i: number): boolean {
  const next = p.dialogue[i + 1];
  return next?.turn.speaker === 'customer' && !lineTest(next.view, LINE_TEST.givesUp, givesUp) && RESIGNED.test(next.view.original);
}

/**
 * A question opened with 顺便 (顺带 / 顺道): the aside the side-question convention settled on, even when let go. Round 25
 * (reading): 顺便 opening a clause (after fillers), read on the turn's text — inside a clause it is the adverb on its verb
 * (护工能顺便帮忙… "while at it"), no opener of an aside.
 */
export const BY_THE_WAY = /(?:^|[，,。！？!?；;\s])(?:(?:那个|就是|嗯|呃|哦|噢|啊|那|诶|欸)[\s，,、…~～]*){0,3}(?:顺便|顺带|顺道)/u;
