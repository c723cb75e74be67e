/**
 * Round 21: reading bugs in values said in other forms (found by saying every development fact's values in many forms of
 * our own making). Each is a misreading of the words, fixed in the numeral reader (numerals.ts) or the value forms
 * (values.ts): 十分钟 is ten minutes (not 十分 "very" + 钟); a count after a price (八十块一套) is not 毛 (80.1元);
 * 3千2 is 3200 (not 30002); 晚上两点 is a clock time; an ASR space inside one number (三千 二百) joins it; 三个半小时 is
 * 3.5 hours (not 3个 + 半小时); 2个钟 is two hours; 七成 is 70%. Our own wordings (a car park, a print shop, a gym,
 * a removals firm, a seed shop).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { normaliseText } from '../../../scorers/text/numerals.js';
import { valueFormOfText } from '../../../scorers/text/values.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const PARK = scenario({ facts: [{ key: 'grace', label: '免费停车时长', expected: '二十分钟', wrong: ['十分钟'], cues: ['停车'] }] });
const PRINT = scenario({ facts: [{ key: 'price', label: '名片价格', expected: '六十元一盒', wrong: ['八十元一套'], cues: ['名片'] }] });
const MOVE = scenario({ facts: [{ key: 'fee', label: '搬家费', expected: '四千二百元', wrong: ['三千六百元'], cues: ['搬家'] }] });
const GYM = scenario({ facts: [{ key: 'close', label: '闭馆时间', expected: '晚上十一点', wrong: ['凌晨两点'], cues: ['闭馆'] }] });
const SEED = scenario({ facts: [{ key: 'rate', label: '出苗率', expected: '百分之九十', wrong: ['百分之七十'], cues: ['出苗'] }] });

function said(reply: string, question = '想问一下这个怎么算？') {
  return chat([
    ['customer', question, 1000],
    ['agent', reply, 2000],
  ]);
}

describe('numerals: values said in other forms', () => {
  it.each([
    ['免费停十分钟', '免费停10分钟'],
    ['一共一十分钟', '一共10分钟'],
    ['八十块一套', '80元1套'],
    ['五块一本', '5元1本'],
    ['3千2', '3200'],
    ['2万4', '24000'],
    ['晚上两点', '晚上2点'],
    ['上午一点', '上午1点'],
    ['三千 二百元', '3200元'],
    ['一万 五千', '15000'],
    ['一百 零八', '108'],
  ])('%s reads %s', (text, norm) => {
    expect(normaliseText(text).norm).toBe(norm);
  });

  it.each([
    ['十分感谢', '十分感谢'], // 十分 (very) stays a word
    ['两块五', '2.5元'], // a digit after 块 with no measure word is still 毛
    ['2块5毛', '2.5元'],
    ['跑3千米', '跑3千米'],
    ['1.5万', '15000'],
    ['早一点', '早一点'], // 一点 (a bit), no part of the day before it
    ['下午再快一点', '下午再快一点'],
  ])('look-alike %s reads %s', (text, norm) => {
    expect(normaliseText(text).norm).toBe(norm);
  });

  it('two numbers after a space stay two numbers when the second is not smaller than the unit', () => {
    expect(normaliseText('三百 四百').norm).not.toBe('700');
    expect(normaliseText('一百 一百').norm).not.toBe('200');
    expect(normaliseText('三千，五百是押金').norm).not.toContain('3500'); // a comma, not an ASR space: two numbers
  });

  it.each([
    ['三个半小时', '3.5小时'],
    ['半个小时', '30分钟'],
    ['2个钟', '2小时'],
    ['七成', '70%'],
  ])('value form of %s is %s', (text, form) => {
    expect(valueFormOfText(text)).toBe(form);
  });

  it.each([
    ['挂个钟表', '挂个钟表'],
    ['控制成本', '控制成本'],
    ['8成员', '8成员'],
  ])('look-alike value form of %s stays %s', (text, form) => {
    expect(valueFormOfText(text)).toBe(form);
  });
});

describe('fact-accuracy / no-misinformation on these forms', () => {
  it('10分钟 is the wrong grace period written 十分钟', () => {
    const i = said('停车场免费停车10分钟，超过就按小时收。', '停车能免费停多久？');
    expect(only(noMisinformation(i, PARK, rubric)).pass).toBe(false);
  });

  it('a price then a count (八十块一套) is the wrong price', () => {
    const i = said('名片是八十块一套的。', '名片多少钱？');
    expect(only(noMisinformation(i, PRINT, rubric)).pass).toBe(false);
  });

  it('an ASR space inside the fee still reads the fee', () => {
    const i = said('这次搬家费是四千 二百元。', '搬家费多少？');
    expect(only(factAccuracy(i, MOVE, rubric)).pass).toBe(true);
  });

  it('the elided 4千2 reads the fee', () => {
    const i = said('搬家一共4千2块钱。', '搬家费多少？');
    expect(only(factAccuracy(i, MOVE, rubric)).pass).toBe(true);
  });

  it('凌晨2点 is the wrong closing time written 凌晨两点', () => {
    const i = said('我们闭馆是凌晨2点。', '你们几点闭馆？');
    expect(only(noMisinformation(i, GYM, rubric)).pass).toBe(false);
  });

  it('九成 is the stated rate, 七成 the wrong one', () => {
    expect(only(factAccuracy(said('出苗率能有九成。', '出苗率多少？'), SEED, rubric)).pass).toBe(true);
    expect(only(noMisinformation(said('出苗率大概七成。', '出苗率多少？'), SEED, rubric)).pass).toBe(false);
  });
});
