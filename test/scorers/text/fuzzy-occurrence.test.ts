/**
 * occurrenceStart finds, without building match objects, exactly the occurrences findPhrase finds
 * for a phrase that never matches approximately (the vocabulary scan's exception lists use it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrase, findPhrase, occurrenceLength, occurrenceStart, type CompiledPhrase } from '../../../scorers/text/fuzzy.js';
import { buildView, type TextView } from '../../../scorers/text/view.js';

const exactOnly = { minFuzzyLength: Number.MAX_SAFE_INTEGER };

/** [start, end) of every occurrence findPhrase's loop visits (from each match's end on). */
function byFindPhrase(view: TextView, p: CompiledPhrase): [number, number][] {
  const out: [number, number][] = [];
  for (let e = findPhrase(view, p, 0); e; e = e.end < view.norm.length ? findPhrase(view, p, e.end) : null) out.push([e.start, e.end]);
  return out;
}

function byOccurrence(view: TextView, p: CompiledPhrase): [number, number][] {
  const out: [number, number][] = [];
  const len = occurrenceLength(p);
  for (let at = occurrenceStart(view, p, 0); at >= 0; at = at + len < view.norm.length ? occurrenceStart(view, p, at + len) : -1) out.push([at, at + len]);
  return out;
}

describe('occurrenceStart', () => {
  it('finds exact and homophone occurrences where findPhrase does', () => {
    const view = buildView('您的订单号是12345，公号1024，订单号码已发到您手机，对对对');
    for (const [text, homophones] of [['订单号', true], ['工号', true], ['工号', false], ['对对', true], ['手机号', true], ['20元', true]] as const) {
      const p = compilePhrase(text, { ...exactOnly, homophones });
      expect(byOccurrence(view, p), text).toEqual(byFindPhrase(view, p));
    }
    expect(byOccurrence(view, compilePhrase('工号', exactOnly))).toEqual([[11, 13]]); // 公号 by sound (punctuation is folded away)
    expect(byOccurrence(view, compilePhrase('工号', { ...exactOnly, homophones: false }))).toEqual([]);
  });

  it('keeps a number whole (20元 is not in 120元)', () => {
    const p = compilePhrase('20元', exactOnly);
    const view = buildView('一共120元，另收20元');
    expect(byOccurrence(view, p)).toEqual(byFindPhrase(view, p));
    expect(byOccurrence(view, p)).toHaveLength(1);
  });

  it('agrees with findPhrase on arbitrary lines', () => {
    const chars = '您的订单号工公号是对一二十元20，。请稍等'.split('');
    const line = fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((a) => a.join(''));
    const phrase = fc.array(fc.constantFrom(...chars.filter((c) => !'，。'.includes(c))), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
    fc.assert(
      fc.property(line, phrase, fc.boolean(), (text, ph, homophones) => {
        const view = buildView(text);
        const p = compilePhrase(ph, { ...exactOnly, homophones });
        expect(byOccurrence(view, p)).toEqual(byFindPhrase(view, p));
      }),
      // a fixed seed keeps the test deterministic (an unseeded run found 工。稍 / 公稍 once in many: occurrenceStart then
      // took a sound-alike across the clause break that findPhrase refuses since round 20; pinned below)
      { numRuns: 2000, seed: 20261207 },
    );
  });

  it('takes no sound-alike across a clause break, as findPhrase does not', () => {
    for (const [text, ph] of [['工。稍', '公稍'], ['回电。凭证', '点评'], ['公，号码', '工号']] as const) {
      const view = buildView(text);
      const p = compilePhrase(ph, { ...exactOnly, homophones: true });
      expect(byOccurrence(view, p), text).toEqual(byFindPhrase(view, p));
      expect(byOccurrence(view, p), text).toEqual([]);
    }
  });
});
