/**
 * foldText's per-unit fast path (every unit folds to one unit) must give exactly what the general
 * code-point path gives: the scorers' judgements are defined by the general one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldGeneral, foldText } from '../../../scorers/text/normalise.js';

/** The characters service transcripts are made of, and the ones the fold rules single out. */
const ALPHABET = [
  ...'您好请稍等补卡手续费是元块钱个工作日号码点半分百千万亿零〇幺一二两三四五六七八九十',
  ...'0123456789０１２３ABCabcＡＢｃ',
  ...',，.．:：;；、。!！?？%％¥$～~-—|…“”（）《》',
  ' ', '\u3000', '\t', '\n', '\u00ad', '\u200b',
  'ﬁ', '①', '½', 'Ⅷ', 'é', 'e\u0301', '😀', '\ud800',
];

describe('foldText fast path', () => {
  it('equals the general fold on any text of transcript characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(foldText(text)).toEqual(foldGeneral(text));
      }),
      { numRuns: 3000, seed: 42 },
    );
  });

  it('equals the general fold around digits, numerals and separators', () => {
    const dense = [...'0123456789０１,，.．:：一二十 \u3000元'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...dense), { maxLength: 16 }), (chars) => {
        const text = chars.join('');
        expect(foldText(text)).toEqual(foldGeneral(text));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('handles the separators that depend on their neighbours like the general fold', () => {
    for (const text of ['共2,000元', '共2，000元', '2,0001', '1,00', '3.5%', '3．5', '9:30', '九点：', '一 二 三', '1　2', '您 好', ',开头', '结尾。', '。。连续！！']) {
      expect(foldText(text)).toEqual(foldGeneral(text));
    }
  });
});
