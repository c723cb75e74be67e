/**
 * 专业性 (D.1.2): politeness, empathy, resolution. (interruption and speech-rate: speech.ts;
 * dead-air: silence-checks.ts.)
 */
import { compileRubric, evidenceOf, findVocab, finding, noAgent, prepare, type PreparedTurn } from '../context.js';
import type { Scorer } from '../scorer.js';
import { coveredBy } from '../text/fuzzy.js';
import { evaluateFacts } from './facts.js';

const F = 'professionalism' as const;
const NO_AGENT = '全程没有人工坐席发言，无法评价';

/** Share of (non-trivial) agent turns with a politeness marker, and no impolite phrase at all. */
export const politeness: Scorer = (interaction, _scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'politeness', 'na', NO_AGENT)];
  const c = compileRubric(rubric);
  const judged = p.agent.filter((t) => t.view.norm.length >= rubric.thresholds.politenessMinChars);
  const rude = p.agent.map((t) => ({ t, m: findVocab(c, 'impolite', t) })).filter((x) => x.m);
  const polite = judged.filter((t) => findVocab(c, 'politeness', t));
  const ratio = judged.length ? polite.length / judged.length : 1;
  const need = rubric.thresholds.politenessRatio;
  const pct = `${Math.round(ratio * 100)}%`;
  const details = { ratio, judged: judged.length, polite: polite.length, impolite: rude.length };
  if (rude.length) {
    return [
      finding(F, 'politeness', false, `坐席出现不礼貌用语：${rude.map((x) => `"${x.m!.quote}"`).join('、')}；礼貌用语覆盖率${pct}`, rude.map((x) => evidenceOf(x.t, x.m!.quote)), {
        score: 0,
        details,
      }),
    ];
  }
  if (ratio >= need) {
    return [finding(F, 'politeness', true, `${judged.length}句坐席发言中${polite.length}句使用了礼貌用语（${pct}，要求≥${Math.round(need * 100)}%）`, [], { score: 1, details })];
  }
  return [
    finding(F, 'politeness', false, `礼貌用语覆盖率仅${pct}（${polite.length}/${judged.length}，要求≥${Math.round(need * 100)}%）`, withoutPoliteness(judged, polite).slice(0, 5).map((t) => evidenceOf(t)), {
      score: need > 0 ? ratio / need : 1,
      details,
    }),
  ];
};

/** Judged turns without a politeness marker (only needed for a failing finding's evidence). */
function withoutPoliteness(judged: PreparedTurn[], polite: PreparedTurn[]): PreparedTurn[] {
  const set = new Set(polite);
  return judged.filter((t) => !set.has(t));
}

export const empathy: Scorer = (interaction, scenario, rubric) => {
  if (!scenario.requires?.empathy) return [finding(F, 'empathy', 'na', '本场景没有投诉或不满情绪，不适用')];
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'empathy', 'na', NO_AGENT)];
  const c = compileRubric(rubric);
  for (const t of p.agent) {
    const m = findVocab(c, 'empathy', t);
    if (m) return [finding(F, 'empathy', true, `坐席对客户的不满表示了理解/歉意："${m.quote}"`, [evidenceOf(t, m.quote)])];
  }
  return [finding(F, 'empathy', false, '客户表达了不满，坐席没有任何安抚或致歉（如"非常抱歉给您带来不便"）', p.customer.slice(0, 2).map((t) => evidenceOf(t)))];
};

/**
 * With facts: resolved when the agent answered every point the customer raised, i.e. stated each
 * scenario fact (partial credit per fact). Whether the answer was right is fact-accuracy's and
 * no-misinformation's business — counting it here too would punish one wrong value three times.
 * Without facts: the agent answered the customer with something other than "I don't know".
 */
export const resolution: Scorer = (interaction, scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'resolution', 'na', NO_AGENT)];
  const c = compileRubric(rubric);
  const facts = evaluateFacts(interaction, scenario, rubric);
  if (facts.length) {
    const answered = facts.filter((r) => r.final !== null);
    const missing = facts.filter((r) => r.final === null).map((r) => r.fact.label ?? r.fact.key);
    const evidence = answered.map((r) => evidenceOf(r.final!.turn, r.final!.match.quote));
    if (answered.length === facts.length) return [finding(F, 'resolution', true, `客户的问题均已答复：${facts.length}项要点都已告知（是否准确见"业务信息准确"）`, evidence, { score: 1 })];
    return [
      finding(F, 'resolution', false, `客户的问题未完全答复：${missing.join('、')}未告知（${answered.length}/${facts.length}）`, evidence, {
        score: answered.length / facts.length,
      }),
    ];
  }
  const firstCustomer = p.customer[0];
  const answers = p.agent.filter((t) => !firstCustomer || t.index > firstCustomer.index);
  const giveUp = p.agent
    .map((t) => ({ t, m: findVocab(c, 'unresolved', t) }))
    .filter((x) => x.m && !coveredBy(x.t.view, x.m, c.vocab.forbiddenExceptions));
  if (giveUp.length) {
    return [finding(F, 'resolution', false, `坐席未能解答客户问题："${giveUp[0]!.m!.quote}"`, giveUp.map((x) => evidenceOf(x.t, x.m!.quote)))];
  }
  if (interaction.outcome !== 'completed' || !answers.length) {
    return [finding(F, 'resolution', false, `联络未正常完成（${interaction.outcome}），客户问题未得到答复`, p.agent.slice(-1).map((t) => evidenceOf(t)))];
  }
  return [finding(F, 'resolution', true, '联络正常完成，坐席答复了客户的问题（本场景未设定要点，未逐项核对）', [evidenceOf(answers[answers.length - 1]!)])];
};

export const professionalismChecks = { politeness, empathy, resolution } satisfies Record<string, Scorer>;
