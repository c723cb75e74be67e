/**
 * 减免 (relief) is a verb of its own, not the negator 免: 减免30%的物业费 states the share relieved, and a
 * wrong share after 减免 is a wrong statement. 免 on its own still negates. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'relief', label: '退役军人物业费减免比例', expected: '30%', variants: ['百分之三十'], wrong: ['全免', '百分之十'], cues: ['减免', '物业费'] }],
});

function reply(text: string) {
  return chat([
    ['customer', '我们这种能优惠多少？', 1000],
    ['agent', text, 2000],
    ['customer', '知道了', 3000],
  ]);
}

describe('facts: 减免 states the relieved share', () => {
  it('减免30%的物业费 states the correct value', () => {
    const i = reply('凭优待证可以减免30%的物业费');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(true);
  });

  it('减免百分之十 is a wrong value, not a denied one', () => {
    const i = reply('凭优待证物业费可以减免百分之十');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(false);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });
});
