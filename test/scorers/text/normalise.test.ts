import { describe, expect, it } from 'vitest';
import { foldText, stripBreaks } from '../../../scorers/text/normalise.js';
import { normaliseText } from '../../../scorers/text/numerals.js';
import { quoteOf, viewOf } from '../../../scorers/text/view.js';

describe('foldText', () => {
  it('folds full width letters and digits, lower-cases, drops spaces and punctuation', () => {
    expect(stripBreaks(foldText('ＡＢＣ１２３， 您 好！')).norm).toBe('abc123您好');
  });

  it('keeps decimal points and clock colons between digits, and %', () => {
    expect(stripBreaks(foldText('利率3.5%，营业到17:30。')).norm).toBe('利率3.5%营业到17:30');
  });

  it('drops thousands separators without splitting the number', () => {
    expect(stripBreaks(foldText('共2,000元')).norm).toBe('共2000元');
  });

  it('marks a clause boundary where punctuation was removed', () => {
    const v = viewOf('不用担心，费用20元');
    const at = v.norm.indexOf('费');
    expect(v.breakBefore[at]).toBe(1);
    expect(v.breakBefore[1]).toBe(0);
  });

  it('maps every normalised char back to the original text, so quotes are exact', () => {
    const v = viewOf('补卡　费用是 二十 块钱。');
    const at = v.norm.indexOf('20元');
    expect(at).toBeGreaterThan(0);
    expect(quoteOf(v, at, at + 3)).toBe('二十 块钱');
  });

  it('handles characters outside the BMP without losing the mapping', () => {
    const v = viewOf('𠮷野家，您好');
    expect(v.norm.endsWith('您好')).toBe(true);
    const at = v.norm.indexOf('您好');
    expect(quoteOf(v, at, at + 2)).toBe('您好');
  });

  it('drops emoji', () => {
    expect(normaliseText('好的😊谢谢').norm).toBe('好的谢谢');
  });
});
