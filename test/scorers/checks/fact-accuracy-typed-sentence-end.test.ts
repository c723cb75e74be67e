/**
 * facts (round 22): a sentence typed with a half-width full stop (保修是六个月.更正一下,是一年.) or clauses parted by an
 * ellipsis is read as the same sentences as with 。and ，: the value's sentence ends at the `.` (fact-cues.ts), so a
 * self-correction after it restates the fact as it does after 。. A `.` between digits stays a decimal point.
 * Our own wordings (a power-tool shop).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
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
});
