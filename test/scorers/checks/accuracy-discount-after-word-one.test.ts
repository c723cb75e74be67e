/**
 * Round 23 (reading): a discount read digit by digit after a word ending in 一 (统一 / 唯一 + 八五折) is a two-digit discount,
 * not the 一 joined to it (185折): a discount has one or two digits, so the 一 ends the word before it. Years and ids keep
 * their leading 一 (一九九八年), and a bare 一 run before 折 with no word before it reads as written. Our own wordings (a
 * cinema's member desk).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy } from '../../../scorers/checks/accuracy.js';
import { viewOf } from '../../../scorers/text/view.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'member-discount', label: '会员票价折扣', expected: '八五折', variants: ['85折'], wrong: ['九折', '90折'], cues: ['折扣', '会员价'] }],
});

describe('a discount after a word ending in 一', () => {
  it('reads as the discount', () => {
    expect(viewOf('周末场次统一八五折').norm).toBe('周末场次统一85折');
    expect(viewOf('会员唯一九五折的是午夜场').norm).toBe('会员唯一95折的是午夜场');
    const i = chat([
      ['customer', '会员看电影打几折？', 1000],
      ['agent', '会员票价现在统一八五折。', 3000],
      ['customer', '好的。', 5000],
    ]);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
  });
  it('a year or an id keeps its 一', () => {
    expect(viewOf('影院是一九九八年开业的').norm).toBe('影院是1998年开业的');
    expect(viewOf('统一七天内退票').norm).toBe('统一7天内退票');
  });
});
