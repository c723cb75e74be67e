/**
 * A wrong value said in a sentence that names no cue, then corrected by the agent (我更正一下 / 刚才说错了):
 * the correction ties the wrong value to its fact — no-misinformation fails, fact-accuracy passes. A
 * correction far later (another topic in between) does not reach back. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'reissue', label: '证书补办', expected: '可以补办', variants: ['能补办'], wrong: ['补不了'], cues: ['补办', '证书'] }],
});

describe('facts: a wrong value corrected by the agent', () => {
  it('丢了就补不了了 … 我更正一下，证书是可以补办的', () => {
    const i = chat([
      ['customer', '我那个本子丢了，还能再弄一个吗？', 1000],
      ['agent', '丢了就补不了了。', 2000],
      ['customer', '啊？别人说可以的', 3000],
      ['agent', '我更正一下，证书是可以补办的，带身份证来就行', 4000],
    ]);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
  });

  it('a correction many turns later does not reach back to an untied value', () => {
    const i = chat([
      ['customer', '打印机坏了能修吗？', 1000],
      ['agent', '那台旧的补不了了。', 2000],
      ['customer', '好吧', 3000],
      ['agent', '您还有别的问题吗？', 4000],
      ['customer', '我还想问个事', 5000],
      ['agent', '您说', 6000],
      ['customer', '证书丢了怎么办？', 7000],
      ['agent', '我再确认了一下，证书是可以补办的', 8000],
    ]);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(true);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
  });
});
