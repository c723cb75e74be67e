/**
 * numerals (round 20): a leading 一 that cannot begin the number after it ends the word before it — 统一 / 唯一 / 同一 followed
 * by a number (统一九十分钟, 唯一七天内): the run does not read as one number (一九十), or is a two-character run nobody reads
 * digit by digit (一七). The 一 stays a word, the number starts after it, and the fact's value is found. Our own wordings
 * (a furniture shop and a fitness club).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { normaliseText } from '../../../scorers/text/numerals.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const SHOP = scenario({ facts: [{ key: 'ship', label: '发货时限', expected: '七天内发货', variants: ['7天内发货'], wrong: ['十五天内发货'], cues: ['发货'] }] });
const GYM = scenario({ facts: [{ key: 'class', label: '私教课时长', expected: '九十分钟', wrong: ['六十分钟'], cues: ['私教'] }] });

describe('numerals: 一 ending the word before a number', () => {
  it.each([
    ['库存款式统一七天内发货', '库存款式统一7天内发货'],
    ['每节课统一九十分钟', '每节课统一90分钟'],
    ['这是唯一三个名额', '这是唯一3个名额'],
  ])('%s reads %s', (text, norm) => {
    expect(normaliseText(text).norm).toBe(norm);
  });

  it.each([
    ['号码是一三五七', '号码是1357'], // a digit-by-digit id reads whole
    ['大概要一两天', '大概要12天'], // the approximate 一两 is left as it was read before
    ['一五', '15'], // nothing before the 一: no word for it to end
    ['等一下', '等一下'],
  ])('look-alike %s stays %s', (text, norm) => {
    expect(normaliseText(text).norm).toBe(norm);
  });

  it('the fact stated after 统一 is stated correctly', () => {
    const i = chat([
      ['customer', '沙发下单后多久发货？', 1000],
      ['agent', '现货款我们统一七天内发货。', 2000],
    ]);
    expect(only(factAccuracy(i, SHOP, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, SHOP, rubric)).pass).toBe(true);
  });

  it('a wrong value after 统一 is a wrong value', () => {
    const i = chat([
      ['customer', '私教课一节多长时间？', 1000],
      ['agent', '私教课统一六十分钟一节。', 2000],
    ]);
    expect(only(factAccuracy(i, GYM, rubric)).pass).toBe(false);
    expect(only(noMisinformation(i, GYM, rubric)).pass).toBe(false);
  });
});
