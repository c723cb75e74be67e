/**
 * Numerals (round 25, a reading): a figure read out digit by digit before 万 / 亿 (六零万 / 幺五零万 / 一零亿), as an
 * ASR writes it, is that many 万 — 60万, 150万 — not an unread run of characters. Approximate pairs (五六万 / 一两万)
 * stay unread, and positional numerals (六十万) read as before. Our own wordings (a car loan, a renovation quote).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { viewOf } from '../../../scorers/text/view.js';
import { chat, only, rubric, scenario } from '../helpers.js';

describe('numerals: digits read one by one before 万', () => {
  it.each([
    ['车贷最多批六零万', '车贷最多批600000'],
    ['装修报价幺五零万元', '装修报价1500000元'],
    ['授信额度一零零万', '授信额度1000000'],
    ['注册资本一零亿', '注册资本1000000000'],
    ['车贷最多批六十万', '车贷最多批600000'],
  ])('%s reads %s', (text, norm) => {
    expect(viewOf(text).norm).toBe(norm);
  });

  it.each(['大概五六万', '一两万的样子', '三四亿的项目'])('%s (an approximate pair) stays unread', (text) => {
    expect(viewOf(text).norm).toBe(text);
  });

  const S = scenario({ facts: [{ key: 'loan-cap', label: '车贷最高额度', expected: '六十万元', variants: ['60万元'], wrong: ['五十万元', '50万元'], cues: ['最高', '额度'] }] });
  function verdicts(reply: string): [boolean | 'na', boolean | 'na'] {
    const i = chat([
      ['customer', '我这个情况车贷能批多少？', 1000],
      ['agent', reply, 2000],
    ]);
    return [only(factAccuracy(i, S, rubric)).pass, only(noMisinformation(i, S, rubric)).pass];
  }

  it('the figure read digit by digit states the fact', () => {
    expect(verdicts('您这个资质额度最高六零万元')).toEqual([true, true]);
  });
  it('…and a wrong one read the same way misstates it', () => {
    expect(verdicts('您这个资质额度最高五零万元')).toEqual([false, false]);
  });
});
