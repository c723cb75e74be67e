/**
 * Which customer turns complain (empathy, professionalism.ts): the complaint vocabulary, read as said. Split from
 * professionalism.ts, which judges the acknowledgement each complaint is owed.
 */
import { findVocab, vocabHits, type CompiledRubric, type PreparedTurn, type VocabMatch } from '../context.js';

/**
 * Every customer turn with a complaint (complaint vocabulary, exceptions such as 不用投诉 removed), in order.
 * A turn that takes its complaint back (我要投诉…开玩笑的: `complaintRetracted`) is a joke, not a grievance.
 */
export function complaintsOf(c: CompiledRubric, customer: readonly PreparedTurn[]): { t: PreparedTurn; m: VocabMatch }[] {
  const out: { t: PreparedTurn; m: VocabMatch }[] = [];
  for (const t of customer) {
    const m = heardComplaint(c, t);
    if (m && !findVocab(c, 'complaintRetracted', t)) out.push({ t, m });
  }
  return out;
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
