/**
 * facts (round 22): a sentence typed with a half-width full stop (保修是六个月.更正一下,是一年.) or clauses parted by an
 * ellipsis is read as the same sentences as with 。and ，: the value's sentence ends at the `.` (fact-cues.ts), so a
 * self-correction after it restates the fact as it does after 。. A `.` between digits stays a decimal point, and a run
 * of dots (...) is an ellipsis, a pause inside the sentence as …… is.
 * Our own wordings (a power-tool shop).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { cueHits } from '../../../scorers/checks/fact-cues.js';
import { compileRubric, prepare } from '../../../scorers/context.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'warranty', label: '电钻保修期', expected: '一年', variants: ['12个月', '十二个月'], wrong: ['六个月', '半年', '三个月'], cues: ['保修'] }],
});
const FULL = '这款电钻保修是六个月。更正一下，是一年。';
const verdicts = (line: string) => {
  const i = chat([
    ['customer', '这款电钻保修多久？', 1000],
    ['agent', line, 2000],
  ]);
  return [only(factAccuracy(i, S, rubric)).pass, only(noMisinformation(i, S, rubric)).pass];
};

describe('facts: typed sentence ends read as 。', () => {
  it.each([
    '这款电钻保修是六个月.更正一下,是一年.',
    '这款电钻保修是六个月. 更正一下, 是一年.',
    '这款电钻保修是六个月\n更正一下，是一年',
    '这款电钻保修是六个月。更正一下……是一年。',
  ])('%j reads like the full-width line', (typed) => {
    expect(verdicts(typed)).toEqual(verdicts(FULL));
  });

  it('the full-width correction itself restates the fact', () => {
    expect(verdicts(FULL)[0]).toBe(true);
  });

  it('look-alike: a decimal point is no sentence end (电压3.6伏, the wrong value stands)', () => {
    expect(verdicts('电池是3.6伏的，这款电钻保修是六个月。')[0]).toBe(false);
  });

  it('a typed ellipsis "..." is a pause inside the sentence, not three full stops: the cue before it shares the value\'s sentence', () => {
    const c = compileRubric(rubric);
    const fact = S.facts![0]!;
    const sentenceOf = (line: string) => {
      const t = prepare(chat([['agent', line, 1000]])).turns[0]!;
      const at = t.view.norm.indexOf('6个月');
      return cueHits(t, fact, { start: at, end: at + 3 } as Parameters<typeof cueHits>[2], c);
    };
    expect(sentenceOf('保修...我看了一下...是六个月').hits).toBe(1);
    expect(sentenceOf('保修...我看了一下...是六个月').sentence).toBe(sentenceOf('保修……我看了一下……是六个月').sentence);
    // a single typed full stop still ends the sentence, as 。 does
    expect(sentenceOf('保修.我看了一下.是六个月').sentence).toBe(sentenceOf('保修。我看了一下。是六个月').sentence);
    expect(sentenceOf('保修.我看了一下.是六个月').hits).toBe(0);
  });
});
