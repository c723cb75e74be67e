/**
 * politeness' curt clauses in speech: a recognised transcript marks the speaker's pauses with spaces and often has no
 * punctuation at all (讲 是哪天下的单 / 呃 下一个 记录调出来了), so a bare order said as its own breath — 讲。/ 下一个。/ 哪单？
 * when typed — runs on into the next words and no `curtClauses` construction (a whole clause, ^…$) sees it. Round 20: where
 * the turn as a whole holds none, each stretch between pauses is read as a clause of its own (the rubric's patterns, exact or
 * by construction, not by sound). Views are cached by text (text/view.ts), and the stretches of scripted lines repeat.
 */
import { vocabHitsInView, type CompiledRubric, type PreparedTurn, type VocabMatch } from '../context.js';
import { LINE_TEST, lineTest, viewOf, type TextView } from '../text/view.js';

/** The courteous form of the same invitation said in the turn (谜岛 说 … 您说): the bare word was a false start. */
const RESTATED = /您(?:请)?(?:说|讲)|请(?:说|讲)|请问|麻烦您|请您/u;
/** A stretch that opens with a value: letters, digits or spoken numerals (SG2107 / 幺四八五). */
const VALUE = /^[A-Za-z0-9零幺一二三四五六七八九十两]/u;

/** A pause in a transcript: whitespace between characters — round 22: not after punctuation (等下, 我看错行了: typed chat's space). */
const PAUSE = /(?<!\p{P})\s+/u;

/** The gate of curtBetweenPauses, of the line alone (decided once per line, view.ts lineTest): a pause, no courteous restatement. */
const pausedUnrestated = (view: TextView): boolean => {
  const text = view.original.trim();
  return PAUSE.test(text) && !RESTATED.test(text);
};

/** The first curt clause said as a stretch of its own between pauses in `t` (null when the turn has no pause or none is curt). */
export function curtBetweenPauses(c: CompiledRubric, t: PreparedTurn): VocabMatch | null {
  const text = t.turn.text.trim();
  if (!lineTest(t.view, LINE_TEST.pausedUnrestated, pausedUnrestated)) return null;
  const stretches = text.split(PAUSE);
  for (let k = 0; k < stretches.length; k++) {
    // a datum's name with its value as the next stretch (处理单号 HC9505) gives it, it does not demand it
    if (VALUE.test(stretches[k + 1] ?? '')) continue;
    const m = vocabHitsInView(c, 'curtClauses', viewOf(stretches[k]!)).find((h) => h.level === 'exact' || h.level === 'pattern');
    if (m) return m;
  }
  return null;
}
