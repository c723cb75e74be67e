/**
 * facts (round 20): a value the agent introduces as "the accurate / correct one" (准确的是 / 正确的是 / 准确地说 / 确切来说)
 * presupposes an inaccurate one before it: the frame restates the fact and takes back what was said, like 更正一下, even
 * after a plain re-look that names no error (我复查了一遍，准确的是…) and with a side answer or a filler turn in between.
 * Our own wordings (a bicycle rental desk).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'free-ride', label: '免费骑行时长', expected: '四十五分钟', variants: ['45分钟'], wrong: ['二十分钟', '20分钟', '一个小时'], cues: ['免费骑行', '免费'] }],
});

describe('facts: the accuracy frame marks a correction', () => {
  it.each(['我复查了一遍，准确的是四十五分钟。', '我翻了下细则，正确的是45分钟。', '确切来说，是45分钟以内不收钱。', '我再翻了翻，准确地说四十五分钟。'])('%s', (fix) => {
    const i = chat([
      ['customer', '单车能免费骑多久？', 1000],
      ['agent', '免费骑行是二十分钟。', 2000],
      ['customer', '车锁坏了找谁？', 3000],
      ['agent', '嗯', 3500],
      ['agent', fix + '锁坏了您在APP里点报修。', 4000],
    ]);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });

  it('the frame with nothing wrong before it: a correct statement stays correct', () => {
    const i = chat([
      ['customer', '单车能免费骑多久？', 1000],
      ['agent', '准确的是四十五分钟，超出按半小时计费。', 2000],
    ]);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(true);
  });

  it.each(['准确时间要看调度，一般是四十五分钟。', '这个计时很准确，您放心，四十五分钟。'])('look-alike %s: "accurate" that frames no value takes nothing back', (later) => {
    const i = chat([
      ['customer', '单车能免费骑多久？', 1000],
      ['agent', '免费骑行是二十分钟。', 2000],
      ['customer', '车锁坏了找谁？', 3000],
      ['agent', '嗯', 3500],
      ['agent', '锁坏了您在APP里点报修。' + later, 4000],
    ]);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(false);
  });
});
