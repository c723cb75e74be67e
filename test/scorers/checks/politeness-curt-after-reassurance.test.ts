/**
 * Round 21 (a reading bug): a request for the customer's data in the clause right after a reassurance to 您 in the same
 * sentence (您别急，先把订单号发一下) was read as the bare demand with 您 stripped (订单号发一下) and counted towards a curt
 * register. The sentence has addressed 您, as politeness already reads an order after 您别急 (rude-lines.ts); the bare
 * demand in a sentence of its own stays curt. Wordings are our own (a flower shop's chat).
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const verdict = (a1: string, a2: string) =>
  only(
    politeness(
      chat([
        ['agent', '花语小铺客服，什么问题？', 1000, 2000],
        ['customer', '我订的花到现在还没送到，明天就要用了！', 3000, 4000],
        ['agent', a1, 5000, 6000],
        ['customer', '订单号HY20931', 7000, 8000],
        ['agent', a2, 9000, 10000],
        ['customer', '好', 11000, 12000],
        ['agent', '祝您生活愉快，再见', 13000, 14000],
      ]),
      scenario(),
      rubric,
    ),
  ).pass;

describe('round 21: a request after 您别急 in the same sentence', () => {
  it('is not a bare demand', () => {
    expect(verdict('您别急，先把订单号发一下。', '花已经在路上，今天下午五点前送到。')).toBe(true);
  });

  it('the bare demand in its own sentence still counts', () => {
    expect(verdict('订单号发一下。', '花已经在路上，今天下午五点前送到。')).toBe(false);
  });
});
