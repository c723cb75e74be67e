/**
 * The correct value denied (X？不是X / 不是X的) in a sentence that names no cue, then the agent corrects itself
 * back to it: the correction ties the denial to the fact — no-misinformation fails (the correct value was
 * negated), fact-accuracy passes (the last word is right). The value given later without a correction
 * does not tie a denial (不是5个工作日那种… may be about anything). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'refund', label: '退款到账时间', expected: '5个工作日', variants: ['五个工作日'], cues: ['到账', '退款'] }],
});

describe('facts: a denial of the correct value, then a correction back to it', () => {
  it('denied, then corrected back: no-misinformation fails, fact-accuracy passes', () => {
    for (const [denial, later] of [
      ['5个工作日？不是5个工作日，现在流程改了', '我再确认了一下，是五个工作日'],
      ['您说的5个工作日不对，不是5个工作日的', '更正一下，准确的是5个工作日'],
    ] as const) {
      const i = chat([
        ['customer', '我那笔钱什么时候回来？', 1000],
        ['agent', denial, 2000],
        ['customer', '那到底多久？', 3000],
        ['agent', later, 4000],
      ]);
      expect(only(noMisinformation(i, S, rubric)).pass, denial).toBe(false);
      expect(only(factAccuracy(i, S, rubric)).pass, denial).toBe(true);
    }
  });

  it('a denial followed by the value without a correction is not tied to the fact', () => {
    const i = chat([
      ['customer', '健身课一次多久？', 1000],
      ['agent', '不是5个工作日那种，一节课一小时', 2000],
      ['customer', '好的', 3000],
      ['agent', '退款的话是五个工作日到账', 4000],
    ]);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(true);
  });
});
