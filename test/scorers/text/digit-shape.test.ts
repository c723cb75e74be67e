/**
 * Lines that differ only in digits share a vocabulary's hits (scorers/text/digit-shape.ts, vocab-scan.ts shapeHits)
 * only where nothing in the vocabulary tells those digits apart: the hits of every line must be what a scan of the
 * line alone finds. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { compileRubric, vocabHitsInView, type VocabName } from '../../../scorers/context.js';
import { compilePattern } from '../../../scorers/text/patterns.js';
import { ALL_DIGITS, patternDigits } from '../../../scorers/text/digit-shape.js';
import { buildView } from '../../../scorers/text/view.js';
import { rubric } from '../helpers.js';
import { hitsAlone } from './shape-hits.js';

const c = compileRubric(rubric);
const digits = (source: string) => patternDigits(compilePattern(source));
const bits = (...ds: number[]) => ds.reduce((m, d) => m | (1 << d), 0);

describe('patternDigits: the digits a pattern tells apart', () => {
  it('reads digit literals and partial ranges, not quantifiers or \\d', () => {
    expect(digits('等了\\d{2,}个小时')).toBe(0);
    expect(digits('第[2-9]次')).toBe(bits(2, 3, 4, 5, 6, 7, 8, 9));
    expect(digits('编号[0-9a-z]{2,14}')).toBe(0);
    expect(digits('打(?:12315|热线)')).toBe(bits(1, 2, 3, 5));
  });

  it('tells every digit apart for a backreference whose group may capture a digit, not for one of Han only', () => {
    expect(digits('(.)\\1')).toBe(ALL_DIGITS);
    expect(digits('([0-9a-z])\\1')).toBe(ALL_DIGITS);
    expect(digits('(\\p{Script=Han})不\\1')).toBe(0);
    expect(digits('(能|对|行|是)\\1\\1')).toBe(0);
  });
});

describe('vocabulary hits shared by digit shape', () => {
  const lines = [
    '我已经打了2次了还是没人管',
    '我已经打了1次了还是没人管',
    '我已经打了7次了还是没人管',
    '等了3个小时都没人管，工单号是12345678',
    '等了1个小时都没人管，工单号是87654321',
    '我是1234号客服小王，请问有什么可以帮您？',
    '我是5678号客服小王，请问有什么可以帮您？',
    '这都第5次了',
    '这都第1次了',
  ];
  const names = Object.keys(c.vocabs) as VocabName[];

  it('finds on every line what a scan of that line alone finds (positions, levels and its own quotes)', () => {
    const alone = hitsAlone(c, lines);
    lines.forEach((line, i) => names.forEach((n, k) => expect(vocabHitsInView(c, n, buildView(line))).toEqual(alone[i]![k])));
  });
});
