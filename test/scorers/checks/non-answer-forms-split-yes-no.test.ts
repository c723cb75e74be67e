/**
 * non-answer-forms: the spoken yes/no question split by what is asked about (能寄到拉萨不 / 有学生价不) is a question; a
 * statement ending in 不 with no modal before it (我说了不) and a 不 inside the sentence (能不用就不用了) are not.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { asksQuestion } from '../../../scorers/checks/non-answer-forms.js';

describe('the split yes/no question', () => {
  it('is a question', () => {
    for (const s of ['你们的冻品能寄到拉萨不', '周末有学生价不', '这个卡明年还能用不啊']) expect(asksQuestion(s), s).toBe(true);
  });
  it('a statement is not', () => {
    for (const s of ['我早就说了不', '这个能不用就不用了', '我已经交过了']) expect(asksQuestion(s), s).toBe(false);
  });
});
