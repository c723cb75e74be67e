/**
 * resolution: a fact said again because the customer asked to hear it again (没听清，能再说一遍吗 — 我再说一遍，…)
 * repeats the old answer and answers no question asked since: a deflection before it still stands for the answer.
 * Said again in reply to a new question on the same point, it answers that. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'fee', label: '托管费', expected: '每月800元', cues: ['托管'] }] });
const contact = (customer: string) =>
  chat([
    ['customer', '午托管多少钱？', 1000],
    ['agent', '午托管每月800元', 2000],
    ['customer', '周末也能托管吗？', 3000],
    ['agent', '这个不归我们管', 4000],
    ['customer', customer, 5000],
    ['agent', '我再说一遍，午托管每月800元', 6000],
  ]);

describe('resolution: a repeat asked for is no new answer', () => {
  it('fails when the deflection is followed only by the value repeated on request', () => {
    for (const customer of ['刚才没听清，能再说一遍吗', '不好意思我走神了，您重复一下']) {
      expect(only(resolution(contact(customer), S, rubric)).pass, customer).toBe(false);
    }
  });

  it('passes when the value is given again to a new question', () => {
    expect(only(resolution(contact('那周末是不是也按800算？'), S, rubric)).pass).toBe(true);
  });
});
