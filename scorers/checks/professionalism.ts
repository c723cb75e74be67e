/**
 * 专业性 (D.1.2): politeness, interruption, dead-air, speech-rate, empathy (resolution: resolution.ts).
 */
import { compileRubric, evidenceOf, findVocab, finding, noAgent, prepare, secs, type PreparedTurn } from '../context.js';
import type { Evidence, Scorer } from '../scorer.js';
import { findHolds } from './norms.js';

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

/** Voice only: the agent starts talking ≥ overlapMs before the customer has finished. */
export const interruption: Scorer = (interaction, _scenario, rubric) => {
  if (interaction.channel !== 'voice') return [finding(F, 'interruption', 'na', '文字渠道不存在抢话，不适用')];
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'interruption', 'na', NO_AGENT)];
  const evidence: Evidence[] = [];
  const overlaps: number[] = [];
  for (const a of p.agent) {
    for (const cu of p.customer) {
      if (a.turn.startMs <= cu.turn.startMs || a.turn.startMs >= cu.turn.endMs) continue;
      const overlap = Math.min(cu.turn.endMs, a.turn.endMs) - a.turn.startMs;
      if (overlap >= rubric.thresholds.overlapMs) {
        evidence.push(evidenceOf(cu), evidenceOf(a));
        overlaps.push(overlap);
      }
    }
  }
  if (!overlaps.length) return [finding(F, 'interruption', true, '坐席没有打断客户说话', [], { deduct: 0 })];
  return [
    finding(F, 'interruption', false, `坐席${overlaps.length}次打断客户说话（重叠${overlaps.map(secs).join('、')}）`, evidence, {
      deduct: overlaps.length,
      details: { overlapsMs: overlaps },
    }),
  ];
};

/**
 * Dead air: a silence in which the agent owes the next word, over the channel's threshold, that
 * the agent did not announce (its last turn before the silence has no hold request) and that is
 * not inside a hold from the channel's events.
 *  - Between two agent turns with no customer turn between: the agent went quiet mid-answer.
 *  - Voice only, after a customer turn until the agent's next turn (or the end): silence on the
 *    line. In chat the wait after a customer message is the reply time, judged by
 *    response-latency, so a slow reply is not counted twice.
 */
export const deadAir: Scorer = (interaction, _scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'dead-air', 'na', NO_AGENT)];
  const c = compileRubric(rubric);
  const limit = rubric.thresholds.deadAirMs[interaction.channel];
  const holds = findHolds(interaction, p, rubric).filter((h) => h.source === 'event');
  const ts = p.dialogue;
  const lastAgentIndex = p.agent[p.agent.length - 1]!.index;
  const silences: { from: PreparedTurn; ms: number }[] = [];
  let lastAgent: PreparedTurn | null = null;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    const next = ts[i + 1];
    if (t.turn.speaker === 'agent') lastAgent = t;
    if (next?.turn.speaker === 'customer') continue; // the customer speaks next: nothing owed
    if (t.turn.speaker === 'agent' && !next) continue; // the agent had the last word
    if (t.turn.speaker === 'customer' && (interaction.channel !== 'voice' || (!next && lastAgentIndex < t.index))) continue;
    const end = next ? next.turn.startMs : interaction.durationMs;
    const ms = end - t.turn.endMs;
    if (ms < limit) continue;
    if (lastAgent && findVocab(c, 'holdRequest', lastAgent)) continue;
    if (holds.some((h) => h.startMs <= t.turn.endMs + 1000 && h.endMs >= end - 1000)) continue;
    silences.push({ from: t, ms });
  }
  if (!silences.length) return [finding(F, 'dead-air', true, `没有超过${secs(limit)}的冷场`, [], { deduct: 0 })];
  return [
    finding(F, 'dead-air', false, `${silences.length}次冷场（坐席${silences.map((s) => secs(s.ms)).join('、')}无任何回应且未说明等待）`, silences.map((s) => evidenceOf(s.from)), {
      deduct: silences.length,
      details: { silencesMs: silences.map((s) => s.ms), limitMs: limit },
    }),
  ];
};

/** Chars per minute of one turn (module-level: a local arrow is re-created, and under tsx re-named, per call). */
function rateOf(t: PreparedTurn): number {
  return (t.view.norm.length * 60_000) / (t.turn.endMs - t.turn.startMs);
}

/** Voice only: agent chars per minute over turns long enough to measure. */
export const speechRate: Scorer = (interaction, _scenario, rubric) => {
  if (interaction.channel !== 'voice') return [finding(F, 'speech-rate', 'na', '文字渠道不评价语速，不适用')];
  const p = prepare(interaction);
  const { min, max } = rubric.thresholds.speechRate;
  const measured = p.agent.filter((t) => t.turn.endMs - t.turn.startMs >= rubric.thresholds.speechRateMinTurnMs && t.view.norm.length > 0);
  if (!measured.length) return [finding(F, 'speech-rate', 'na', '没有可测量语速的坐席发言')];
  const chars = measured.reduce((s, t) => s + t.view.norm.length, 0);
  const ms = measured.reduce((s, t) => s + (t.turn.endMs - t.turn.startMs), 0);
  const rate = Math.round((chars * 60_000) / ms);
  const outliers = measured.filter((t) => rateOf(t) < min || rateOf(t) > max).sort((a, b) => Math.abs(rateOf(b) - (min + max) / 2) - Math.abs(rateOf(a) - (min + max) / 2));
  const details = { charsPerMinute: rate, min, max, outlierTurns: outliers.length };
  if (rate >= min && rate <= max) {
    return [finding(F, 'speech-rate', true, `坐席平均语速每分钟${rate}字，在${min}–${max}字范围内`, outliers.slice(0, 3).map((t) => evidenceOf(t)), { details })];
  }
  return [
    finding(F, 'speech-rate', false, `坐席平均语速每分钟${rate}字，${rate > max ? '过快' : '过慢'}（要求${min}–${max}字）`, outliers.slice(0, 3).map((t) => evidenceOf(t)), { details }),
  ];
};

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

/** Moved to resolution.ts (its own file: it depends on facts.ts, not on the vocabularies); re-exported for old imports. */
export { resolution } from './resolution.js';

export const professionalismChecks = { politeness, interruption, 'dead-air': deadAir, 'speech-rate': speechRate, empathy } satisfies Record<string, Scorer>;
