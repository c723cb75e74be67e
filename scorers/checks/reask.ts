/**
 * Round 24 (which turn answers which): the customer's turn after a non-answer that keeps the withheld question open —
 * read clause by clause, it asks again on the same topic (a question clause sharing a two-character content word with
 * the withheld question — non-answer-repairs.ts sharesContentPair: 有会员价吗 — 不清楚 — 会员价到底有没有？) or asks the agent to find it out with no object of its own
 * (麻烦核实下 / 能查查吗 / 你帮我打听一下嘛), and any other clause only tells (the reason for asking: 我下周要用，麻烦核实下);
 * a question clause on another topic, or one opened as another matter (顺便问下 / 对了), opens a new question and is not this. non-answer-repairs.ts madeGoodLater then
 * takes the agent's next turn as the answer when it gives content tied to the withheld question.
 */
import { clauseOpensAt, type TextView } from '../text/view.js';
import { asksQuestion } from './non-answer-forms.js';
import { SIDE_QUESTION } from './deflection.js';
import { opensSideQuestion } from './side-question.js';

/**
 * A request to find out closing its clause, no object after the look-up verb: an optional address and modal, 再 / 帮我 /
 * 好好, the verb (reduplicated or with 一下 / 下), a final particle or tag. Read on a clause of `norm` (no punctuation).
 */
const FIND_OUT_CLAUSE =
  /^(?:就是|那个|呃|嗯|哦|那|好|行)*(?:(?:你们?|您)(?:就|还是)?)?(?:能不能|可不可以|能否|能|可以|麻烦|请)?(?:你们?|您)?(?:再|帮忙|(?:帮|替|给)(?:我|忙)?|好好|仔细|去)*(?:确认|核实|核对|查|问|打听|咨询)(?:一下|下|一查|一问|查|问|清楚|看)?(?:呗|吧|吗|呢|呀|啊|嘛|好吗|行吗|可以吗|好不好|行不行)?$/u;
/**
 * The request is put to the agent: addressed (你 / 您), helped (帮 / 替), asked politely (麻烦 / 请), again (再), or a modal
 * before a verb of checking (能查查吗) — 能问一下吗 alone asks leave to ask, the customer's own next question.
 */
const PUT_TO_AGENT = /[你您帮替烦请再]|(?:能|可以)(?:确认|核实|核对|查|打听)/u;

/**
 * A question clause asking the agent to act for the customer (能不能帮我代办 / 可以让我先借吗 / 能不能替我留一个): a new request on
 * the topic, not the question again (independent-dev10a labels the withheld question still unanswered).
 */
const ASKS_TO_ACT = /(?:帮|替)(?:我|我们|忙)|让(?:我|他|她|他们|房东|师傅|商家|对方)/u;

/** The clause asks the agent to find the answer out (FIND_OUT_CLAUSE put to the agent). */
export const asksToFindOut = (clause: string): boolean => FIND_OUT_CLAUSE.test(clause) && PUT_TO_AGENT.test(clause);

/**
 * The customer's turn `view` keeps the withheld question open: one clause re-asks it (`onTopic`: shares its topic) or
 * asks to find it out, and no clause asks anything else. Clauses by punctuation and, in a spaced ASR line, its pauses.
 */
export function keepsQuestionOpen(view: TextView, norm: string, onTopic: (clause: string) => boolean): boolean {
  // (a question opened as another matter — 顺便问下 / 对了 / 另外 — is a new one, whatever word it shares)
  if (SIDE_QUESTION.test(norm) || opensSideQuestion(view.original)) return false;
  let start = 0;
  let kept = false;
  for (let k = 1; k <= norm.length; k++) {
    if (k < norm.length && !clauseOpensAt(view, k)) continue;
    const clause = norm.slice(start, k);
    start = k;
    if (asksToFindOut(clause)) kept = true;
    else if (asksQuestion(clause)) {
      if (ASKS_TO_ACT.test(clause) || !onTopic(clause)) return false;
      kept = true;
    }
  }
  return kept;
}
