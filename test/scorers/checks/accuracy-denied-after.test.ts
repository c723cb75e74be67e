/**
 * A value denied by the predicate after it (X是不可能的 / X肯定来不了 / X不行): the correct value so denied
 * is misinformation and leaves the fact unanswered; a wrong value so denied is no wrong statement.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'swap', label: '电池更换时限', expected: '两个工作日内', variants: ['2个工作日内'], wrong: ['当天'], cues: ['换电池', '更换'] }],
});

function reply(text: string) {
  return chat([
    ['customer', '换电池要等多久？', 1000],
    ['agent', text, 2000],
    ['customer', '好的', 3000],
  ]);
}

describe('facts: a value denied by what follows it', () => {
  it('两个工作日内肯定来不了: the correct value denied', () => {
    const i = reply('更换的话两个工作日内肯定来不了，最近单子多');
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(false);
  });

  it('当天是不可能的，两个工作日内: the wrong value denied, the right one given', () => {
    const i = reply('更换当天是不可能的，两个工作日内给您换好');
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(true);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
  });

  it('a denial that is a condition or belongs to a later clause denies nothing', () => {
    for (const text of ['更换两个工作日内，来不了的话我们会打电话', '更换两个工作日内到不了的话您再来电']) {
      const i = reply(text);
      expect(only(noMisinformation(i, S, rubric)).pass, text).toBe(true);
      expect(only(factAccuracy(i, S, rubric)).pass, text).toBe(true);
    }
  });
});
