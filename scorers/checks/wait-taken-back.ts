/**
 * forbidden-words' reading of a bare "wait" (等着。/ 呃等着): the rubric's 敷衍答复 shrug — the customer told to wait
 * for their matter with no time or step — or a curt request to hold while the agent looks (holdRequest: 等着，我查下).
 * The words are the same; what follows tells them apart. An agent that comes back itself after a hold's silence (the
 * rubric's holdGapMs), the customer having said no more than 嗯 / 好的 meanwhile, was looking something up: the wait
 * was a hold it announced (curt, politeness' business, as independent-dev8b's README reads "等着。" in its curt
 * register), not the customer's matter put off. An agent that simply goes on talking (等着吧。还有别的事吗) took no hold.
 */
import { findVocab, type CompiledRubric, type PreparedTranscript, type PreparedTurn, type VocabMatch } from '../context.js';
import { isLineCheck, onlyAcknowledges } from './silence-turns.js';

/** The 忌语 category of the whole-turn shrug whose "wait" may be a hold request. */
export const SHRUG_CATEGORY = '敷衍答复';

/**
 * True when `hit` (a 敷衍答复 hit in the agent's turn `t`) is the turn's request to hold and the agent's next turn
 * starts at least `holdMs` after `t` ends, with, between them, only customer turns that acknowledge (the rubric's
 * backchannels, fillers, continuers: silence-turns.ts onlyAcknowledges) or check the line.
 */
export function waitTakenBack(
  p: PreparedTranscript,
  c: CompiledRubric,
  t: PreparedTurn,
  hit: Pick<VocabMatch, 'category' | 'start' | 'end'>,
  holdMs: number,
): boolean {
  if (hit.category !== SHRUG_CATEGORY) return false;
  const ask = findVocab(c, 'holdRequest', t);
  if (!ask || ask.end <= hit.start || hit.end <= ask.start) return false;
  for (let k = p.dialogue.indexOf(t) + 1; k < p.dialogue.length; k++) {
    const next = p.dialogue[k]!;
    if (next.turn.speaker === 'agent') return next.turn.startMs - t.turn.endMs >= holdMs;
    if (next.turn.speaker !== 'customer' || isLineCheck(next)) continue;
    if (!onlyAcknowledges(c, next)) return false;
  }
  return false;
}
