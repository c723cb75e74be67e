/**
 * resolution's reading of a shrug to a side question: once the customer's own question was answered, a question
 * the customer opens as one on another matter (顺便问下 / 对了 / 哦还有，/ 另外) and a polite "I don't know" to it,
 * taken without a re-ask, leaves the contact's question answered. Two authors label it so (independent-dev2a
 * README, resolution; independent-dev10a README call 9); a shrug to a follow-up about the matter itself — no side
 * opener, or the customer asking again — stays a non-answer (independent-dev9a README, facts).
 */
import { vocabHits, type CompiledRubric, type PreparedTranscript, type PreparedTurn } from '../context.js';
import { customerTurnBefore } from './deflection.js';
import { asksQuestion, withoutFinalParticle } from './non-answer-forms.js';

/**
 * How a customer opens a question on another matter, after the fillers speech recognition writes before it (那个 /
 * 就是 / 嗯 / 哦): 顺便 / 对了 / 另外 / 再问 / 还有个(事) / a 还有 that closes its own clause (哦还有，馆里…). Read on the
 * text as said: a 还有 running on (还有别的办法吗) asks about the matter itself.
 */
const SIDE_OPENER = /^[\s，,、。…~～]*(?:(?:那个|就是|嗯|呃|哦|噢|啊|那|诶|欸)[\s，,、…~～]*){0,3}(?:另外|顺便|对了|再问|还有(?:个|一个|件|一件)|还有[\s，,、])/u;

export const opensSideQuestion = (text: string): boolean => SIDE_OPENER.test(text);

/**
 * A not-knowing in `t` that replies to a side question: the customer's turn before it opens as one, a scenario fact
 * was stated earlier in the contact (the customer's own question was answered), `t` holds no 忌语 (a brush-off —
 * 不知道，你问别人去 — dismisses the customer, which a polite shrug does not: independent-dev8b labels that one a
 * non-answer) and the customer's next turn asks nothing (no re-ask, no push-back: the customer took it; a final 吧 closes 就这样吧).
 */
export function shrugToSideQuestion(p: PreparedTranscript, c: CompiledRubric, t: PreparedTurn, answeringTurns: ReadonlySet<number>): boolean {
  const asked = customerTurnBefore(p, t);
  if (!asked || !opensSideQuestion(asked.turn.text)) return false;
  let answeredBefore = false;
  for (const i of answeringTurns) if (i < asked.index) answeredBefore = true;
  if (!answeredBefore) return false;
  if (vocabHits(c, 'forbidden', t).some((h) => !SHRUG_CATEGORIES.has(h.category))) return false;
  const next = p.customer.find((x) => x.index > t.index);
  // (a final 吧/嘛 closes a leave-taking — 行，就这样吧: with it gone, a turn that still asks re-asks)
  return !next || !asksQuestion(withoutFinalParticle(next.turn.text));
}

/**
 * The forbidden-words categories a polite shrug itself falls under (a topic-scoped 不清楚 read as a refusal or a
 * perfunctory reply): they are the shrug, not a brush-off beside it.
 */
const SHRUG_CATEGORIES: ReadonlySet<string> = new Set(['否定拒绝', '敷衍答复']);
