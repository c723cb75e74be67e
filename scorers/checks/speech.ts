/**
 * 专业性 (D.1.2) checks of a call's speech timing: interruption (the agent talking over the
 * customer) and speech-rate (spoken characters per minute). Both N/A in chat.
 */
import { compileRubric, evidenceOf, finding, noAgent, prepare, secs, type PreparedTranscript, type PreparedTurn } from '../context.js';
import type { Rubric } from '../rubric/schema.js';
import { CONFIDENCE, withConfidence } from '../confidence.js';
import type { Evidence, Scorer } from '../scorer.js';
import { closesTheTurn, isBackchannel } from './silence.js';
import { onlyAcknowledges } from './silence-turns.js';
import { turnAsksQuestion } from './non-answer-forms.js';

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
      // how long before the customer finished the agent started (the rule's words), also when the agent's
      // turn is over first (行。订单号。 said into the customer's sentence); a backchannel (嗯, 对) is listening
      // …unless the customer took it as the reply to the question it was said into (嗯，好的 after it: the 哦 answered)
      if (isBackchannel(a, p) && !closesTheTurn(a) && !takenAsReply(rubric, a, cu, p)) continue;
      const overlap = cu.turn.endMs - a.turn.startMs;
      nearest = Math.min(nearest, Math.abs(overlap - limit));
      if (overlap >= limit) {
        evidence.push(evidenceOf(cu), evidenceOf(a));
        overlaps.push(overlap);
      }
    }
  }
  // round 19: the agent's reply listed right after the customer's turn — the transcript orders it as said after it —
  // whose start the recogniser put at or before the customer's own (a short sentence the agent began answering at once):
  // it is said over the whole of that sentence, so it cuts in as much as one begun inside it. A bare receipt from the
  // customer (嗯 / 好的) is no sentence to cut into, and a backchannel from the agent is listening, as above
  let compiled: ReturnType<typeof compileRubric> | null = null;
  for (const cu of p.customer) {
    const a = p.turns[cu.index + 1];
    if (!a || a.turn.speaker !== 'agent' || a.turn.startMs > cu.turn.startMs || a.turn.endMs <= cu.turn.startMs) continue;
    const overlap = cu.turn.endMs - a.turn.startMs;
    if (overlap < limit || isBackchannel(a, p)) continue;
    if (onlyAcknowledges((compiled ??= compileRubric(rubric)), cu)) continue;
    nearest = Math.min(nearest, Math.abs(overlap - limit));
    evidence.push(evidenceOf(cu), evidenceOf(a));
    overlaps.push(overlap);
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
 * A continuer (嗯 / 哦) said into the customer's question that the customer then acknowledges as the answer (…能看样品吗 —
 * 哦。— 嗯，好的): the next turn is the customer's, starts after the token, and only receipts it. A continuer asks the
 * speaker to go on and gets no receipt; one that is receipted was the agent's reply, said before the question ended.
 */
function takenAsReply(rubric: Rubric, a: PreparedTurn, cu: PreparedTurn, p: PreparedTranscript): boolean {
  const next = p.turns[a.index + 1];
  if (!next || next === cu || next.turn.speaker !== 'customer' || next.turn.startMs < a.turn.endMs) return false;
  if (!turnAsksQuestion(cu)) return false;
  return onlyAcknowledges(compileRubric(rubric), next);
}

/**
 * Characters a listener hears: Han characters, digits (each read out) and Latin letters; not
 * punctuation, spaces or symbols. Counted on the text as captured, not the normalised one, whose
 * numerals are rewritten (一百零八 → 108 would count 4 spoken syllables as 3).
 */
export function countSpoken(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
      (c >= 0x3400 && c <= 0x4dbf) || // extension A
      (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
      (c >= 0x30 && c <= 0x39) || // 0-9
      (c >= 0x41 && c <= 0x5a) || // A-Z
      (c >= 0x61 && c <= 0x7a) || // a-z
      (c >= 0xff10 && c <= 0xff19) || // ０-９
      (c >= 0xff21 && c <= 0xff3a) || // Ａ-Ｚ
      (c >= 0xff41 && c <= 0xff5a) // ａ-ｚ
    ) {
      n++;
    } else if (c >= 0xd840 && c <= 0xd87f && i + 1 < text.length) {
      // a rare ideograph outside the BMP (extensions B–F): one character, two code units
      n++;
      i++;
    }
  }
  return n;
}

export function spokenChars(t: PreparedTurn): number {
  // a field of the view, not a memo entry: every voice agent line needs it, and a Map entry per
  // cached line was garbage-collector work (the view is per text, so the count is too)
  const view = t.view;
  if (view.spoken < 0) view.spoken = countSpoken(t.turn.text);
  return view.spoken;
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
