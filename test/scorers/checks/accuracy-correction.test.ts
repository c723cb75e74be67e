/**
 * A self-correction (刚才口误了，应该是… / 我看错了，是…) restates a fact given earlier, in a later turn that
 * names no cue: it counts as a statement of that fact. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'lead', label: '补办周期', expected: '10个工作日', wrong: ['3个工作日'], cues: ['补办'] }],
});
/** The fact given, then an unrelated question, then the answer to it (where a correction may follow). */
const said = (first: string, later: string) =>
  chat([
    ['customer', '驾驶证补办要多久？', 1000],
    ['agent', first, 2000],
    ['customer', '照片有什么要求？', 3000],
    ['agent', later, 4000],
  ]);

describe('facts: a self-correction in a later turn', () => {
  it('wrong then corrected without a cue: fact-accuracy passes, no-misinformation fails', () => {
    const i = said('补办一般3个工作日', '照片要白底的。刚才口误了，应该是10个工作日');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });

  it('right then "corrected" to a wrong value: both fail', () => {
    const i = said('补办一般10个工作日', '照片要白底的。不好意思我看错了，是3个工作日');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(false);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });

  it('a value in a later turn without a correction marker stays untied', () => {
    const i = said('补办一般10个工作日', '照片要白底的，拍好后3个工作日内寄给我们');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(true);
  });
});

describe('facts: the spoken correction markers', () => {
  it('说岔了 corrects like 说错了: wrong then corrected, fact-accuracy passes', () => {
    const i = said('补办一般3个工作日', '照片要白底的。哎我说岔了，是10个工作日');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
  });

  it('"刚才那个再跟您说一下" restates the earlier answer: right then restated wrong, both fail', () => {
    const i = said('补办一般10个工作日', '照片要白底的。另外刚才那个再跟您说一下，3个工作日');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(false);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });

  it('without a marker a cue-less value in an answer to another question is not a restatement', () => {
    const i = said('补办一般10个工作日', '照片要白底的，3个工作日内冲印好');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
  });
});
