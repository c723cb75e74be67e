import { describe, expect, it } from 'vitest';
import { findValueIn, valueFormOfText } from '../../../scorers/text/values.js';
import { quoteOf, viewOf } from '../../../scorers/text/view.js';

/** The quotes of every occurrence of `value` (in its value form) in `text`. */
function found(text: string, value: string): string[] {
  const v = viewOf(text);
  return findValueIn(v, valueFormOfText(value)).map((s) => quoteOf(v, s.start, s.end));
}

describe('value forms', () => {
  it.each([
    ['这项业务不收取任何费用', '免费', '不收取任何费用'],
    ['办这个不用花钱的', '免费', '不用花钱'],
    ['工本费是零元', '免费', '零元'],
    ['大概五个工作日内到账', '5个工作日', '五个工作日'],
    ['两个钟头以后再试', '2小时', '两个钟头'],
    ['一个星期左右就能办好', '7天', '一个星期'],
    ['十五日内可以退', '15天', '十五日'],
    ['半个小时内上门', '30分钟', '半个小时'],
    ['下个月一号开始', '次月1日', '下个月一号'],
    ['第二天就到账', '次日', '第二天'],
    ['改了立刻生效', '马上生效', '立刻生效'],
    ['三到五个工作日寄到', '3-5个工作日', '三到五个工作日'],
    ['3～5个工作日寄到', '三至五个工作日', '3～5个工作日'],
    ['利率是千分之六', '0.6%', '千分之六'],
    ['能开专票的', '可以开专票', '能开专票'],
  ])('%s states %s', (text, value, quote) => {
    expect(found(text, value)).toEqual([quote]);
  });

  it('keeps different values apart', () => {
    expect(found('十五个工作日内', '5个工作日')).toEqual([]);
    expect(found('不交钱就会停机', '免费')).toEqual([]); // a condition, not "free"
    expect(found('这个不费事', '免费')).toEqual([]);
    expect(found('十块钱', '免费')).toEqual([]);
    expect(found('3号客服为您服务', '3日')).toEqual([]);
    expect(found('两周内', '7天')).toEqual([]); // two weeks are 14 days
  });

  it('a range is not a number: 3-5 is not 35', () => {
    expect(found('3-5个工作日', '35个工作日')).toEqual([]);
    expect(found('35个工作日', '3-5个工作日')).toEqual([]);
  });
});
