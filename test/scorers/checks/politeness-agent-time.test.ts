/**
 * Impatience that puts the agent's time above the customer's: "don't waste my time" and the exasperated either-or
 * 到底 + A不A put to the customer. Look-alikes: a sincere choice question without 到底, 到底 in an open question,
 * the leave-taking that spares the customer's time. Wordings are our own (a driving school), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (said: string) =>
  chat([
    ['agent', '您好，驾校报名咨询，请问有什么可以帮您', 1000],
    ['customer', '我还在考虑要不要报周末班', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;

describe("politeness: the agent's time above the customer's", () => {
  it('别浪费我时间 / 少耽误我们的工夫 / 你到底报不报 fail', () => {
    for (const said of ['想好了再打来，别浪费我时间', '少耽误我们的工夫', '您到底报不报']) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay courteous: a choice without 到底, an open 到底 question, sparing the customer', () => {
    for (const said of ['请问您是要报周末班还是平日班', '请问您到底是哪天方便来试学呢', '那就不耽误您时间了，您考虑好随时联系我们']) {
      expect(rude(said), said).toBe(false);
    }
  });
});
