/**
 * interruption: a continuer (哦 / 嗯) said into the customer's question that the customer then receipts as the answer took
 * the floor; one the customer talks on after, or one said into a statement, is still listening. Our own wordings.
 */
import { describe, expect, it } from 'vitest';
import { interruption } from '../../../scorers/checks/speech.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();

const over = (question: string, next: string) =>
  call([
    ['agent', '您好，请问有什么可以帮您', 500, 2000],
    ['customer', question, 3000, 8000],
    ['agent', '哦', 6000, 6300],
    ['customer', next, 7000, 8500],
    ['agent', '还有别的需要吗', 9500, 11000],
  ]);

describe('interruption: a continuer taken as the reply', () => {
  it('receipted by the customer after a question: the agent took the floor', () => {
    expect(only(interruption(over('还有个事，周日的课能不能调到周六', '嗯，好的'), S, rubric)).pass).toBe(false);
  });
  it('the customer goes on with content, or the sentence was no question: still listening', () => {
    expect(only(interruption(over('还有个事，周日的课能不能调到周六', '因为周日我要加班'), S, rubric)).pass).toBe(true);
    expect(only(interruption(over('我家孩子周日那节课去不了了', '嗯，好的'), S, rubric)).pass).toBe(true);
  });
});
