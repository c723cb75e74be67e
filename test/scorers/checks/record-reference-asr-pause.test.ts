/**
 * Round 22 (ASR reading): in a recognised call a space after a reference code, before the next words, is the pause a
 * writer marks with a comma. The reference vocabulary reads it so: …单号是BX2093 可以在小程序里查… and 受理编号K5521 专员…
 * give the number as the punctuated lines do — the staff-number look-alike (编号 + a code + 专员/客服, the agent's own
 * number) no longer reaches across the pause to the role word opening the next clause. Wordings are our own (a repair desk).
 */
import { describe, expect, it } from 'vitest';
import { compileRubric } from '../../../scorers/context.js';
import { viewOf } from '../../../scorers/text/view.js';
import { vocabHitsInView } from '../../../scorers/vocab-scan.js';
import { rubric } from '../helpers.js';

const c = compileRubric(rubric);
const refs = (line: string) => vocabHitsInView(c, 'referenceKeywords', viewOf(line)).map((m) => m.category);

describe('record-reference: a code, a pause, then the next clause', () => {
  it('reads as the punctuated line', () => {
    for (const [spaced, punctuated] of [
      ['您的报修单号是BX2093 可以在小程序里查进度', '您的报修单号是BX2093，可以在小程序里查进度'],
      ['受理编号K5521 专员明天按这个号回您电话', '受理编号K5521，专员明天按这个号回您电话'],
    ]) {
      expect(refs(spaced), spaced).toEqual(refs(punctuated!));
      expect(refs(spaced).length, spaced).toBeGreaterThan(0);
    }
  });

  it('the staff number in an introduction said as one stays the agent’s', () => {
    expect(refs('我是小吴编号4338专员为您服务')).toEqual([]);
    expect(refs('编号4338的维修专员为您服务')).toEqual([]);
  });
});
