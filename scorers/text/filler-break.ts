/**
 * Round 21 (ASR reading): a hesitation filler that opens a clause (，呃我去看看 / ，嗯不过我帮您转 / ，那个我跟同事核实)
 * is the pause a writer marks with the comma alone. The clause-marked text the construction patterns read
 * (patterns.ts clauseTextOf) leaves it out, so constructions anchored at a clause start (|不过… / |你… / |我去…) or
 * bridging two clauses (不属于我们负责|不过我帮您…) read the same words alike with and without it; view.norm keeps it.
 *
 * Only after a clause break: a filler opening the turn may lead what the turn is (呃 看到了 … reports a look-up).
 * - 呃 / 嗯 opening a clause, with more of the clause after it (not 嗯嗯, not 嗯 as a clause of its own);
 * - 那个 / 就是 opening a clause before what neither governs as a demonstrative or a copula: a personal pronoun,
 *   a conjunction, or (那个) another demonstrative (那个我… / 就是不过… / 那个这个…); 那个订单 / 就是这样 stay.
 */
const EH = '呃'.charCodeAt(0);
const MM = '嗯'.charCodeAt(0);
/** After 那个 / 就是: what a demonstrative or copula does not take (pronouns, conjunctions); for 那个 also 这. */
const AFTER_WORD_FILLER = /^(?:我|你|您|他|她|咱|不过|但|可是|所以|因为|然后)/u;
const AFTER_NAGE = /^这/u;

/** The end of a filler opening the clause [at, clauseEnd) of `norm`, or `at` when the clause opens on none. */
export function clauseFillerEnd(norm: string, at: number, clauseEnd: number): number {
  if (clauseEnd - at < 2) return at;
  const c = norm.charCodeAt(at);
  if (c === EH || c === MM) {
    const next = norm.charCodeAt(at + 1);
    return next === EH || next === MM ? at : at + 1;
  }
  if (clauseEnd - at < 3) return at;
  const two = norm.slice(at, at + 2);
  if (two !== '那个' && two !== '就是') return at;
  const rest = norm.slice(at + 2, Math.min(clauseEnd, at + 6));
  return AFTER_WORD_FILLER.test(rest) || (two === '那个' && AFTER_NAGE.test(rest)) ? at + 2 : at;
}

/**
 * Where the words after `at` start once a filler opening them is passed over (…稍候，嗯我去档案室问问: the tail after a
 * request to wait is as long with the 嗯 as without it). `at` is read as a clause start, as the text after a request is.
 */
export function afterOpeningFiller(norm: string, breakBefore: ArrayLike<number>, at: number): number {
  let end = at + 1;
  while (end < norm.length && end < at + 4 && !breakBefore[end]) end++;
  return clauseFillerEnd(norm, at, end);
}
