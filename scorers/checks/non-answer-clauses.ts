/**
 * Round 19 readings for resolution (checks/resolution.ts), kept apart to keep that file within its size: a not-knowing
 * that modifies a noun, a whole clause of never having come across it, and a customer turn that only answers the agent.
 */
import type { CompiledRubric, PreparedTranscript, PreparedTurn } from '../context.js';
import { lookupIn } from './non-answer-remedies.js';
import { clauseOpensAt } from '../text/view.js';
import { ANSWER_AFTER, saysNonAnswer, turnAsksQuestion } from './non-answer-forms.js';

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
 * Round 21: the look-up that came up empty, as a whole clause pointing at the thing asked (系统里查不到这个 / 后台看不到这一项 /
 * 我这儿没这个资料): a look-up verb + 不到, or 没(有), before a demonstrative (这个 / 这一项 / 这部分, a record noun after it or
 * not) that ends the clause — where the record or source to look in may open the clause. The demonstrative must close it:
 * 查不到这个订单的物流 / 看不到这个月的账单 name a record of the customer's, a finding, not the answer withheld. The
 * numeral reader has already turned 这一项 into 这1项, so the class takes both.
 */
const EMPTY_LOOKUP = /^(?:呃|嗯|那个|就是|不好意思|抱歉)*\p{Script=Han}{0,8}?(?:(?:查|看|调|找|搜)不到|(?:没|没有)(?=这(?:个|[一1]?项|部分|块|方面的?)(?:的)?(?:信息|内容|资料|记录|数据)))这(?:个|[一1]?项|部分|块|方面的?)(?:的)?(?:信息|内容|资料|记录|数据)?(?:哦|啊|呢|哈|呀|哎)?$/u;
export function emptyLookupClause(t: PreparedTurn): { start: number; end: number } | null {
  const v = t.view;
  if (!v.norm.includes('这')) return null;
  let from = 0;
  for (let k = 1; k <= v.norm.length; k++) {
    if (k === v.norm.length || clauseOpensAt(v, k)) {
      if (EMPTY_LOOKUP.test(v.norm.slice(from, k))) return { start: from, end: k };
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


/**
 * Round 21: the customer's turn right before the agent's reply only takes an answer given (好的，我记着呢 / 那我心里有数了 /
 * 行，明白了) — the agent turn it took said ANSWER_AFTER characters or more with no non-answer in them —, so no question is
 * pending: a non-answer said next replies to nothing asked (the 忌语 checks' business), not to the earlier question that
 * answer closed. A receipt of a wait or a look-up announced (稍等，我查一下 — 知道啦) takes no answer: the question stays open.
 */
const TOOK_IT = /^(?:嗯|哦|噢|呃|啊|那|好|好的|行|对|就是)*(?:我)?(?:(?:都)?记(?:着|住|下)(?:了|呢|啦)?|心里有数(?:了|啦)?|明白(?:了|啦)?|知道(?:了|啦)|了解(?:了|啦)?|清楚(?:了|啦)|懂(?:了|啦))(?:嗯|哦|啊|了|呢|哈)*$/u;
export function pendingNothing(p: PreparedTranscript, c: CompiledRubric, t: PreparedTurn): boolean {
  const d = p.dialogue;
  const k = d.indexOf(t);
  const took = d[k - 1];
  if (!took || took.turn.speaker !== 'customer' || !TOOK_IT.test(took.view.norm)) return false;
  const said = d[k - 2];
  return !!said && said.turn.speaker === 'agent' && said.view.norm.length >= ANSWER_AFTER && !saysNonAnswer(said.view.norm) && !lookupIn(c, said);
}
