/**
 * 专业性 (D.1.2): politeness, empathy, resolution. (interruption and speech-rate: speech.ts;
 * dead-air: silence-checks.ts.)
 */
import {
  absenceConfidence,
  compileRubric,
  evidenceOf,
  findVocab,
  finding,
  matchConfidence,
  noAgent,
  prepare,
  secs,
  type CompiledRubric,
  type PreparedTurn,
  type VocabMatch,
  vocabHits,
} from '../context.js';
import type { Evidence, Scorer } from '../scorer.js';
import { evaluateFacts } from './facts.js';

const F = 'professionalism' as const;
const NO_AGENT = '全程没有人工坐席发言，无法评价';

/** Share of (non-trivial) agent turns with a politeness marker, and no impolite phrase at all. */
export const politeness: Scorer = (interaction, _scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'politeness', 'na', NO_AGENT, [], { confidence: 1 })];
  const c = compileRubric(rubric);
  const judged = p.agent.filter((t) => t.view.norm.length >= rubric.thresholds.politenessMinChars);
  const rude = p.agent.map((t) => ({ t, m: rudeIn(c, rubric.vocabularies.impoliteCategories, t) })).filter((x) => x.m);
  const polite = judged.filter((t) => findVocab(c, 'politeness', t));
  const ratio = judged.length ? polite.length / judged.length : 1;
  const need = rubric.thresholds.politenessRatio;
  const pct = `${Math.round(ratio * 100)}%`;
  const details = { ratio, judged: judged.length, polite: polite.length, impolite: rude.length };
  if (rude.length) {
    const surest = rude.map((x) => matchConfidence(x.m!, x.t)).sort((a, b) => b.confidence - a.confidence)[0]!;
    return [
      finding(F, 'politeness', false, `坐席出现不礼貌用语：${rude.map((x) => `"${x.m!.quote}"`).join('、')}；礼貌用语覆盖率${pct}`, rude.map((x) => evidenceOf(x.t, x.m!.quote)), {
        score: 0,
        details,
        ...surest,
      }),
    ];
  }
  // a ratio far from the line is a sure judgement; one at the line turns on a single turn
  const margin = Math.min(1, Math.abs(ratio - need) / 0.25);
  const byRatio = { confidence: Math.round((0.6 + 0.3 * margin) * absenceConfidence(judged).confidence / 0.9 * 100) / 100, matchKind: 'pattern' as const };
  if (ratio >= need) {
    return [finding(F, 'politeness', true, `${judged.length}句坐席发言中${polite.length}句使用了礼貌用语（${pct}，要求≥${Math.round(need * 100)}%）`, [], { score: 1, details, ...byRatio })];
  }
  return [
    finding(F, 'politeness', false, `礼貌用语覆盖率仅${pct}（${polite.length}/${judged.length}，要求≥${Math.round(need * 100)}%）`, withoutPoliteness(judged, polite).slice(0, 5).map((t) => evidenceOf(t)), {
      score: need > 0 ? ratio / need : 1,
      details,
      ...byRatio,
    }),
  ];
};

/** An impolite phrase, or a forbidden word of a rude category (指责客户, 辱骂 …), in one turn. */
function rudeIn(c: CompiledRubric, rudeCategories: readonly string[], t: PreparedTurn): VocabMatch | null {
  const m = findVocab(c, 'impolite', t);
  if (m || !rudeCategories.length) return m;
  // a harsh 忌语 still said with 您 keeps the courteous register (是您自己没注意 is dismissive, not
  // rude); without the honorific (是你自己搞错了, 吵有什么用) it is rude
  return vocabHits(c, 'forbidden', t).find((h) => rudeCategories.includes(h.category) && !h.quote.includes('您')) ?? null;
}

/** Judged turns without a politeness marker (only needed for a failing finding's evidence). */
function withoutPoliteness(judged: PreparedTurn[], polite: PreparedTurn[]): PreparedTurn[] {
  const set = new Set(polite);
  return judged.filter((t) => !set.has(t));
}

/** How many agent turns after the first complaint may carry the apology/acknowledgement. */
const EMPATHY_TURNS = 2;

/**
 * Whenever the customer complains (complaint vocabulary, in any scenario) the agent must apologise
 * or acknowledge in one of its next two turns. `requires.empathy` makes the check apply even when
 * no complaint is recognised (the scenario is a complaint): then any agent turn after the
 * customer's first turn may carry it.
 */
export const empathy: Scorer = (interaction, scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'empathy', 'na', NO_AGENT, [], { confidence: 1 })];
  const c = compileRubric(rubric);
  const complaint = firstComplaint(c, p.customer);
  if (!complaint) {
    if (!scenario.requires?.empathy) {
      return [finding(F, 'empathy', 'na', '客户没有投诉或表达不满，不适用', [], absenceConfidence(p.customer))];
    }
    const firstCustomer = p.customer[0];
    const after = p.agent.filter((t) => !firstCustomer || t.index > firstCustomer.index);
    for (const t of after) {
      const m = findVocab(c, 'empathy', t);
      if (m) return [finding(F, 'empathy', true, `坐席对客户的不满表示了理解/歉意："${m.quote}"`, [evidenceOf(t, m.quote)], matchConfidence(m, t))];
    }
    return [finding(F, 'empathy', false, '本场景为投诉场景，坐席没有任何安抚或致歉（如"非常抱歉给您带来不便"）', p.customer.slice(0, 2).map((t) => evidenceOf(t)), absenceConfidence(after))];
  }
  const { t: said, m: cm } = complaint;
  const complaintEvidence = evidenceOf(said, cm.quote);
  const next = p.agent.filter((t) => t.index > said.index).slice(0, EMPATHY_TURNS);
  const details = { complaint: cm.quote, complaintKind: cm.category };
  if (!next.length) {
    return [finding(F, 'empathy', 'na', `客户表达不满（"${cm.quote}"）后坐席没有再发言，无法评价`, [complaintEvidence], { details, confidence: 0.7, matchKind: 'absence' })];
  }
  for (const t of next) {
    const m = findVocab(c, 'empathy', t);
    if (m) {
      const conf = matchConfidence(m, t);
      return [
        finding(F, 'empathy', true, `客户表达不满（"${cm.quote}"），坐席随即表示了理解/歉意："${m.quote}"`, [complaintEvidence, evidenceOf(t, m.quote)], {
          details,
          ...conf,
          confidence: Math.min(conf.confidence, matchConfidence(cm, said).confidence),
        }),
      ];
    }
  }
  const absent = absenceConfidence(next);
  return [
    finding(F, 'empathy', false, `客户表达不满（"${cm.quote}"），坐席随后${next.length}句都没有安抚或致歉（如"非常抱歉给您带来不便"）`, [complaintEvidence, ...next.map((t) => evidenceOf(t))], {
      details,
      matchKind: absent.matchKind,
      confidence: Math.min(absent.confidence, matchConfidence(cm, said).confidence),
    }),
  ];
};

/** The customer's first complaint (complaint vocabulary, exceptions such as 不用投诉 removed). */
function firstComplaint(c: CompiledRubric, customer: readonly PreparedTurn[]): { t: PreparedTurn; m: VocabMatch } | null {
  for (const t of customer) {
    const m = findVocab(c, 'complaint', t);
    if (m) return { t, m };
  }
  return null;
}

/**
 * With facts: resolved when the agent answered every point the customer raised, i.e. stated each
 * scenario fact (partial credit per fact). Whether the answer was right is fact-accuracy's and
 * no-misinformation's business — counting it here too would punish one wrong value three times.
 * Without facts: the agent answered the customer with something other than "I don't know".
 */
export const resolution: Scorer = (interaction, scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'resolution', 'na', NO_AGENT, [], { confidence: 1 })];
  const c = compileRubric(rubric);
  const facts = evaluateFacts(interaction, scenario, rubric);
  if (facts.length) {
    const answered = facts.filter((r) => r.final !== null);
    const missing = facts.filter((r) => r.final === null).map((r) => r.fact.label ?? r.fact.key);
    const evidence = answered.map((r) => evidenceOf(r.final!.turn, r.final!.match.quote));
    // each answered fact is as sure as its match; a missing one as sure as the transcript is clean
    const confs = answered.map((r) => matchConfidence(r.final!.match, r.final!.turn).confidence);
    if (answered.length === facts.length) {
      return [finding(F, 'resolution', true, `客户的问题均已答复：${facts.length}项要点都已告知（是否准确见"业务信息准确"）`, evidence, { score: 1, confidence: Math.min(...confs), matchKind: 'pattern' })];
    }
    return [
      finding(F, 'resolution', false, `客户的问题未完全答复：${missing.join('、')}未告知（${answered.length}/${facts.length}）`, evidence, {
        score: answered.length / facts.length,
        ...absenceConfidence(p.agent),
      }),
    ];
  }
  const firstCustomer = p.customer[0];
  const answers = p.agent.filter((t) => !firstCustomer || t.index > firstCustomer.index);
  // the "I don't know" vocabulary's exceptions (不知道您…) are the forbidden words' look-alikes
  const giveUp = p.agent.map((t) => ({ t, m: findVocab(c, 'unresolved', t) })).filter((x) => x.m);
  if (giveUp.length) {
    return [finding(F, 'resolution', false, `坐席未能解答客户问题："${giveUp[0]!.m!.quote}"`, giveUp.map((x) => evidenceOf(x.t, x.m!.quote)), matchConfidence(giveUp[0]!.m!, giveUp[0]!.t))];
  }
  if (interaction.outcome !== 'completed' || !answers.length) {
    return [finding(F, 'resolution', false, `联络未正常完成（${interaction.outcome}），客户问题未得到答复`, p.agent.slice(-1).map((t) => evidenceOf(t)), { confidence: 0.8, matchKind: 'event' })];
  }
  // without scenario facts nothing says what the answer should have been: a weak inference
  return [finding(F, 'resolution', true, '联络正常完成，坐席答复了客户的问题（本场景未设定要点，未逐项核对）', [evidenceOf(answers[answers.length - 1]!)], { confidence: 0.6, matchKind: 'absence' })];
};

export const professionalismChecks = { politeness, empathy, resolution } satisfies Record<string, Scorer>;
