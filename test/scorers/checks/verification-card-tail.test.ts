/** verification: a card's tail is a lookup key, a check only when the agent says it checks with it. */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { verification: true } });

describe('a card tail', () => {
  const askThenDisclose = (ask: string) =>
    chat([
      ['agent', '您好，工号5120为您服务', 500],
      ['customer', '我的卡怎么用不了', 1000],
      ['agent', ask, 2000],
      ['customer', '3381', 3000],
      ['agent', '您这张卡目前已经冻结了', 4000],
    ]);
  it('verifies when the agent says it checks with it', () => {
    expect(only(verification(askThenDisclose('麻烦报一下会员卡号的后四位，我核实一下'), S, rubric)).pass).toBe(true);
  });
  it('asked plainly it only names the card', () => {
    expect(only(verification(askThenDisclose('麻烦报一下会员卡号的后四位'), S, rubric)).pass).toBe(false);
  });
});
