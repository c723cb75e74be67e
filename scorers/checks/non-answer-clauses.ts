/**
 * Round 19 readings for resolution (checks/resolution.ts), kept apart to keep that file within its size: a not-knowing
 * that modifies a noun, a whole clause of never having come across it, and a customer turn that only answers the agent.
 */
import type { PreparedTranscript, PreparedTurn } from '../context.js';
import { clauseOpensAt } from '../text/view.js';
import { turnAsksQuestion } from './non-answer-forms.js';

/**
 * "不好说的地方我都会跟您讲明白" / "不清楚的问题随时问我": the not-knowing followed by 的 + a noun of what is unclear modifies that
 * noun (the parts that are hard to say) — a relative clause, as the polite 如有不清楚的地方 is, not a reply that cannot
 * answer (round 19).
 */
const MODIFIES_NOUN = /^的(?:地方|问题|部分|内容|事项|环节|条款|细节)/u;
export const modifiesNoun = (norm: string, end: number) => MODIFIES_NOUN.test(norm.slice(end, end + 4));

/**
 * Round 19: "I have never come across it" as a whole clause (没听说过。/ 呃，我也没遇到过。/ 这个我们也没底) — the experiential 过
 * negated on a verb of hearing or meeting, or 没底 (no sure footing) — says the agent does not know, as 不清楚 does; only a
 * clause that is nothing else (a filler or the topic pointed at before it, a particle after), so 没遇到过这么晚还没送到的
 * (a statement about the order) is not one.
 */
const NO_EXPERIENCE = /^(?:呃|嗯|那个|就是|这个|这种事|这事)*(?:我|我们|这边|咱们)?(?:也|还|都|确实|真)?(?:从来|从)?(?:没|没有)(?:听说过|听过|遇到过|碰到过|遇见过|见过|碰上过|接触过|底)(?:呢|啊|哈|呀|的)?$/u;
export function noExperienceClause(t: PreparedTurn): { start: number; end: number } | null {
  const v = t.view;
  if (!v.norm.includes('没')) return null;
  let from = 0;
  for (let k = 1; k <= v.norm.length; k++) {
    if (k === v.norm.length || clauseOpensAt(v, k)) {
      if (NO_EXPERIENCE.test(v.norm.slice(from, k))) return { start: from, end: k };
      from = k;
    }
  }
  return null;
}

/**
 * The customer's turn only answers the agent's own ask (观演人叫什么？— 观演人是程子墨): not a question, not the opening
 * turn, right after an agent turn that asks. A fact's cue named there names the record, it does not ask for the fact —
 * what was never asked and never said is fact-accuracy's (docs/scoring.md, holdout12 and dev15 notes; round 19). The
 * opening request still counts: older sets fail resolution on a fact its topic names and no one stated.
 */
export const answersTheAgent = (p: PreparedTranscript, t: PreparedTurn) => {
  if (turnAsksQuestion(t) || t === p.customer[0]) return false;
  // (the turn before it by index: no scan of the dialogue)
  let prev = p.turns[t.index - 1];
  for (let i = t.index - 2; prev && prev.turn.speaker !== 'agent' && prev.turn.speaker !== 'customer' && i >= 0; i--) prev = p.turns[i];
  return prev !== undefined && prev.turn.speaker === 'agent' && turnAsksQuestion(prev);
};

