/**
 * Round 26 (which turn answers which): the agent turn the customer's very next turn rebukes for the agent's manner —
 * 你这什么态度 / 你怎么这个态度 / 你这话说得太难听了 / 你说话怎么这么冲 / 你至于这样吗 / 你发什么火 — was heard as rude by the one
 * it was said to, whatever its words: a rude line for politeness and a 忌语 for forbidden-words, though no phrase of
 * ours names it. The rebuke is aimed at the agent as 你 (not 你们, the organisation: 你们这态度太气人了 is a grievance
 * about the service, nor a third party: 前台说话太冲了). A turn that is nothing but a mild 忌语 (indifference, a refusal,
 * a referral — 随便你。/ 那就没办法了 / 你找X去吧) is left to that 忌语: the rebuke answers it, and it is not rude
 * (forbidden-words already reports it). Seen from five authors (dev25a, dev26b, dev27a, dev28a, dev28b, dev28c).
 */
import { type CompiledRubric, type PreparedTranscript, type PreparedTurn, type VocabMatch, vocabHits } from '../context.js';
import type { Rubric } from '../rubric/schema.js';

/** The rubric's lists that say which forbidden categories are rude (the rest are mild 忌语). */
type MildCategories = Pick<Rubric['vocabularies'], 'impoliteCategories' | 'impoliteWhenFamiliar'>;

/** The customer's rebuke of the agent's manner, addressed to 你 (not 你们). */
const REBUKE = new RegExp(
  [
    // 你这(是)什么(服务)态度 / 你怎么这个态度 / 你这态度 / 你这服务态度也太差了
    '你(?!们)(?:这|这是|这个|怎么|怎么是)(?:什么|这个|这种|这样的?)?(?:服务)?态度(?!(?:真|很|挺|特别|非常|一直)?(?:好|不错|耐心))',
    // 你(这)话说得(也太)难听 / 你说话怎么这么冲 / 你讲话太不客气
    '你(?!们)(?:这)?(?:话|说话|讲话)[^，。？！,.?!\\s]{0,5}(?:(?<![不没])(?:难听|冲|凶|过分)|不客气)',
    // 你怎么这么说话 / 你这么说话合适吗
    '你(?!们)(?:怎么)?(?:能)?(?:这么|这样)(?:说话|讲话)',
    // 你至于这样吗 / 你至于吗
    '你(?!们)(?:这)?至于(?:这样|吗|嘛)',
    // the agent's temper named: 你发什么火 / 你凶什么 / 你冲我吼什么
    '你(?!们)(?:冲我|对我)?(?:发什么火|凶什么|吼什么|嚷什么|火气(?:这么|那么)大)',
  ].join('|'),
  'u',
);

/** What the customer's rebuke must hold before REBUKE runs (a character test). */
const HAS_YOU = /你/u;

/** Turns of the agent that the customer's next dialogue turn rebukes for manner (in order, at most one per rebuke). */
export function rebukedTurns(c: CompiledRubric, v: MildCategories, p: PreparedTranscript): PreparedTurn[] {
  const out: PreparedTurn[] = [];
  const d = p.dialogue;
  for (let i = 1; i < d.length; i++) {
    const t = d[i]!;
    if (t.turn.speaker !== 'customer' || !HAS_YOU.test(t.view.norm) || !REBUKE.test(t.turn.text)) continue;
    const said = d[i - 1]!;
    if (said.turn.speaker !== 'agent' || mildOnly(c, v, said)) continue;
    out.push(said);
  }
  return out;
}

/** A turn that is a mild 忌语 (a category politeness does not read as rude) and little else (≤ 4 characters more). */
function mildOnly(c: CompiledRubric, v: MildCategories, t: PreparedTurn): boolean {
  const hits: VocabMatch[] = vocabHits(c, 'forbidden', t);
  for (const h of hits) {
    if (v.impoliteCategories.includes(h.category) || v.impoliteWhenFamiliar.includes(h.category)) continue;
    if (t.view.norm.length <= h.end - h.start + 4) return true;
  }
  return false;
}

/** forbidden-words' category for a rebuked turn (no phrase of ours names what was said). */
export const REBUKED_CATEGORY = '失礼';

/** The rebuked turns as politeness' rude lines (the whole turn quoted, found by structure), leaving out turns already in `rude`. */
export function rebukedRude(c: CompiledRubric, v: MildCategories, p: PreparedTranscript, rude: { t: PreparedTurn; m: VocabMatch }[]): void {
  for (const t of rebukedTurns(c, v, p)) {
    if (!rude.some((x) => x.t === t)) rude.push({ t, m: { phrase: '', start: 0, end: t.view.norm.length, cost: 0, level: 'pattern', quote: t.turn.text, category: REBUKED_CATEGORY } });
  }
}
