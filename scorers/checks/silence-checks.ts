/**
 * The two checks that read the silence accounting (silence.ts): dead-air (专业性, every unannounced
 * silence where the agent owed the next word) and hold-etiquette (规范性, every hold announced
 * beforehand and thanked afterwards). Both judge the same classified silences, so a silence is
 * never dead air in one and invisible in the other.
 */
import { compileRubric, evidenceOf, eventEvidence, finding, noAgent, prepare, secs, short } from '../context.js';
import { CONFIDENCE, matchConfidence, withConfidence } from '../confidence.js';
import type { Evidence, Finding, Scorer } from '../scorer.js';
import { accountSilences, type Silence } from './silence.js';
import { thanksOnReturn } from './hold-thanks.js';

const NO_AGENT = '全程没有人工坐席发言，无法评价';

function silenceEvidence(s: Silence): Evidence[] {
  const out: Evidence[] = [];
  if (s.before) out.push(evidenceOf(s.before));
  else out.push(eventEvidence(s.source === 'event' ? `保持开始（${secs(s.startMs)}）` : `坐席接入（${secs(s.startMs)}）`, s.startMs));
  return out;
}

/**
 * How sure a silence-based verdict is: the timing is measured (chat: page clock; voice: ASR word
 * boundaries), the announcement is a vocabulary match (or its absence), and a silence just over
 * the threshold could be under it by the boundary error.
 */
function silenceConfidence(s: Silence, limitMs: number, channel: 'voice' | 'webchat'): number {
  const ms = s.endMs - s.startMs;
  let c: number = channel === 'webchat' ? CONFIDENCE.event : CONFIDENCE.measured;
  if (s.source === 'event') c = CONFIDENCE.event;
  else if (ms - limitMs < Math.max(1000, limitMs * 0.1)) c = CONFIDENCE.nearLimit;
  if (s.announcement) c = Math.min(c, matchConfidence(s.announcement));
  else if (s.kind === 'unannounced') c = Math.min(c, CONFIDENCE.absence); // a request to wait in words no list knows
  return c;
}

export const deadAir: Scorer = (interaction, _scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding('professionalism', 'dead-air', 'na', NO_AGENT)];
  const account = accountSilences(interaction, rubric);
  const limit = account.deadAirMs;
  const dead = account.silences.filter((s) => s.deadAir);
  const kinds = { customerPause: 0, announcedHold: 0, unannounced: 0 };
  for (const s of account.silences) {
    if (s.kind === 'customer-pause') kinds.customerPause++;
    else if (s.kind === 'announced-hold') kinds.announcedHold++;
    else kinds.unannounced++;
  }
  const details = { limitMs: limit, silences: kinds, silencesMs: dead.map((s) => s.endMs - s.startMs) };
  if (!dead.length) {
    const f = finding('professionalism', 'dead-air', true, `没有超过${secs(limit)}且未说明的冷场${kinds.announcedHold ? `（${kinds.announcedHold}次等待已提前告知）` : ''}`, [], { deduct: 0, details });
    return [withConfidence(f, CONFIDENCE.absence + 0.05, 'timing')];
  }
  const evidence = dead.flatMap(silenceEvidence);
  const where = dead.map((s) => `${secs(s.endMs - s.startMs)}${s.after ? '' : '（直到联络结束）'}`).join('、');
  const f = finding('professionalism', 'dead-air', false, `${dead.length}次冷场：坐席应答时${where}无任何回应且未说明等待`, evidence, { deduct: dead.length, details });
  return [withConfidence(f, Math.max(...dead.map((s) => silenceConfidence(s, limit, interaction.channel))), dead.some((s) => s.source === 'event') ? 'event' : 'timing')];
};

export const holdEtiquette: Scorer = (interaction, _scenario, rubric) => {
  const p = prepare(interaction);
  if (noAgent(p)) return [finding('norms', 'hold-etiquette', 'na', NO_AGENT)];
  const account = accountSilences(interaction, rubric);
  const holds = account.silences.filter((s) => s.hold);
  if (!holds.length) {
    return [withConfidence(finding('norms', 'hold-etiquette', 'na', '本次联络中没有发生等待（保持），不适用'), CONFIDENCE.absence + 0.05, 'timing')];
  }
  const c = compileRubric(rubric);
  const problems: string[] = [];
  const evidence: Evidence[] = [];
  let good = 0;
  let confidence = 1;
  for (const h of holds) {
    const thanks = h.nextAgent ? thanksOnReturn(c, h.nextAgent) : null;
    const len = secs(h.endMs - h.startMs);
    const announced = h.kind === 'announced-hold';
    if (announced && thanks) good++;
    if (!announced) problems.push(`等待${len}前未请客户稍候`);
    if (h.nextAgent && !thanks) problems.push(`等待${len}后未感谢客户耐心等待`);
    if (!h.nextAgent) problems.push(`等待${len}后坐席没有再回来`);
    if (h.lastAgent) evidence.push(evidenceOf(h.lastAgent, h.announcement?.quote));
    else evidence.push(eventEvidence(`等待开始（${secs(h.startMs)}）`, h.startMs));
    if (h.nextAgent) evidence.push(evidenceOf(h.nextAgent, thanks?.quote));
    const mine = Math.min(
      silenceConfidence(h, account.holdMs, interaction.channel),
      thanks ? matchConfidence(thanks) : h.nextAgent ? CONFIDENCE.absence : CONFIDENCE.measured,
    );
    confidence = Math.min(confidence, mine);
  }
  const score = good / holds.length;
  const details = { holds: holds.length, announced: holds.filter((h) => h.kind === 'announced-hold').length, thanked: good, holdsMs: holds.map((h) => h.endMs - h.startMs) };
  const kind = holds.some((h) => h.source === 'event') ? 'event' : 'timing';
  let f: Finding;
  if (!problems.length) f = finding('norms', 'hold-etiquette', true, `${holds.length}次等待均先请客户稍候、结束后致谢`, evidence, { score, details });
  else f = finding('norms', 'hold-etiquette', false, `${holds.length}次等待中：${problems.map((x) => short(x, 40)).join('；')}`, evidence, { score, details });
  return [withConfidence(f, confidence, kind)];
};
