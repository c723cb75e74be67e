/**
 * After the fact was answered with its cue, the customer asks about something else; a value in a clause
 * that names the new question's topic (and no cue) answers that question, not the fact. The same
 * question answered in other words, or a self-correction, stays with the fact. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'cancel-fee', label: '退课手续费', expected: '学费的10%', variants: ['百分之十'], wrong: ['免费', '百分之三十'], cues: ['手续费', '退课'] }],
});

function contact(reply: string, question = '那转班要钱吗？') {
  return chat([
    ['customer', '退课要手续费吗？', 1000],
    ['agent', '退课手续费是学费的百分之十。', 2000],
    ['customer', question, 3000],
    ['agent', reply, 4000],
    ['customer', '好的', 5000],
  ]);
}

describe('facts: a value answering a new question after the fact was answered', () => {
  it('转班本身是免费的 answers 转班, not the fee', () => {
    const i = contact('转班本身是免费的，补差价就行，手续费那块刚说过了');
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(true);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
  });

  it('the same question in other words, or a self-correction, stays with the fact', () => {
    const same = contact('扣百分之三十，手续费就这么多', '那要扣多少钱？');
    expect(only(noMisinformation(same, S, rubric)).pass).toBe(false);
    const corrected = contact('转班不要钱，刚才说错了，应该是百分之三十，手续费按这个算');
    expect(only(noMisinformation(corrected, S, rubric)).pass).toBe(false);
  });
});
