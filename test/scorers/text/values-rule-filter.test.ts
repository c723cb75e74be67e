/**
 * The value-form rules are skipped on texts lacking the characters they require (values.ts
 * ruleMayApply): sound only if a skipped rule could never have matched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES, mayHoldValue, ruleMayApply, valueChars, valueFormOf } from '../../../scorers/text/values.js';
import { viewOf } from '../../../scorers/text/view.js';

/** Every character the rules mention, digits, and filler. */
const ALPHABET = [...new Set([...RULES.map(([re]) => re.source).join('').replace(/[\\()[\]?:|*+{}!<=^$.,]/gu, ''), ...'0123456789.元费用钱您好的']).values()];

describe('value-form rule filter', () => {
  it('never rules out a text a rule matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        RULES.forEach(([re], k) => {
          if (new RegExp(re.source, 'u').test(text)) expect(ruleMayApply(k, text)).toBe(true);
        });
      }),
      { numRuns: 5000, seed: 11 },
    );
  });

  it('never rules out a value the value form holds (mayHoldValue, the fact-value gate)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET, '半小时', '两个半小时', '钟头', '第二天', '隔日', '一周', '三天', '5号', '下个月', '当天', '马上', '千分之五', '不收费', '0元', '可以', '个工作日', '3-5'), { maxLength: 10 }), (chars) => {
        const view = viewOf(chars.join(''));
        expect(mayHoldValue(view.norm, valueChars(valueFormOf(view).norm))).toBe(true);
      }),
      { numRuns: 5000, seed: 12 },
    );
    expect(mayHoldValue('补卡的手续费是20元', valueChars('7工作日'))).toBe(false);
    expect(mayHoldValue('请问还有其他问题吗', valueChars('免费'))).toBe(false);
    expect(mayHoldValue('这个不收钱', valueChars('免费'))).toBe(true);
  });

  it('rules out texts without the required characters', () => {
    const dayOfMonth = RULES.findIndex(([re]) => re.source.includes('号'));
    expect(ruleMayApply(dayOfMonth, '请您稍等')).toBe(false);
    expect(ruleMayApply(dayOfMonth, '3号')).toBe(true);
  });

  it('still rewrites values in their canonical form', () => {
    expect(valueFormOf(viewOf('三到五个工作日内不收取任何费用')).norm).toBe('3-5工作日内免费');
    expect(valueFormOf(viewOf('下个月1号，一周之内')).norm).toBe('次月1号7日之内');
  });
});
