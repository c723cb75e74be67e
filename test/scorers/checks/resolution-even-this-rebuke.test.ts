/**
 * resolution: "even this you don't get" (这都搞不明白 / 连这个都不知道) puts the not-knowing on the customer — a rebuke,
 * forbidden-words' business — not the agent's non-answer; with the agent between (这个我都不知道) it is one.
 * Wordings are our own, in trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const contact = (reply: string) =>
  chat([
    ['customer', '图书馆借书最多能借几本？', 1000],
    ['agent', '一次最多借十本', 2000],
    ['customer', '我刚看到规则', 3000],
    ['agent', reply, 4000],
  ]);

describe('resolution: the "even this" rebuke', () => {
  it('does not read the rebuke as a non-answer', () => {
    for (const reply of ['这都弄不明白，真是的', '连借书规则都不知道啊']) {
      expect(only(resolution(contact(reply), scenario(), rubric)).pass, reply).toBe(true);
    }
  });

  it('still reads the agent\'s own not-knowing', () => {
    for (const reply of ['这个我都不知道', '我连这个都不清楚']) {
      expect(only(resolution(contact(reply), scenario(), rubric)).pass, reply).toBe(false);
    }
  });
});
