/**
 * record-reference: the keyword as the sentence's topic and the id as its comment after a clause break, opened by the
 * copula (工单号我已经发给您了，是…). Our own wordings (a ferry line's lost-property desk).
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const says = (line: string) =>
  only(
    recordReference(
      chat([
        ['agent', '您好，失物招领这边，请讲', 1000],
        ['customer', '我的背包落在渡轮上了', 5000],
        ['agent', line, 9000],
        ['customer', '好的谢谢', 13000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('record-reference: 是 + the id opening the clause after the keyword', () => {
  it('the id after 是 across a clause break is the reference', () => {
    expect(says('登记好了，这次的工单号我已经发给您了，是70381265。')).toBe(true);
  });
  it('an amount after the break is still no reference', () => {
    expect(says('登记好了，工单号稍后发您，是2000元以内的物品可以直接领。')).toBe(false);
  });
});
