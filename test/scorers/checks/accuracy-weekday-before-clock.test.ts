/**
 * fact-accuracy (round 26, a reading, text/numerals.ts): a weekday's numeral before a clock hour ends at the day — 周三十六点
 * is Wednesday at 16:00, as 周三16点 reads, not 36点; a rate or a count of weeks (每周三十元 / 两周三十次) is no weekday.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy } from '../../../scorers/checks/accuracy.js';
import { normaliseText } from '../../../scorers/text/numerals.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'pickup', label: '取件时间', expected: '周三16点', wrong: ['周三14点'], cues: ['取'] }] });
const says = (line: string) =>
  chat([
    ['customer', '西装什么时候能取？', 1000],
    ['agent', line, 5000],
  ]);

describe('numerals: a weekday before a clock hour', () => {
  it('the weekday spelt out before an hour spelt out reads as the digits do', () => {
    expect(normaliseText('星期三十六点').norm).toBe(normaliseText('星期三16点').norm);
    expect(normaliseText('礼拜二十点半').norm).toBe(normaliseText('礼拜二10点半').norm);
    expect(normaliseText('下周一八点').norm).toBe(normaliseText('下周一8点').norm);
    expect(normaliseText('周一十五点').norm).toBe(normaliseText('周一15点').norm);
  });
  it('a rate, a count of weeks or a weekday with no hour after it reads as before', () => {
    expect(normaliseText('每周三十元').norm).toBe('每周30元');
    expect(normaliseText('两周三十次').norm).toBe('2周30次');
  });
  it('the fact said with the hour in words is right, and a wrong hour in words is wrong', () => {
    expect(only(factAccuracy(says('周三十六点就可以来取了。'), S, rubric)).pass).toBe(true);
    expect(only(factAccuracy(says('周三十四点就可以来取了。'), S, rubric)).pass).toBe(false);
  });
});
