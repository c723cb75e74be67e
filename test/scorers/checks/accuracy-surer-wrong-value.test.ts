/**
 * Where a listed wrong value is read as written and a correct one only approximately on the same words (门票半价 expected,
 * 门票八十元 wrong; the agent says 门票八十元, one syllable from …), the surer reading is what was said: the wrong value.
 * The correct value said as written still wins over a wrong one that only approximates it. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'visit', label: '上门时限', expected: '一天内上门', variants: ['24小时内上门'], wrong: ['一周内上门'], cues: ['上门'] }],
});
const reply = (text: string) =>
  chat([
    ['customer', '师傅多久能上门？', 1000],
    ['agent', text, 2000],
    ['customer', '好的', 3000],
  ]);

describe('facts: the surer reading of the same words wins across correct and wrong values', () => {
  it('the wrong value as written (一周内上门) is not the correct one approximately (一天内上门)', () => {
    const i = reply('师傅一般一周内上门。');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(false);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });

  it('the correct value as written stays correct', () => {
    const i = reply('师傅一般一天内上门。');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(true);
  });
});
