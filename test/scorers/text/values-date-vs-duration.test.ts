/**
 * Value forms (round 20): a day of the month after its month is a date, not a count of days. 十月九号 / 10月9日 must not
 * state a value 九天 (nor 9日 in the sense of a nine-day span), while the same date said with 号 or 日, and a bare day of
 * the month (9号 = 9日), keep matching each other. Our own wordings (a parcel locker and a gym).
 */
import { describe, expect, it } from 'vitest';
import { findValueIn, valueFormOfText } from '../../../scorers/text/values.js';
import { quoteOf, viewOf } from '../../../scorers/text/view.js';

function found(text: string, value: string): string[] {
  const v = viewOf(text);
  return findValueIn(v, valueFormOfText(value)).map((s) => quoteOf(v, s.start, s.end));
}

describe('value forms: a date is not a count of days', () => {
  it.each([
    ['包裹十月九号放进柜子的', '九天'],
    ['会员卡10月9日到期', '9天'],
    ['您是三月二十号办的卡', '20天'],
  ])('%s does not state %s', (text, value) => {
    expect(found(text, value)).toEqual([]);
  });
  it.each([
    ['会员卡10月9日到期', '十月九号', '10月9日'],
    ['会员卡十月九号到期', '10月9日', '十月九号'],
    ['下个月五号扣费', '次月5日', '下个月五号'],
    ['每月二十号扣费', '每月20日', '每月二十号'],
    ['九号之前取走就行', '9日', '九号'],
    ['九号之前取走就行', '9号', '九号'],
    ['柜子能存九天', '9日', '九天'],
  ])('%s states %s', (text, value, quote) => {
    expect(found(text, value)).toEqual([quote]);
  });
});
