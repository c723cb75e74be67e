/**
 * fuzzyAt skips its edit-distance pass when costLowerBound exceeds the phrase's budget: sound only
 * if the bound never exceeds the cheapest alignment the pass could find (checked here against a
 * plain Sellers DP with fuzzyAt's costs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrase, costLowerBound } from '../../../scorers/text/fuzzy.js';
import { foldedId, isDigitToken } from '../../../scorers/text/pinyin.js';
import { buildView, type TextView } from '../../../scorers/text/view.js';

/** Cheapest cost of matching all of `phrase` against some substring of view.tokens[from …). */
function cheapestAlignment(view: TextView, phrase: Int32Array, from: number): number {
  const m = phrase.length;
  const del = (j: number) => (isDigitToken(phrase[j]!) ? 99 : 1);
  let prev = new Array<number>(m + 1).fill(0);
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + del(j - 1);
  let best = prev[m]!;
  for (let i = from; i < view.tokens.length; i++) {
    const t = view.tokens[i]!;
    const cur = [0];
    for (let j = 1; j <= m; j++) {
      const pt = phrase[j - 1]!;
      const sub = pt === t ? 0 : isDigitToken(t) || isDigitToken(pt) ? 99 : foldedId(pt) === foldedId(t) ? 0.5 : 1;
      cur[j] = Math.min(prev[j - 1]! + sub, prev[j]! + (isDigitToken(t) ? 99 : 1), cur[j - 1]! + del(j - 1));
    }
    best = Math.min(best, cur[m]!);
    prev = cur;
  }
  return best;
}

describe('costLowerBound', () => {
  it('never exceeds the cheapest alignment', () => {
    // homophones (是/事/时, 您/你/拟), 模糊音 pairs (zhi/zi, shen/sheng), digits
    const chars = [...'是事时您你拟知资身生很高兴为服务工号1234元块'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...chars), { maxLength: 16 }), fc.nat(8), (p, line, from) => {
        const phrase = compilePhrase(p.join(''), { minFuzzyLength: 1 });
        const view = buildView(line.join(''));
        const start = Math.min(from, view.tokens.length);
        expect(costLowerBound(view, phrase, start)).toBeLessThanOrEqual(cheapestAlignment(view, phrase.tokens, start));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('is exact for a phrase absent from the rest of the line', () => {
    const phrase = compilePhrase('很高兴为您服务', { minFuzzyLength: 1 });
    const view = buildView('您好很高兴为您服务我是客服');
    expect(costLowerBound(view, phrase, 0)).toBe(0);
    expect(costLowerBound(view, phrase, 9)).toBeGreaterThan(1);
  });
});
