/**
 * A wrong value restricted to another case (才 / 如果 / 只有 / …的话) after the correct value in the same turn
 * tells the customer which case the other value belongs to: no misinformation. Said alone, or with no
 * condition, it is a wrong statement. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'late-fee', label: '逾期滞纳金', expected: '每天万分之五', variants: ['万分之五'], wrong: ['千分之一'], cues: ['滞纳金', '逾期'] }],
});

function reply(text: string) {
  return chat([
    ['customer', '晚交几天滞纳金怎么算？', 1000],
    ['agent', text, 2000],
    ['customer', '明白了', 3000],
  ]);
}

describe('facts: a wrong value said as another case after the correct one', () => {
  it('是万分之五，超过三个月才按千分之一: no misinformation', () => {
    for (const text of ['滞纳金是每天万分之五，超过三个月才按千分之一算', '您这种是万分之五，如果是企业户的话按千分之一']) {
      const i = reply(text);
      expect(only(noMisinformation(i, S, rubric)).pass, text).toBe(true);
      expect(only(factAccuracy(i, S, rubric)).pass, text).toBe(true);
    }
  });

  it('the wrong value with no condition, or before the correct one, is still wrong', () => {
    for (const text of ['滞纳金每天万分之五，逾期了按千分之一收', '滞纳金如果逾期是千分之一，一般是万分之五']) {
      const i = reply(text);
      expect(only(noMisinformation(i, S, rubric)).pass, text).toBe(false);
    }
  });
});
