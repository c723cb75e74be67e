/**
 * 专业性 (D.1.2) resolution: the customer's question(s) got an answer.
 *
 * Two ways to fail, whatever the scenario:
 *  - a non-answer: the agent replies to a customer question with "I don't know / can't tell you"
 *    (不太清楚, 没办法给您准确答复, 暂时答复不了, 查不到相关规定 …) and does not go and find out
 *    (a look-up announced right after it, 我帮您查一下, remedies it);
 *  - with scenario facts: not one of them was addressed (stated right or wrong) — the customer's
 *    question went unanswered.
 * A fact left out while others were answered, or a wrong value, is fact-accuracy's and
 * no-misinformation's business: counting it here too would punish one slip two or three times.
 * Without facts: the contact completed and the agent answered after the customer spoke.
 */
import { compileRubric, evidenceOf, finding, memoGet, memoSet, MISS, noAgent, prepare, vocabHits, type PreparedTranscript, type PreparedTurn } from '../context.js';
import type { Interaction } from '../../harness/interaction/types.js';
import type { Rubric } from '../rubric/schema.js';
import type { Finding, MatchKind, Scorer, ScoringScenario } from '../scorer.js';
import { coveredBy, crossesBreak } from '../text/fuzzy.js';
import { quoteOf } from '../text/view.js';
import { heardText } from '../text/patterns.js';
import { answersTheAgent, emptyLookupClause, modifiesNoun, noExperienceClause, pendingNothing } from './non-answer-clauses.js';
import type { CompiledRubric } from '../context.js';
import { evaluateFacts, type FactResult } from './facts.js';
import { answeredWithUnlistedValue } from './unlisted-value.js';
import { mentionsCue } from './fact-cues.js';
import { ANSWER_AFTER, NON_ANSWER, NON_ANSWER_HEARD, saysNonAnswer, NOT_AN_ANSWER_AFTER, NOT_KNOWING_CLOSING, turnAsksQuestion } from './non-answer-forms.js';
import { DEFLECTION_CATEGORY, answeredBeforeDismissal, customerTurnBefore, deflectsTheQuestion } from './deflection.js';
import { bubbleBefore } from '../message.js';
import { EVASIVE_CATEGORY, stanceNonAnswer } from './stance-non-answer.js';
import { followsUp, lookupIn, typicalAnswerAfter } from './non-answer-remedies.js';
import { shrugToIncidentalQuestion, shrugToSideQuestion } from './side-question.js';
import { receiptForAnswer } from './receipt-reply.js';
import { madeGoodLater } from './non-answer-repairs.js';
import { answeredAfterReaction } from './answer-after-reaction.js';
import { referralForAnswer } from './referral-non-answer.js';
import { BY_THE_WAY, gaveUpOn, resignedOnly } from './gave-up.js';

const F = 'professionalism' as const;
const NO_AGENT = '全程没有人工坐席发言，无法评价';

/**
 * "Shouting won't solve it either" (嚷嚷也解决不了): a dismissal (forbidden-words' business), not a non-answer. Not
 * before a not-knowing (我们物业也不了解情况 / 客服这边也不清楚): what 也 joins there is who does not know, never an
 * action that would not help.
 */
const DISMISSAL_BEFORE = /(?<!我|我们|这边|这里)也$/u;
const NOT_KNOWING = /^不(?:太|是很|是特别|大|怎么)?(?:清楚|了解|确定|知道|明白|懂|掌握)/u;
/**
 * "这都搞不明白" / "连这个都不知道": the "even this" construction (这/这点/连X + 都) with no one between who does not know
 * puts the not-knowing on the customer — a rebuke (指责客户, forbidden-words' business), not the agent's non-answer;
 * 这个我都不知道 has the agent between and stays one; the customer named between (这么简单的道理你都搞不清楚, round 13) is the
 * rebuke, and so is the customer named as the one who does not know (您自己都搞不清楚还来问我, round 15).
 */
const REBUKE_BEFORE = /(?:这|这个|这点|这些|这么简单的?|这么简单的\p{Script=Han}{1,3}?|这种事|连[^我]{1,6}?|(?:你|您)自己)(?:你|您)?都(?:还|搞|弄|听|看|想|说|闹|整)?$/u;
const rebukeBefore = (norm: string, at: number) => {
  const before = norm.slice(Math.max(0, at - 12), at);
  return REBUKE_BEFORE.test(before) && !before.includes('我');
};
/**
 * "网站写得让人看不明白" / "规则叫人搞不清楚": the not-knowing as what something does to someone (让/叫/使/令 + who + the
 * verb it comes with) describes that thing — often the agent taking up the customer's complaint — and is no agent
 * who cannot answer.
 */
const CAUSATIVE_BEFORE = /(?:让|叫|使|令)(?:人|您|你|大家|用户|客户)(?:看|听|搞|弄|想|摸)?$/u;
/**
 * "您来不来我也管不着": the customer's own choice put as an A-not-A right before the "not my business" hands the choice
 * back — the indifference 忌语 (冷漠敷衍, forbidden-words' business, as 来不来你自己定), not a question left unanswered.
 */
const INDIFFERENT_BEFORE = /(?:您|你)们?(\p{Script=Han})不\1$/u;
const dismissedBefore = (norm: string, at: number) =>
  (DISMISSAL_BEFORE.test(norm.slice(0, at)) && !NOT_KNOWING.test(norm.slice(at))) || rebukeBefore(norm, at) || CAUSATIVE_BEFORE.test(norm.slice(Math.max(0, at - 6), at)) || INDIFFERENT_BEFORE.test(norm.slice(Math.max(0, at - 6), at));

type NonAnswerMatch = { quote: string; at: number; kind: MatchKind; deflection: boolean; stance?: boolean; referral?: boolean } | null;

/** Memo keys per compiled rubric (the result depends on the rubric's exceptions and vocabulary). */
const memoKeys = new WeakMap<CompiledRubric, { typed: object; heard: object }>();

/** The first non-answer in a turn, memoised on its view (scripted lines repeat across contacts) and its channel. */
function nonAnswerIn(t: PreparedTurn, c: CompiledRubric, typed: boolean): NonAnswerMatch {
  let keys = memoKeys.get(c);
  if (!keys) memoKeys.set(c, (keys = { typed: {}, heard: {} }));
  const key = typed ? keys.typed : keys.heard;
  const hit = memoGet<NonAnswerMatch>(t, key);
  return hit !== MISS ? hit : memoSet(t, key, scanNonAnswer(t, c, typed));
}

/** Constructions, then the rubric's `unresolved` phrases; polite look-alikes (如有不清楚的地方请随时联系我们, 不知道您方便吗) are the rubric's exceptions. */
function scanNonAnswer(t: PreparedTurn, c: CompiledRubric, typed: boolean): NonAnswerMatch {
  const norm = t.view.norm;
  let heard: string | null = null;
  for (let i = 0; i < NON_ANSWER.length; i++) {
    // in speech a form not found as written is read as heard (round 22: 不了姐 is 不了解 misrecognised)
    const m = NON_ANSWER[i]!.exec(norm) ?? (typed ? null : NON_ANSWER_HEARD[i]!.exec((heard ??= heardText(norm))));
    if (!m) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    // a construction is one clause: 说。不好… is two
    if (crossesBreak(t.view, span.start, span.end) || indirectQuestion(t, span.start)) continue;
    if (dismissedBefore(norm, span.start) || modifiesNoun(norm, span.end)) continue;
    if (coveredBy(t.view, span, c.vocab.forbiddenExceptions)) continue;
    return { quote: quoteOf(t.view, span.start, span.end), at: span.start, kind: 'pattern', deflection: false };
  }
  const closing = notKnowingClosingItsClause(t);
  if (closing && !indirectQuestion(t, closing.start) && !dismissedBefore(norm, closing.start) && !coveredBy(t.view, closing, c.vocab.forbiddenExceptions)) {
    return { quote: quoteOf(t.view, closing.start, closing.end), at: closing.start, kind: 'pattern', deflection: false };
  }
  const inexperienced = noExperienceClause(t) ?? emptyLookupClause(t);
  if (inexperienced && !coveredBy(t.view, inexperienced, c.vocab.forbiddenExceptions)) {
    return { quote: quoteOf(t.view, inexperienced.start, inexperienced.end), at: inexperienced.start, kind: 'pattern', deflection: false };
  }
  // (the 敷衍 reply is read only where it stands for the answer: stance-non-answer.ts)
  const v = vocabHits(c, 'unresolved', t).find((h) => h.category !== EVASIVE_CATEGORY);
  if (v && !indirectQuestion(t, v.start) && !dismissedBefore(norm, v.start) && !modifiesNoun(norm, v.end) && !coveredBy(t.view, v, c.vocab.forbiddenExceptions)) {
    return { quote: v.quote, at: v.start, kind: v.level === 'exact' ? 'exact' : v.level === 'homophone' ? 'pinyin' : 'fuzzy', deflection: v.category === DEFLECTION_CATEGORY };
  }
  return null;
}

/** The first not-knowing that ends its clause (NOT_KNOWING_CLOSING), as a span of the normalised text. */
function notKnowingClosingItsClause(t: PreparedTurn): { start: number; end: number } | null {
  const norm = t.view.norm;
  NOT_KNOWING_CLOSING.lastIndex = 0;
  for (let m = NOT_KNOWING_CLOSING.exec(norm); m; m = NOT_KNOWING_CLOSING.exec(norm)) {
    const end = m.index + m[0].length;
    if (end === norm.length || t.view.breakBefore[end] || pauseAfter(t, end)) return { start: m.index, end };
  }
  return null;
}

/**
 * "我也不太确定 您可以再问问": a speech transcript marks the pause that ends a clause with a space, not a comma — the
 * not-knowing closes its clause there as at punctuation (the indirect question 不知道 您方便吗 stays the rubric's
 * exception, which reads the text without spaces).
 */
function pauseAfter(t: PreparedTurn, end: number): boolean {
  const o = t.view.from[end - 1];
  return o !== undefined && PAUSE.test(t.view.original.charAt(o + 1));
}
const PAUSE = /\s/u;

/**
 * "不知道具体是哪一步卡住了？": a clause that opens with the not-knowing (no one before it who does not know: 我不知道…)
 * and ends on a question mark asks the customer — an indirect question, not a reply that cannot answer.
 */
function indirectQuestion(t: PreparedTurn, at: number): boolean {
  const v = t.view;
  const text = v.original;
  const o = v.from[at];
  if (o === undefined) return false;
  let a = o;
  while (a > 0 && !CLAUSE_MARK.test(text[a - 1]!)) a--;
  let b = o;
  while (b < text.length && !CLAUSE_MARK.test(text[b]!)) b++;
  return (text[b] === '？' || text[b] === '?') && QUESTION_OPENING.test(text.slice(a, o).trim());
}
const CLAUSE_MARK = /[，,。.！!？?；;\n]/u;
/** What may stand before the not-knowing in an indirect question (那, 请问, 也): no one who does not know. */
const QUESTION_OPENING = /^(?:那|请问|也|就是|嗯|那么)?$/u;


/**
 * The customer asked something before `t` (a request such as 帮我挂失 is not a question). Not only
 * the latest customer turn: the main question often comes first, then the agent's own questions
 * (目的地是？— 泰国。) and only then the non-answer.
 */
function repliesToQuestion(p: PreparedTranscript, t: PreparedTurn): boolean {
  for (const x of p.customer) {
    if (x.index > t.index) break;
    if (turnAsksQuestion(x)) return true;
  }
  return false;
}

interface NonAnswer {
  turn: PreparedTurn;
  quote: string;
  kind: MatchKind;
  /** A stance 忌语 standing for the answer (stance-non-answer.ts), not an "I cannot answer". */
  stance?: boolean;
  /** A bare referral for the answer (referral-non-answer.ts): forbidden-words counts it as 推诿 already. */
  referral?: boolean;
}

/** A stance 忌语 in place of the answer (see stanceNonAnswer), as a non-answer match. */
function stanceMatch(p: PreparedTranscript, c: CompiledRubric, t: PreparedTurn, answeringTurns: ReadonlySet<number>, instead: ReadonlySet<string>): (NonAnswerMatch & { stance: true }) | null {
  const h = stanceNonAnswer(p, c, t, answeringTurns, instead);
  return h ? { quote: h.quote, at: h.start, kind: h.level === 'exact' ? 'exact' : h.level === 'homophone' ? 'pinyin' : 'fuzzy', deflection: false, stance: true } : null;
}

/** A receipt token alone for the answer (哦。/ 知道了 — receipt-reply.ts), as a non-answer match. */
function receiptMatch(p: PreparedTranscript, c: CompiledRubric, t: PreparedTurn, answeringTurns: ReadonlySet<number>): (NonAnswerMatch & { stance: true }) | null {
  const quote = receiptForAnswer(p, c, t, answeringTurns);
  return quote ? { quote, at: 0, kind: 'pattern', deflection: false, stance: true } : null;
}

/** A bare referral for the answer to the customer's follow-up question (referral-non-answer.ts), as a deflection. */
function referralMatch(p: PreparedTranscript, c: CompiledRubric, t: PreparedTurn, answeringTurns: ReadonlySet<number>): NonAnswerMatch {
  const quote = referralForAnswer(p, c, t, answeringTurns);
  return quote ? { quote, at: Math.max(0, t.view.norm.length - quote.length), kind: 'pattern', deflection: true, referral: true } : null;
}

/**
 * Agent non-answers to a customer question (see repliesToQuestion), except those followed by a
 * look-up — later in the same turn or in the agent's next turn before the customer speaks again —
 * and those in a turn that states a scenario fact (具体原因我不清楚，手续费是20元: answered).
 */
function nonAnswers(p: PreparedTranscript, c: CompiledRubric, answeringTurns: ReadonlySet<number>, instead: ReadonlySet<string>, facts: readonly FactResult[], typed: boolean): NonAnswer[] {
  const firstCustomer = p.customer[0];
  if (!firstCustomer) return [];
  const out: NonAnswer[] = [];
  for (let i = 0; i < p.dialogue.length; i++) {
    const t = p.dialogue[i]!;
    // (round 23: a bubble of a chat message that stated a fact in an earlier bubble is that answering turn's — message.ts bubbleBefore;
    // a non-answer sent before the fact's bubble stays one: independent-dev labels it so, dev-telecom-026)
    if (t.turn.speaker !== 'agent' || t.index < firstCustomer.index || answeringTurns.has(t.index) || bubbleBefore(p.dialogue, i, (b) => answeringTurns.has(b.index))) continue;
    const said = nonAnswerIn(t, c, typed);
    // (a deflection judges the rest of its turn itself, the pointer elsewhere — 你再打一遍总机吧 — not taken for an answer)
    const standsForAnswer =
      said !== null && (said.deflection ? deflectsTheQuestion(p, c, t, said.at + said.quote.length, answeringTurns) : repliesToQuestion(p, t) && !pendingNothing(p, c, t) && !dismissalThenAnswer(c, t, said.at, said.at + said.quote.length));
    // an "I cannot answer" that does not stand for the answer may sit beside a stance reply that does (我管不了 after a report)
    const found = standsForAnswer ? said : (stanceMatch(p, c, t, answeringTurns, instead) ?? receiptMatch(p, c, t, answeringTurns) ?? referralMatch(p, c, t, answeringTurns));
    // the customer gave up on the reply (好吧，那算了): unanswered, side question or not (gave-up.ts)
    const gaveUp = gaveUpOn(p, c, t, i, said !== null);
    const m: NonAnswerMatch = found ?? (gaveUp ? { quote: gaveUp, at: 0, kind: 'pattern', deflection: false } : null);
    if (!m) continue;
    if ((!gaveUp || BY_THE_WAY.test(p.dialogue[i - 1]?.turn.text ?? '')) && !m.stance && !m.deflection && shrugToSideQuestion(p, c, t, answeringTurns)) continue;
    // (round 24: a resigned 好吧 alone does not take an incidental question out of the side-question convention; gave-up.ts)
    if ((!gaveUp || resignedOnly(p, i)) && !m.stance && shrugToIncidentalQuestion(p, c, t, facts, m.deflection)) continue;
    const lookupHere = lookupIn(c, t);
    const next = p.dialogue[i + 1];
    const lookupNext = next?.turn.speaker === 'agent' && lookupIn(c, next);
    const rest = t.view.norm.slice(m.at);
    if (typicalAnswerAfter(t, m.at + m.quote.length, NEAR)) continue;
    if (!m.stance && answeredBeforeDismissal(c, t, m.at, m.at + m.quote.length, NEAR)) continue;
    if ((lookupHere && lookupHere.start > m.at) || lookupNext || followsUp(rest)) continue;
    if (madeGoodLater(p, t, i) || answeredAfterReaction(p, t, i)) continue;
    out.push({ turn: t, quote: m.quote, kind: m.kind, stance: m.stance, referral: m.referral });
  }
  return out;
}

/**
 * "这种事你问我我也不知道啊。需要换配件的话师傅会…": the "I don't know" comes with a 忌语 (forbidden-words'
 * business: one within NEAR characters, on a transcript without punctuation too) and the turn goes on
 * to answer — at least ANSWER_AFTER characters after the 忌语's clause, with no other 忌语 or
 * non-answer in them.
 */
function dismissalThenAnswer(c: CompiledRubric, t: PreparedTurn, start: number, end: number): boolean {
  const v = t.view;
  const hit = vocabHits(c, 'forbidden', t).find((h) => h.start < end + NEAR && start < h.end + NEAR);
  if (!hit) return false;
  let after = Math.max(hit.end, end);
  // to the end of the clause, unless the transcript lost its punctuation (then the 忌语 itself ends it)
  let k = after;
  while (k < v.norm.length && k - after <= NEAR && !v.breakBefore[k]) k++;
  if (k < v.norm.length && v.breakBefore[k]) after = k;
  const rest = v.norm.slice(after);
  if (rest.length < ANSWER_AFTER || NOT_AN_ANSWER_AFTER.test(rest)) return false;
  if (vocabHits(c, 'forbidden', t).some((h) => h.start >= after)) return false;
  // (nor an "I cannot answer" of the rubric's after it: 这点事你都搞不清楚？这块我回答不上来 — round 17)
  if (vocabHits(c, 'unresolved', t).some((h) => h.start >= after)) return false;
  return !saysNonAnswer(rest);
}

/** How near (characters) a 忌语 must be to the non-answer to be the same dismissal. */
const NEAR = 12;

/** The rubric's `rudeInsteadOfAnswer` categories as a set, once per rubric. */
const insteadSets = new WeakMap<Rubric, ReadonlySet<string>>();
function insteadOfAnswer(rubric: Rubric): ReadonlySet<string> {
  let s = insteadSets.get(rubric);
  if (!s) insteadSets.set(rubric, (s = new Set(rubric.vocabularies.rudeInsteadOfAnswer ?? [])));
  return s;
}

function withConfidence(f: Finding, confidence: number, matchKind: MatchKind): Finding {
  f.confidence = confidence;
  f.matchKind = matchKind;
  return f;
}

/**
 * Turns that state a scenario fact, except a self-correction of one given earlier (这个我不清楚。刚才口误了，应该是15天
 * restates the old answer; it does not answer what the customer has just asked) and a repeat of a value already given.
 */
function answeringTurnsOf(p: PreparedTranscript, facts: ReturnType<typeof evaluateFacts>): Set<number> {
  const turns = new Set<number>();
  for (const r of facts) {
    for (const s of r.statements) {
      if (s.corrects && r.statements.some((o) => o.turn.index < s.turn.index)) continue;
      // the same value said again because the customer asked to hear it again (能再说一次吗 — 我再说一遍，年卡198元)
      // repeats the old answer; it answers no question asked since. Said again to a new question (那就等着是吧 — …一般当天
      // 出来) it answers that one.
      if (repeatAsked(p, s.turn) && r.statements.some((o) => o.turn.index < s.turn.index && o.value === s.value && o.kind === s.kind)) continue;
      turns.add(s.turn.index);
    }
  }
  return turns;
}

/** The customer's turn before `t` asks to hear the last answer again (没听清 / 能再说一次吗 / 刚才走神了 / 重复一下). */
function repeatAsked(p: PreparedTranscript, t: PreparedTurn): boolean {
  const asked = customerTurnBefore(p, t);
  return asked !== null && REPEAT_REQUEST.test(asked.view.norm);
}
const REPEAT_REQUEST = /再(?:说|讲|重复|念|报)(?:1|一)?(?:遍|次|下)|重复(?:1|一)?(?:遍|下)|没听清|没听到|没听见|走神/u;

/** What a bare non-answer may say besides it: the topic pointed at, who does not know, a final particle. */
const TOPIC_WORDS = /这个|这块|这种|那个|我们|我|这边|暂时|目前|现在|也|的|哈|呢|啊|呀|嗯/gu;

/** Anything in the turn that softens a refusal: the respectful 您, an apology, a 请. */
const SOFTENED = /您|抱歉|不好意思|对不起|歉意|请/u;

/**
 * The non-answers (as resolution counts them: to a question, not remedied by a look-up, referral or
 * timed follow-up) given bare: the whole turn (这个我不清楚。/ 不好说), no 您, apology or 请 in it.
 * The published 服务忌语 lists name exactly these (我不知道 / 我不清楚 [S15, S19, S20]); forbidden-words
 * counts them when the rubric sets `bareNonAnswerCategory`.
 */
export function bareNonAnswers(interaction: Interaction, scenario: ScoringScenario, rubric: Rubric): { turn: PreparedTurn; quote: string; kind: MatchKind }[] {
  const p = prepare(interaction);
  if (noAgent(p)) return [];
  const c = compileRubric(rubric);
  const facts = evaluateFacts(interaction, scenario, rubric);
  return nonAnswers(p, c, answeringTurnsOf(p, facts), insteadOfAnswer(rubric), facts, interaction.channel === 'webchat').filter((x) => {
    if (x.stance || x.referral) return false;
    const norm = x.turn.view.norm;
    return !SOFTENED.test(norm) && norm.replace(x.quote, '').replace(TOPIC_WORDS, '').length <= 2;
  });
}

export const resolution: Scorer = (interaction, scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'resolution', 'na', NO_AGENT)];
  const c = compileRubric(rubric);
  const facts = evaluateFacts(interaction, scenario, rubric);
  const giveUps = nonAnswers(p, c, answeringTurnsOf(p, facts), insteadOfAnswer(rubric), facts, interaction.channel === 'webchat');
  if (giveUps.length) {
    const first = giveUps[0]!;
    return [
      withConfidence(
        finding(F, 'resolution', false, `坐席未能解答客户问题："${first.quote}"`, giveUps.map((x) => evidenceOf(x.turn, x.quote)), { details: { nonAnswers: giveUps.length } }),
        first.kind === 'exact' ? 0.9 : first.kind === 'pattern' ? 0.85 : 0.7,
        first.kind,
      ),
    ];
  }
  if (facts.length) {
    const answered = facts.filter((r) => r.final !== null);
    const evidence = answered.map((r) => evidenceOf(r.final!.turn, r.final!.match.quote));
    const details = { answered: answered.length, facts: facts.length, missing: facts.filter((r) => r.final === null).map((r) => r.fact.key) };
    // a fact the customer asked about (named one of its cues) and never got: the question went unanswered
    const unlisted = new Set(facts.filter((r) => r.final === null && answeredWithUnlistedValue(p, r)));
    const unanswered = facts.filter((r) => r.final === null && !unlisted.has(r) && p.customer.some((t) => mentionsCue(t, r.fact, c) && !answersTheAgent(p, t)));
    if (unanswered.length) {
      const labels = unanswered.map((r) => r.fact.label ?? r.fact.key).join('、');
      return [
        withConfidence(
          finding(F, 'resolution', false, `客户问到的${labels}没有得到答复（${answered.length}/${facts.length}项要点已告知）`, evidence, { score: answered.length / facts.length, details }),
          0.75,
          'absence',
        ),
      ];
    }
    if (answered.length > 0 || unlisted.size > 0) {
      const others = facts.length - answered.length - unlisted.size;
      const rest = (unlisted.size ? `，${unlisted.size}项答复的数值不是设定值（见"业务信息准确"）` : '') + (others > 0 ? `，另有${others}项未告知（见"业务信息准确"）` : '');
      return [
        withConfidence(
          finding(F, 'resolution', true, `客户的问题已答复：${answered.length}/${facts.length}项要点已告知${rest}`, evidence, { score: 1, details }),
          0.9,
          'pattern',
        ),
      ];
    }
    if (p.customer.length) {
      const labels = facts.map((r) => r.fact.label ?? r.fact.key).join('、');
      // nothing found may also be wording no value form knows: less sure on a noisy ASR transcript
      return [withConfidence(finding(F, 'resolution', false, `客户的问题未得到答复：${labels}均未告知`, [], { score: 0, details }), 0.75, 'absence')];
    }
  }
  const firstCustomer = p.customer[0];
  const answers = p.agent.filter((t) => !firstCustomer || t.index > firstCustomer.index);
  if (interaction.outcome !== 'completed' || !answers.length) {
    return [finding(F, 'resolution', false, `联络未正常完成（${interaction.outcome}），客户问题未得到答复`, p.agent.slice(-1).map((t) => evidenceOf(t)))];
  }
  return [
    withConfidence(
      finding(F, 'resolution', true, '联络正常完成，坐席答复了客户的问题（本场景未设定要点，未逐项核对）', [evidenceOf(answers[answers.length - 1]!)]),
      0.8,
      'absence',
    ),
  ];
};
