/**
 * The vocabulary scan tables (scorers/vocab-index.ts): phrases by first token, and construction
 * patterns pre-filtered by their required sounds — the same patterns, in the same order, as testing
 * every pattern with mayMatch's first set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrase } from '../../scorers/text/fuzzy.js';
import { compilePattern, type CompiledPattern } from '../../scorers/text/patterns.js';
import { buildView, mayHold } from '../../scorers/text/view.js';
import { buildVocabIndex, candidatePatterns } from '../../scorers/vocab-index.js';

const PATTERNS = ['不(?:归|属于)(?:我|我们)管', '(?:您|你)…投诉', '跟你说了…遍', '(?:^|\\|)喂', '\\d+号', '稍(?:等|候)', '感谢(?:您|你)的?(?:来电|耐心)'];

function category(name: string, phrases: string[], patterns: string[]) {
  return { name, phrases: phrases.map((p) => compilePhrase(p, { minFuzzyLength: 99 })), patterns: patterns.map(compilePattern) };
}

/** What the scanner did before the index: every pattern whose first required set may occur. */
function firstSetMayMatch(text: string, p: CompiledPattern): boolean {
  const set = p.required[0];
  if (!set || set.length === 0) return true;
  const view = buildView(text);
  for (let i = 0; i < set.length; i++) if (mayHold(view, set[i]!)) return true;
  return false;
}

describe('buildVocabIndex', () => {
  const cats = [category('a', ['不归我管', '您好', '你好'], PATTERNS.slice(0, 3)), category('b', ['您稍等'], PATTERNS.slice(3))];
  const index = buildVocabIndex(cats);

  it('indexes exact phrases by their first token, in the vocabulary order', () => {
    const first = cats[0]!.phrases[1]!.tokens[0]!; // 您
    const bucket = index.phrasesByFirstToken.buckets[index.phrasesByFirstToken.bucketOf[first]! - 1]!;
    expect(bucket.map((e) => e.item.text)).toEqual(['您好', '您稍等']);
  });

  it('lists the patterns in scan order: categories in order, then their patterns', () => {
    expect(index.patterns.map((e) => `${e.category.name}:${e.item.source}`)).toEqual([...PATTERNS.slice(0, 3).map((p) => `a:${p}`), ...PATTERNS.slice(3).map((p) => `b:${p}`)]);
  });

  it('finds exactly the patterns whose first required sound may occur, ascending', () => {
    const chars = [...'不归我们管您你投诉跟说了遍喂号稍等候感谢来电耐心好的是3'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 20 }), (list) => {
        const text = list.join('');
        const c = candidatePatterns(index, buildView(text).tokens);
        const got = Array.from(c.out.subarray(0, c.count));
        const want = index.patterns.flatMap((e, k) => (firstSetMayMatch(text, e.item) ? [k] : []));
        expect(got).toEqual(want);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});
