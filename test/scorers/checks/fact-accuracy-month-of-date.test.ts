/**
 * Value forms (round 25, a reading): a number and 月 without 个 names a month (March, in 3月28号 / 今年三月 / 五月份),
 * never a count of months — the month of a date must not state a value 三个月, the way round 20 stopped its day reading
 * as a count of days. 三个月 / 3个月 still match each other. Our own wordings (a gym membership, a piano tuner).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { findValueIn, valueFormOfText } from '../../../scorers/text/values.js';
import { quoteOf, viewOf } from '../../../scorers/text/view.js';
import { chat, only, rubric, scenario } from '../helpers.js';

function found(text: string, value: string): string[] {
  const v = viewOf(text);
  return findValueIn(v, valueFormOfText(value)).map((s) => quoteOf(v, s.start, s.end));
}

describe('value forms: the month of a date is not a count of months', () => {
  it.each([
    ['健身卡是6月15号开的', '六个月'],
    ['调音师十二月二十一日上门', '12个月'],
    ['您是今年三月办的年卡', '3个月'],
    ['九月份开课', '九个月'],
  ])('%s does not state %s', (text, value) => {
    expect(found(text, value)).toEqual([]);
  });
  it.each([
    ['冻结期最长三个月', '3个月', '三个月'],
    ['冻结期最长3个月', '三个月', '3个月'],
    ['会籍还剩十二个月', '12个月', '十二个月'],
    ['六月十五号上门', '6月15日', '六月十五号'],
  ])('%s states %s', (text, value, quote) => {
    expect(found(text, value)).toEqual([quote]);
  });

  it('a date stated for another fact does not misstate a count of months', () => {
    const S = scenario({
      facts: [
        { key: 'card-ready', label: '新卡领取日期', expected: '三月八号', variants: ['3月8号'], cues: ['领取', '来拿'] },
        { key: 'freeze', label: '最长冻结期', expected: '六个月', variants: ['6个月'], wrong: ['三个月', '3个月'], cues: ['冻结'] },
      ],
    });
    const i = chat([
      ['customer', '我的新卡好了吗？', 1000],
      ['agent', '好的，您的新卡3月8号可以到前台。', 2000],
      ['customer', '那卡能停一阵吗', 3000],
      ['agent', '最长停六个月。', 4000],
    ]);
    expect(factAccuracy(i, S, rubric).map((f) => f.pass)).toEqual([true, true]);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(true);
  });
});
