/**
 * A reply that is nothing but the value, right after the customer asks how much / how many / how long,
 * answers that question even when neither names a cue: its value counts for the fact. A bare value after
 * a question of another kind, or inside a longer reply, stays untied. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'exam-fee', label: '补考费', expected: '60元', variants: ['六十元'], wrong: ['120元', '一百二十元'], cues: ['补考费', '费用'] }],
});

function contact(question: string, reply: string) {
  return chat([
    ['customer', question, 1000],
    ['agent', reply, 2000],
    ['customer', '哦', 3000],
  ]);
}

describe('facts: a bare value answering a how-much question', () => {
  it('再考一次得交多少？— 一百二十元: a wrong value stated', () => {
    const i = contact('再考一次得交多少？', '一百二十元');
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(false);
  });

  it('再考一次得交多少？— 六十元吧: the correct value', () => {
    expect(only(factAccuracy(contact('再考一次得交多少？', '六十元吧'), S, rubric)).pass).toBe(true);
  });

  it('a bare value after a yes/no question stays untied', () => {
    const i = contact('停车场是不是很贵？', '一百二十元');
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(true);
  });
});
