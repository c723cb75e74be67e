/**
 * The vocabulary scan tables (scorers/vocab-index.ts): phrases by first token, and construction
 * patterns pre-filtered by the adjacent token pairs of their narrowest pair set (else their first
 * required sound set) — every pattern that finds a span is among them, in scan order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrase, findPhrase } from '../../scorers/text/fuzzy.js';
import { compilePattern, mayMatch, pairsMayOccur, patternSpans, type CompiledPattern } from '../../scorers/text/patterns.js';
import { buildView, mayHold, pairKey } from '../../scorers/text/view.js';
import { buildVocabIndex, candidatePatterns, flattenTokens, patternMayOccur, requiredMayOccur, tooManyAbsent } from '../../scorers/vocab-index.js';

const PATTERNS = ['不(?:归|属于)(?:我|我们)管', '(?:您|你)…投诉', '跟你说了…遍', '(?:^|\\|)喂', '\\d+号', '稍(?:等|候)', '感谢(?:您|你)的?(?:来电|耐心)'];

function category(name: string, phrases: string[], patterns: string[]) {
  return { name, phrases: phrases.map((p) => compilePhrase(p, { minFuzzyLength: 99 })), patterns: patterns.map(compilePattern) };
}

/** The set a pattern is indexed by: a pair of adjacent tokens of its narrowest pair set, else a sound of its first required set (none: every line). */
function indexSetMayOccur(text: string, p: CompiledPattern): boolean {
  const view = buildView(text);
  const keys = p.pairKeys[0];
  if (keys && keys.length > 0) {
    for (let i = 1; i < view.tokens.length; i++) if (keys.includes(pairKey(view.tokens[i - 1]!, view.tokens[i]!))) return true;
    return false;
  }
  const set = p.required[0];
  if (!set || set.length === 0) return true;
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

  it('indexes patterns by a sound pair when they have pair sets, else by a required sound', () => {
    expect(index.patterns.some((e) => e.item.pairs.length > 0)).toBe(true);
    expect(index.patterns.some((e) => e.item.pairs.length === 0 && e.item.required.length > 0)).toBe(true);
  });

  it('finds exactly the patterns whose index set occurs, ascending — every one that finds a span among them', () => {
    const chars = [...'不归我们管您你投诉跟说了遍喂号稍等候感谢来电耐心好的是3'];
    let matched = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 20 }), (list) => {
        const text = list.join('');
        const view = buildView(text);
        const c = candidatePatterns(index, view.tokens, view.presence);
        const got = Array.from(c.out.subarray(0, c.count));
        const want = index.patterns.flatMap((e, k) => (indexSetMayOccur(text, e.item) ? [k] : []));
        expect(got).toEqual(want);
        index.patterns.forEach((e, k) => {
          if (patternSpans(view, e.item).length === 0) return;
          matched++;
          expect(got).toContain(k);
        });
      }),
      { numRuns: 2000, seed: 3 },
    );
    expect(matched).toBeGreaterThan(0);
  });
});

describe('flat scan tables', () => {
  const cats = [category('a', ['不归我管', '您好', '你好'], PATTERNS.slice(0, 3)), category('b', ['您稍等', '您好啊'], PATTERNS.slice(3))];
  const index = buildVocabIndex(cats);
  const chars = [...'不归我们管您你投诉跟说了遍喂号稍等候感谢来电耐心好的是啊3'];

  it('hold every bucket\'s phrases and tokens, in bucket order', () => {
    const { buckets, flat } = index.phrasesByFirstToken;
    buckets.forEach((bucket, b) => {
      const entries = flat.entries.slice(flat.bucketStart[b]!, flat.bucketStart[b + 1]!);
      expect(entries).toEqual(bucket);
      entries.forEach((entry, k) => {
        const e = flat.bucketStart[b]! + k;
        expect(Array.from(flat.tokens.subarray(flat.tokenStart[e]!, flat.tokenStart[e + 1]!))).toEqual(Array.from(entry.item.tokens));
      });
    });
  });

  it('rule a pattern out exactly when mayMatch does (with the sound-pair gate the scan tests next)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 20 }), (list) => {
        const view = buildView(list.join(''));
        index.patterns.forEach((e, k) => {
          expect(requiredMayOccur(index, k, view.presence) && pairsMayOccur(view, e.item)).toBe(mayMatch(view, e.item));
        });
        // patternMayOccur skips the set a candidate was found by: exact for the candidates, which it is only asked about
        const c = candidatePatterns(index, view.tokens, view.presence);
        for (const k of Array.from(c.out.subarray(0, c.count))) expect(patternMayOccur(index, k, view.presence)).toBe(mayMatch(view, index.patterns[k]!.item));
      }),
      { numRuns: 1000, seed: 5 },
    );
  });

  it('skip a phrase only when findPhrase finds nothing (exact and approximate phrases)', () => {
    const phrases = [
      ...['不归我管', '您稍等', '感谢您的耐心', '跟你说了'].map((p) => compilePhrase(p, { minFuzzyLength: 99 })),
      ...['感谢您的耐心等待', '请您稍等一下', '不归我们管的'].map((p) => compilePhrase(p, { minFuzzyLength: 4, editRatio: 0.34 })),
    ];
    const flat = flattenTokens(phrases);
    let skipped = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 24 }), (list) => {
        const view = buildView(list.join(''));
        phrases.forEach((p, k) => {
          if (!tooManyAbsent(flat, k, p.maxEdits, view.presence)) return;
          skipped++;
          expect(findPhrase(view, p, 0)).toBeNull();
        });
      }),
      { numRuns: 1000, seed: 9 },
    );
    expect(skipped).toBeGreaterThan(0);
  });
});

