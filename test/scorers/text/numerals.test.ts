import { describe, expect, it } from 'vitest';
import { chineseRunToDigits, normaliseText, parseChineseNumber } from '../../../scorers/text/numerals.js';

const norm = (s: string) => normaliseText(s).norm;

describe('Chinese numerals', () => {
  it.each([
    ['十', 10],
    ['二十', 20],
    ['十五', 15],
    ['一百零八', 108],
    ['一百五', 150],
    ['三千五', 3500],
    ['两万五', 25000],
    ['一万零五', 10005],
    ['两千零二十六', 2026],
    ['三亿', 300_000_000],
  ])('%s = %d', (cn, n) => {
    expect(parseChineseNumber(cn)).toBe(n);
  });

  it('reads unit-less runs digit by digit (years, phone numbers said aloud)', () => {
    expect(chineseRunToDigits('二零二六')).toBe('2026');
    expect(chineseRunToDigits('幺三八')).toBe('138');
  });
});

describe('normaliseText numbers', () => {
  it.each([
    ['补卡费用是二十元', '补卡费用是20元'],
    ['补卡费用是20元', '补卡费用是20元'],
    ['二十块钱', '20元'],
    ['20块', '20元'],
    ['¥20.00', '20元'],
    ['￥20', '20元'],
    ['两块五', '2.5元'],
    ['20.50元', '20.5元'],
    ['百分之五', '5%'],
    ['百分之三点五', '3.5%'],
    ['５％', '5%'],
    ['一百零八元', '108元'],
    ['1.5万', '15000'],
    ['九点半', '9:30'],
    ['九点三十分', '9:30'],
    ['下午五点', '下午5点'],
    ['17:00', '17点'],
    ['七个工作日', '7个工作日'],
    ['两天', '2天'],
    ['三点五', '3.5'],
  ])('%s → %s', (input, out) => {
    expect(norm(input)).toBe(out);
  });

  it('leaves words built on 一 / 十分 alone', () => {
    expect(norm('请稍等一下')).toBe('请稍等一下');
    expect(norm('十分感谢')).toBe('十分感谢');
    expect(norm('统一办理')).toBe('统一办理');
    expect(norm('千万不要')).toBe('千万不要');
  });

  it('converts the same value written either way to the same form', () => {
    expect(norm('手续费二十元，七个工作日')).toBe(norm('手续费20元，7个工作日'));
    expect(norm('利率百分之五')).toBe(norm('利率5%'));
  });

  it('reads 块 + digit as 毛 only when no measure word follows (十块三个工作日 is 10元 and 3 days)', () => {
    expect(norm('两块五毛')).toBe('2.5元');
    expect(norm('退您十块三个工作日到账')).toBe('退您10元3个工作日到账');
    expect(norm('二十块两天内退回')).toBe('20元2天内退回');
  });

  it('does not join numbers across punctuation', () => {
    expect(norm('百分之五，九点半开门')).toBe('5%9:30开门');
  });
});

describe('the radio reading of digits (洞 = 0, 拐 = 7)', () => {
  it('reads 洞 and 拐 as digits only between digits', () => {
    expect(norm('受理单号是三洞五拐幺八')).toBe('受理单号是305718');
    expect(norm('工号六洞二')).toBe('工号602');
  });
  it('leaves the words 漏洞 / 拐弯 / a run ending in 洞 alone', () => {
    expect(norm('系统有个漏洞')).toBe('系统有个漏洞');
    expect(norm('前面路口拐弯')).toBe('前面路口拐弯');
    expect(norm('三号洞口')).toBe('3号洞口');
  });
});
