/**
 * A turn that opens by announcing a correction (更正一下，… / 不好意思纠正一下，…) restates the fact however many clauses
 * stand between the marker and the value, with no cue in the turn; a correction marker far before a value inside a
 * turn that does not open with it reaches no further than before. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '每晚停车费', expected: '15元', wrong: ['25元'], cues: ['停车费'] }] });
const said = (first: string, later: string) =>
  chat([
    ['customer', '酒店停车费怎么收？', 1000],
    ['agent', first, 2000],
    ['customer', '那能开发票吗？', 3000],
    ['agent', later, 4000],
  ]);

describe('facts: a turn opening with a correction', () => {
  it('ties the value however far from the marker: fact-accuracy passes, no-misinformation fails', () => {
    const i = said('停车费每晚25元。', '更正一下，住客前两个小时不收，过夜的话每晚是15元，发票可以开。');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });

  it('without the opening marker the far value stays untied', () => {
    const i = said('停车费每晚25元。', '发票可以开，前台更正抬头也方便，洗车的话每次是15元。');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(false);
  });
});
