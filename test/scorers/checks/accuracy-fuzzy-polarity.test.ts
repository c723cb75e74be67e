/**
 * An approximate value match that adds a negator says the opposite of the value (设备安装不免费 read
 * approximately as 设备安装免费): the correct value is negated, a wrong value is denied. A negator of the
 * value missing from the text is the recogniser's homophone and stays a match. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'install', label: '宽带安装费', expected: '不收安装费', variants: ['安装免费', '上门安装免费'], wrong: ['安装费八十元'], cues: ['安装'] }],
});

function reply(text: string) {
  return chat([
    ['customer', '装宽带要花钱吗？', 1000],
    ['agent', text, 2000],
    ['customer', '好的', 3000],
  ]);
}

describe('facts: a fuzzy value match that adds a negator', () => {
  it('上门安装不免费 negates 上门安装免费: no-misinformation and fact-accuracy fail', () => {
    const i = reply('师傅上门安装不免费的，都要收');
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(false);
  });

  it('the value said as written still passes', () => {
    const i = reply('师傅上门安装免费的，您放心');
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(true);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
  });
});
