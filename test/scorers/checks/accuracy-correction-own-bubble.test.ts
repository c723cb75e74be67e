/**
 * fact-accuracy (round 26, a reading): a chat message read across its bubbles — the self-correction sent as a bubble of its
 * own (不好意思，刚才记岔了。) and the value in the next bubble of the same message restate the fact as one bubble would. A
 * bubble that corrects nothing before the value, or a value in a later message of its own, is no correction. Wordings are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'vip-discount', label: '会员折扣', expected: '七五折', variants: ['75折'], wrong: ['八折', '8折'], cues: ['折'] }],
});
const corrected = (marker: string, valueAt: number) =>
  chat([
    ['customer', '会员买眼镜打几折？', 1000],
    ['agent', '会员是八折。', 5000],
    ['customer', '好，谢谢。', 12000],
    ['agent', marker, 20000],
    ['agent', '您这个级别是75折。', valueAt],
  ]);

describe('facts: a correction sent as a bubble of its own', () => {
  it.each(['不好意思，刚才记岔了。', '抱歉，我刚才说错了。'])('%s ‖ value', (marker) => {
    const i = corrected(marker, 21200);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });
  it('a bubble that corrects nothing before the value leaves the wrong value standing', () => {
    expect(only(factAccuracy(corrected('我帮您看了会员手册。', 21200), S, rubric)).pass).toBe(false);
  });
});
