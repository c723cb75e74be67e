/**
 * resolution (round 13): 不掌握 "we do not hold (that information)" is the not-knowing of 不清楚 / 不了解 in the
 * official register; it closes its clause like them. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { saysNonAnswer } from '../../../scorers/checks/non-answer-forms.js';
import { viewOf } from '../../../scorers/text/view.js';

const says = (s: string) => saysNonAnswer(viewOf(s).norm);

describe('resolution: information not held', () => {
  it('is a non-answer', () => {
    for (const s of ['换座的情况我们窗口不掌握。', '这块我这边暂时不太掌握']) expect(says(s), s).toBe(true);
  });
  it('holding it, or a skill mastered, is not', () => {
    for (const s of ['这些情况我们都掌握了，明天给您结果', '系统里已经掌握了您的用水记录']) expect(says(s), s).toBe(false);
  });
});
