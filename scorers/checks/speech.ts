/**
 * 专业性 (D.1.2) checks of a call's speech timing: interruption (the agent talking over the
 * customer) and speech-rate (spoken characters per minute). Both N/A in chat.
 */
import { evidenceOf, finding, noAgent, prepare, secs, type PreparedTurn } from '../context.js';
import { CONFIDENCE, withConfidence } from '../confidence.js';
import type { Evidence, Scorer } from '../scorer.js';

const F = 'professionalism' as const;
const NO_AGENT = '全程没有人工坐席发言，无法评价';

/** Voice only: the agent starts talking ≥ overlapMs before the customer has finished. */
export const interruption: Scorer = (interaction, _scenario, rubric) => {
  if (interaction.channel !== 'voice') return [withConfidence(finding(F, 'interruption', 'na', '文字渠道不存在抢话，不适用'), CONFIDENCE.exact, 'absence')];
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'interruption', 'na', NO_AGENT)];
  const limit = rubric.thresholds.overlapMs;
  const evidence: Evidence[] = [];
  const overlaps: number[] = [];
  let nearest = Infinity;
  for (const a of p.agent) {
    for (const cu of p.customer) {
      if (a.turn.startMs <= cu.turn.startMs || a.turn.startMs >= cu.turn.endMs) continue;
      const overlap = Math.min(cu.turn.endMs, a.turn.endMs) - a.turn.startMs;
      nearest = Math.min(nearest, Math.abs(overlap - limit));
      if (overlap >= limit) {
        evidence.push(evidenceOf(cu), evidenceOf(a));
        overlaps.push(overlap);
      }
    }
  }
  // ASR word boundaries are off by ~100–300 ms: an overlap that close to the limit is a guess
  const confidence = nearest < 300 ? CONFIDENCE.nearLimit : CONFIDENCE.measured;
  if (!overlaps.length) return [withConfidence(finding(F, 'interruption', true, '坐席没有打断客户说话', [], { deduct: 0 }), confidence, 'timing')];
  const f = finding(F, 'interruption', false, `坐席${overlaps.length}次打断客户说话（重叠${overlaps.map(secs).join('、')}）`, evidence, {
    deduct: overlaps.length,
    details: { overlapsMs: overlaps, limitMs: limit },
  });
  return [withConfidence(f, confidence, 'timing')];
};

/**
 * Characters a listener hears: Han characters, digits (each read out) and Latin letters; not
 * punctuation, spaces or symbols. Counted on the text as captured, not the normalised one, whose
 * numerals are rewritten (二十块 → 20元 would count 3 spoken syllables as 3, but 一百零八 as 3).
 */
const SPOKEN = /[\p{Script=Han}0-9０-９A-Za-zＡ-Ｚａ-ｚ]/gu;

const spokenMemo = new WeakMap<object, number>();

export function spokenChars(t: PreparedTurn): number {
  let n = spokenMemo.get(t.view);
  if (n === undefined) {
    n = t.turn.text.match(SPOKEN)?.length ?? 0;
    spokenMemo.set(t.view, n);
  }
  return n;
}

function rateOf(t: PreparedTurn): number {
  return (spokenChars(t) * 60_000) / (t.turn.endMs - t.turn.startMs);
}

/**
 * Voice only: the agent's spoken characters per minute of its speaking time (turns of at least
 * speechRateMinTurnMs), judged against thresholds.speechRate (see the rubric for the sources).
 */
export const speechRate: Scorer = (interaction, _scenario, rubric) => {
  if (interaction.channel !== 'voice') return [withConfidence(finding(F, 'speech-rate', 'na', '文字渠道不评价语速，不适用'), CONFIDENCE.exact, 'absence')];
  const p = prepare(interaction);
  if (noAgent(p)) return [finding(F, 'speech-rate', 'na', NO_AGENT)];
  const { min, max } = rubric.thresholds.speechRate;
  const measured = p.agent.filter((t) => t.turn.endMs - t.turn.startMs >= rubric.thresholds.speechRateMinTurnMs && spokenChars(t) > 0);
  if (!measured.length) return [finding(F, 'speech-rate', 'na', '没有可测量语速的坐席发言')];
  let chars = 0;
  let ms = 0;
  for (const t of measured) {
    chars += spokenChars(t);
    ms += t.turn.endMs - t.turn.startMs;
  }
  const rate = Math.round((chars * 60_000) / ms);
  const mid = (min + max) / 2;
  const outliers = measured.filter((t) => rateOf(t) < min || rateOf(t) > max).sort((a, b) => Math.abs(rateOf(b) - mid) - Math.abs(rateOf(a) - mid));
  const details = { charsPerMinute: rate, spokenChars: chars, speakingMs: ms, min, max, measuredTurns: measured.length, outlierTurns: outliers.length };
  // within 10% of a bound, or measured on under 20 s of speech: ASR timing and counts make it a guess
  const nearBound = Math.min(Math.abs(rate - min) / min, Math.abs(rate - max) / max) < 0.1;
  const confidence = nearBound || ms < 20_000 ? CONFIDENCE.nearLimit : CONFIDENCE.measured;
  const evidence = outliers.slice(0, 3).map((t) => evidenceOf(t, `${t.turn.text}（每分钟${Math.round(rateOf(t))}字）`));
  if (rate >= min && rate <= max) {
    return [withConfidence(finding(F, 'speech-rate', true, `坐席平均语速每分钟${rate}字，在${min}–${max}字范围内`, evidence, { details }), confidence, 'timing')];
  }
  const f = finding(F, 'speech-rate', false, `坐席平均语速每分钟${rate}字，${rate > max ? '过快' : '过慢'}（正常${min}–${max}字）`, evidence, { details });
  return [withConfidence(f, confidence, 'timing')];
};
