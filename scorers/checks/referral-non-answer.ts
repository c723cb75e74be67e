/**
 * resolution's reading of a bare referral (checks/bare-referral.ts: the reply ends by sending the customer to another
 * party with no way there — 合开的事您问财务 / 取消的事您问APP客服) given in reply to the customer's follow-up question
 * on their own matter: the question passed off, as the `unresolved` 推诿 phrases are (deflection.ts), so a non-answer.
 * The contact sets label it so (independent-dev11a, dev13a, dev13b); the settled deflection reading decides when it
 * stands for the answer (deflectsTheQuestion: the turn just before asks, no side question once the scenario's question
 * was answered, no scenario fact stated after it).
 */
import type { CompiledRubric, PreparedTranscript, PreparedTurn } from '../context.js';
import { bareReferrals } from './bare-referral.js';
import { customerTurnBefore, deflectsTheQuestion, SIDE_QUESTION } from './deflection.js';
import { saysNonAnswer, turnAsksQuestion } from './non-answer-forms.js';
import { rhetoricalOnly } from './stance-non-answer.js';
import { opensSideQuestion } from './side-question.js';

/**
 * The bare referral in agent turn `t` stands for the answer to the customer's question just before it: the last
 * clause as the quote, or null.
 */
export function referralForAnswer(p: PreparedTranscript, c: CompiledRubric, t: PreparedTurn, answeringTurns: ReadonlySet<number>): string | null {
  if (!bareReferrals(p).includes(t)) return null;
  const asked = customerTurnBefore(p, t);
  // a question on the customer's own matter: not a request, not a side question opened as one
  if (!asked || !turnAsksQuestion(asked) || SIDE_QUESTION.test(asked.view.norm) || opensSideQuestion(asked.turn.text)) return null;
  if (rhetoricalOnly(asked.turn.text) || ACCUSATION.test(asked.view.norm)) return null;
  if (!deflectsTheQuestion(p, c, t, t.view.norm.length, answeringTurns)) return null;
  const last = lastClause(t.turn.text);
  // the refusal before the pointer is the yes/no answer (停车费能退吗？— 那个我们退不了，您可以找停车场窗口)
  if (refusalBefore(t.turn.text.slice(0, t.turn.text.length - last.length))) return null;
  return last;
}

/**
 * "你们这不是坑人吗": the customer asserts a grievance as a negative question (这不是X吗); it asks for nothing a
 * pointer could withhold.
 */
const ACCUSATION = /这不是[^。？?！!，,]{1,8}?[吗嘛]/u;

/**
 * A clause before the referral refuses what was asked (V不了 / 不能V / 不可以 / 不行 / 不支持): the no of a yes/no
 * question, answer content — unless it is itself an "I cannot answer" (答复不了 / 解决不了: NON_ANSWER).
 */
function refusalBefore(before: string): boolean {
  if (!REFUSAL.test(before)) return false;
  const norm = before.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
  return !saysNonAnswer(norm);
}
const REFUSAL = /\p{Script=Han}不了|不能|不可以|不行|不支持|不退|不给/u;

/** The last clause of `text` (after the last clause mark that is not its end). */
function lastClause(text: string): string {
  const s = text.replace(/[。！!.～~…\s]+$/u, '');
  const k = Math.max(...[...'，,。！!；;？?…'].map((m) => s.lastIndexOf(m)));
  return s.slice(k + 1);
}
