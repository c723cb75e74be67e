import { describe, expect, it } from 'vitest';
import { clauseTextOf, compilePattern, patternSpans } from '../../../scorers/text/patterns.js';
import { buildView } from '../../../scorers/text/view.js';
import { syllables } from '../../../scorers/text/pinyin.js';

// A file of its own: the homophone table is per process, and which character of a sound it met first
// decides the representative. These two sounds occur nowhere else in this file.
describe('matching by sound does not depend on which homophone was met first', () => {
  it('finds the homophone when the line met its character before the pattern met its own', () => {
    expect(syllables('跩拽')).toEqual(['zhuai', 'zhuai']);
    // the line's 跩 is met first, so 跩 represents the sound and the line holds no "changed" character
    const view = buildView('他跩得很');
    clauseTextOf(view);
    const spans = patternSpans(view, compilePattern('拽得'));
    expect(spans).toEqual([{ start: 1, end: 3, bySound: true }]);
  });

  it('finds it the other way round too (the pattern met first)', () => {
    expect(syllables('鹬遹')).toEqual(['yu', 'yu']);
    const p = compilePattern('鹬蚌');
    const spans = patternSpans(buildView('遹蚌相争'), p);
    expect(spans).toEqual([{ start: 0, end: 2, bySound: true }]);
  });
});
