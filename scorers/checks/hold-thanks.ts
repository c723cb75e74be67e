/**
 * The thanks for a wait that is over, in the agent's turn that comes back after it (split from silence-checks.ts, round 25):
 * hold-etiquette asks it of every hold, and the silence accounting (silence.ts) reads it as the agent's own word that the
 * silence before was the wait it had asked for.
 */
import { compileRubric, findVocab, vocabHits, type PreparedTurn } from '../context.js';
import type { PhraseMatch } from '../text/fuzzy.js';
import { quoteOf, spokenPauseBetween } from '../text/view.js';
import { heardRegExp, heardText } from '../text/patterns.js';

/**
 * round 19: 谢谢您稍等 opening the turn that comes back after the hold (谢谢您稍等，结果出来了): the same words ask for a wait
 * when said before one (我去问一下，谢谢您稍等), which is why holdThanks does not list them; opening the turn after the hold
 * that asks no new wait (no request outside the thanks) the wait they name is the one just over [S3 等待: "感谢您的耐心等待"].
 */
// round 22: as heard (泄谢您烧等 is the same thanks to a listener); heardText keeps the line's indices
const THANKS_NAMING_WAIT = heardRegExp(/^(?:好的?|嗯|呃|那个)?(?:感谢|谢谢|多谢)(?:您|你|亲)?(?:的)?稍等/u);
function thanksForWaitOnReturn(c: ReturnType<typeof compileRubric>, t: PreparedTurn): PhraseMatch | null {
  const m = THANKS_NAMING_WAIT.exec(heardText(t.view.norm));
  if (!m) return null;
  const v = t.view;
  const end = m.index + m[0].length;
  // a request to wait elsewhere in the turn (我再去问一下，谢谢您稍等) asks a new one: then the words ask too
  for (const r of vocabHits(c, 'holdRequest', t)) if (r.end <= m.index || r.start >= end) return null;
  return { phrase: v.norm.slice(m.index, end), start: m.index, end, cost: 0, level: 'pattern', quote: quoteOf(v, m.index, end) };
}

/**
 * round 21: 久等 / 久候 opening the turn that comes back after the hold, a filler at most before it, and a pause in speech
 * right after it (那个久等 我这边看好了 / 久等 记录查到了): the call's pause ends the clause as a comma would, so it is the
 * 久等 clause of its own holdThanks reads on a punctuated line — not 久等的 / 久等待 running on into one word.
 */
const OPENING_LONG_WAIT = /^(?:好的?|嗯|呃|额|那个)?(?:您)?久(?:等|候)/u;
function longWaitBeforePause(t: PreparedTurn): PhraseMatch | null {
  const v = t.view;
  const m = OPENING_LONG_WAIT.exec(v.norm);
  if (!m) return null;
  const end = m.index + m[0].length;
  if (end < v.norm.length && !spokenPauseBetween(v, end - 1, end)) return null;
  return { phrase: m[0], start: m.index, end, cost: 0, level: 'pattern', quote: quoteOf(v, m.index, end) };
}

/**
 * The thanks for waiting in the agent's message on return (holdThanks, thanksForWaitOnReturn, a long wait owned up to before a
 * pause); round 23: in any bubble of that chat message (您还在吗？‖ 谢谢您的耐心等待，…), as it would be in one bubble.
 */
export function thanksOnReturn(c: ReturnType<typeof compileRubric>, t: PreparedTurn): PhraseMatch | null {
  for (let b: PreparedTurn | undefined = t; b; b = b.more) {
    const m = thanksForWaitIn(c, b);
    if (m) return m;
  }
  return null;
}

/** The thanks for a wait that is over in one turn (one bubble): holdThanks, 谢谢您稍等 opening it, or 久等 before a pause. */
function thanksForWaitIn(c: ReturnType<typeof compileRubric>, t: PreparedTurn): PhraseMatch | null {
  return findVocab(c, 'holdThanks', t) ?? thanksForWaitOnReturn(c, t) ?? longWaitBeforePause(t);
}

/**
 * Round 25: the request to wait in the agent's turn `asked` (its first, as holdAnnouncement finds it: not inside thanks for an
 * earlier wait) when the turn `back` that ends the silence after it is the agent's and opens with thanks for the wait — no
 * clause before them. Coming back, the agent names the silence as the wait it asked for: the words after the request
 * (an aside, a side question the customer has since answered) did not take it back. Null otherwise.
 */
export function keptWaitRequest(c: ReturnType<typeof compileRubric>, asked: PreparedTurn, back: PreparedTurn): PhraseMatch | null {
  if (back.turn.speaker !== 'agent' || asked.turn.speaker !== 'agent') return null;
  const ask = findVocab(c, 'holdRequest', asked);
  if (!ask) return null;
  // …not when the turn itself reports the look-up done or says the answer (…调出来了，显示… / 我解释一下，…): then the
  // thanks are for a wait the turn had already ended
  let end = ask.end;
  for (const h of vocabHits(c, 'holdRequest', asked)) end = Math.max(end, h.end);
  if (LOOKUP_DONE_OR_SAID.test(asked.view.norm.slice(end))) return null;
  const thanks = thanksForWaitIn(c, back);
  if (!thanks || !opensTheTurn(back, thanks.start)) return null;
  const earlier = findVocab(c, 'holdThanks', asked);
  if (earlier && ask.start < earlier.end && earlier.start < ask.end) return null;
  return ask;
}

/** A result reported after the request (了 / 显示 / 已经 / 查到), or the answer announced by a verb of saying. */
const LOOKUP_DONE_OR_SAID = /了|显示|已经|查到|结果|^(?:那|好)?我(?:这边|先|来)?(?:把[^，,。]{0,12}?)?(?:说|讲|解释|介绍|告诉|说明|补充|强调)/u;
/** What may stand before the opening thanks in their clause or clauses of its own: a filler, an acknowledgement, a greeting. */
const OPENER = /^(?:好的?|嗯+|呃|额|那个|喂|您好|你好|哎)*$/u;
/** Position `at` of the turn's text opens it: no clause break before it, or only an opener before it. */
function opensTheTurn(t: PreparedTurn, at: number): boolean {
  const v = t.view;
  for (let i = 1; i <= at && i < v.norm.length; i++) if (v.breakBefore[i]) return OPENER.test(v.norm.slice(0, at));
  return true;
}
