/**
 * Which customer turns complain (empathy, professionalism.ts): the complaint vocabulary, read as said. Split from
 * professionalism.ts, which judges the acknowledgement each complaint is owed.
 */
import { findVocab, vocabHits, type CompiledRubric, type PreparedTranscript, type PreparedTurn, type VocabMatch } from '../context.js';
import { saysNonAnswer } from './non-answer-forms.js';
import { pressesForAnswer } from './non-answer-repairs.js';

/**
 * Every customer turn with a complaint (complaint vocabulary, exceptions such as 不用投诉 removed), in order.
 * A turn that takes its complaint back (我要投诉…开玩笑的: `complaintRetracted`) is a joke, not a grievance.
 */
export function complaintsOf(c: CompiledRubric, p: PreparedTranscript): { t: PreparedTurn; m: VocabMatch }[] {
  const out: { t: PreparedTurn; m: VocabMatch }[] = [];
  for (const t of p.customer) {
    const m = heardComplaint(c, t);
    if (m && !findVocab(c, 'complaintRetracted', t) && !pressAfterNonAnswer(c, p, t)) out.push({ t, m });
  }
  return out;
}

/**
 * The turn only presses for the answer the agent's reply right before it withheld (这个我说不准。— 那就没人管了 /
 * 那总得给个说法吧): it asks for that answer, which resolution judges (checks/non-answer-repairs.ts), and the
 * independent-dev15c author labels contacts whose only grievance it is empathy N/A. Rare, so the dialogue position is
 * looked up only for a turn that matched a complaint.
 */
function pressAfterNonAnswer(c: CompiledRubric, p: PreparedTranscript, t: PreparedTurn): boolean {
  if (!pressesForAnswer(t.view.norm)) return false;
  const k = p.dialogue.indexOf(t);
  const prev = k > 0 ? p.dialogue[k - 1]! : null;
  if (!prev || prev.turn.speaker !== 'agent') return false;
  return saysNonAnswer(prev.view.norm) || findVocab(c, 'unresolved', prev) !== null;
}

/**
 * The first complaint in a customer turn that was said, not only sounded like one: a match by sound stands for a
 * word speech recognition misheard, and two syllables collide with too many words (typed 生态葬 is not 太脏), so it
 * counts over ≥ MIN_SOUND_CHARS characters only, as rude-lines.ts reads a 忌语 by sound.
 */
function heardComplaint(c: CompiledRubric, t: PreparedTurn): VocabMatch | null {
  const hits = vocabHits(c, 'complaint', t);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (!BY_SOUND.has(h.level) || h.end - h.start >= MIN_SOUND_CHARS) return h;
  }
  return null;
}

/** Match levels found by sound, not by the characters written (text/fuzzy.ts). */
const BY_SOUND: ReadonlySet<VocabMatch['level']> = new Set(['homophone', 'pattern-sound']);
/** Fewest characters a match by sound must span to stand for the word. */
const MIN_SOUND_CHARS = 3;
