/**
 * Round 24 (reading): measure words that are also words. A lone 一/两 before 块 is money only as an amount; 一小会儿 is
 * "a little while", 一时 / 第一时间 / 同一时间 "a moment", not 1 o'clock; and in 一块五一个 the 五 is the 毛 and the 一 counts
 * the piece the price is for (1.5元 each, not 一块 + 51个). Our own wordings.
 */
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../scorers/text/numerals.js';

const norm = (s: string) => normaliseText(s).norm;

describe('一块 / 两块: money only as an amount', () => {
  it.each([
    ['一块钱', '1元'],
    ['两块钱就够', '2元就够'],
    ['一块五', '1.5元'],
    ['两块三毛', '2.3元'],
    ['这个贴纸一块一张', '这个贴纸1元1张'],
    ['押金退您一块', '押金退您1元'],
    ['一百分兑一块', '100分兑1元'],
    ['停车只要两块', '停车只要2元'],
    ['加急收您一块手续费', '加急收您1元手续费'],
    ['就一块', '就1元'],
    ['一块多', '1元多'],
    ['这一块钱', '这1元'],
    ['我们一块五一份', '我们1.5元1份'],
  ])('money: %s → %s', (input, out) => {
    expect(norm(input)).toBe(out);
  });

  it.each([
    ['明天咱们一块过去', '明天咱们一块过去'],
    ['我陪您一块儿办', '我陪您一块儿办'],
    ['你们俩一块吧', '你们俩一块吧'],
    ['报销这一块归财务管', '报销这一块归财务管'],
    ['您问的是哪一块', '您问的是哪一块'],
    ['同一块场地', '同一块场地'],
    ['需要换一块玻璃', '需要换一块玻璃'],
    ['配了两块电池', '配了两块电池'],
    ['墙皮一块一块往下掉', '墙皮一块一块往下掉'],
    ['胳膊上红一块白一块的', '胳膊上红一块白一块的'],
    ['掉了好大一块', '掉了好大一块'],
  ])('a word: %s stays %s', (input, out) => {
    expect(norm(input)).toBe(out);
  });

  it('an ASR line with no punctuation: 四块 then 两块 + noun is 4元 and two pieces, not 4.2元', () => {
    expect(norm('这次有四块两块木板')).toBe('这次有4元两块木板');
    expect(norm('四块两块的都有')).toBe('4元2元的都有');
  });
});

describe('一块五一个: the 毛 digit, then a count', () => {
  it.each([
    ['两块五一个', '2.5元1个'],
    ['一块二一斤', '1.2元1斤'],
    ['三块八两份', '3.8元2份'],
  ])('%s → %s', (input, out) => {
    expect(norm(input)).toBe(out);
  });
  it('a run after 块 with no count after it reads as before', () => {
    expect(norm('十一块')).toBe('11元');
    expect(norm('一块二')).toBe('1.2元');
  });
});

describe('一小 / 一时: a little, a moment', () => {
  it.each([
    ['您稍等一小会儿', '您稍等一小会儿'],
    ['只剩一小部分', '只剩一小部分'],
    ['我一时想不起来', '我一时想不起来'],
    ['有消息第一时间告诉您', '有消息第一时间告诉您'],
    ['机器同一时间开机', '机器同一时间开机'],
  ])('a word: %s stays %s', (input, out) => {
    expect(norm(input)).toBe(out);
  });
  it.each([
    ['大概一小时', '大概1小时'],
    ['两小时以内', '2小时以内'],
    ['下午一时开馆', '下午1时开馆'],
  ])('a count or a clock: %s → %s', (input, out) => {
    expect(norm(input)).toBe(out);
  });
});

describe('other measure words that are words (already read right; kept so)', () => {
  it.each([
    ['您稍等一下', '您稍等一下'],
    ['快一点', '快一点'],
    ['差一点就到了', '差一点就到了'],
    ['折腾一番', '折腾一番'],
    ['忙了一阵', '忙了一阵'],
    ['帮您一把', '帮您一把'],
    ['一家人都来了', '一家人都来了'],
    ['凌晨一点', '凌晨1点'],
    ['一点半', '1:30'],
  ])('%s → %s', (input, out) => {
    expect(norm(input)).toBe(out);
  });
});
