/**
 * Self-corrections in the forms agents use: 看串(行)了 (read the wrong line), 说得不准确 / 说的不对, 不对 opening the
 * turn, 又看了一下. The corrected value restates the fact (fact-accuracy passes) and the value taken back is a
 * misstatement (no-misinformation fails) — also when it stood in the same sentence as the correction, or several
 * turns back with nothing of the fact said in between. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'deposit-back', label: '押金退还时限', expected: '十个工作日', variants: ['10个工作日'], wrong: ['三个工作日', '3个工作日', '一个月'], cues: ['押金', '退还'] }],
});

describe('facts: forms of a self-correction', () => {
  it.each(['刚才看串行了，准确的是十个工作日。', '刚才说得不准确，是10个工作日。', '不对，我刚才讲的不对，应该是十个工作日。', '我又看了一下租赁条款，是十个工作日。'])('%s', (fix) => {
    const i = chat([
      ['customer', '押金多久能退回来？', 1000],
      ['agent', '押金退还要三个工作日。', 2000],
      ['customer', '哦，那挺快', 3000],
      ['agent', fix, 4000],
    ]);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });

  it('a value taken back in its own sentence counts, though only the correction names the cue', () => {
    const i = chat([
      ['customer', '押金多久能退回来？', 1000],
      ['agent', '按公司规定大概一个月，刚才口误了，押金是十个工作日退还到原账户。', 2000],
    ]);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });

  it('a correction several turns later reaches back when nothing of the fact was said in between', () => {
    const i = chat([
      ['customer', '押金什么时候退？', 1000],
      ['agent', '车辆验收后3个工作日内到账。', 2000],
      ['customer', '好的', 3000],
      ['agent', '还有别的问题吗？', 4000],
      ['customer', '顺便问下你们周末营业吗', 5000],
      ['agent', '周末正常营业。', 6000],
      ['customer', '好', 7000],
      ['agent', '我更正一下，刚才说错了，是10个工作日。', 8000],
    ]);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });
});
