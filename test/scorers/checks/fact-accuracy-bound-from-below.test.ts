/**
 * Negation (round 25, a reading): a bound from below — 未满 / 不满 / 没满 / 不足 before a value (未满十四周岁不能单独入场 /
 * 不满半小时按半小时收 / 不足三天的不退) — states the value as a threshold, the way 不超过 / 不少于 already do; it does not
 * deny it. A plain negation before the value (不是十四周岁 / 没有十四周岁的限制) still does. Our own wordings (a climbing
 * gym, a car wash).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'min-age', label: '单独入场最低年龄', expected: '十四周岁', variants: ['14周岁'], wrong: ['十二周岁', '12周岁'], cues: ['年龄'] }],
});

function verdicts(reply: string): [boolean | 'na', boolean | 'na'] {
  const i = chat([
    ['customer', '孩子多大可以自己来攀岩？', 1000],
    ['agent', reply, 2000],
  ]);
  return [only(factAccuracy(i, S, rubric)).pass, only(noMisinformation(i, S, rubric)).pass];
}

describe('negation: a bound from below states its value', () => {
  it.each(['未满十四周岁不能单独入场。', '不满14周岁的要家长陪同。', '孩子没满十四周岁的话得有大人跟着。', '不足十四周岁需要监护人签字。'])('%s', (reply) => {
    expect(verdicts(reply)).toEqual([true, true]);
  });

  it.each(['年龄方面不是十四周岁，您记错了。', '我们没有十四周岁这个说法。'])('%s still denies it', (reply) => {
    expect(verdicts(reply)[0]).toBe(false);
  });
});
