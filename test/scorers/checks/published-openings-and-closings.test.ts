/**
 * Round 14, published 服务规范 forms: the festive greeting (新年好) greets, the thanks for the call
 * does not; thanks for bearing with us or taking part (谅解 / 体谅 / 合作 / 参与), a wish said without 祝 as
 * its own clause (周末愉快 / 一路顺风) and the plain welcome back (欢迎您下次再来) close (the offer
 * of the next contact alone, 有需要随时来电, still does not, as closing-wishes.test.ts holds); look-alikes do not.
 * Wordings are our own (a ferry operator's line).
 */
import { describe, expect, it } from 'vitest';
import { closing, greeting } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const greeted = (first: string) => only(greeting(chat([['agent', first, 2000]]), S, rubric)).pass;
const closed = (last: string) =>
  only(
    closing(
      chat([
        ['agent', '您好，渡轮客服工号4471为您服务', 500],
        ['customer', '明早头班船几点开', 1500],
        ['agent', '六点四十开', 2500],
        ['customer', '知道了，没别的了', 3500],
        ['agent', last, 4500],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('greeting: the festive greeting', () => {
  it('a festive greeting as the first words greets', () => {
    for (const first of ['新年好，渡轮售票处', '节日好，这里是渡轮服务台']) expect(greeted(first), first).toBe(true);
  });
  it('thanks for the call (a labeller reads it as no 问候) or a line name is still none', () => {
    for (const first of ['感谢您的来电，渡轮服务台', '渡轮售票，说吧', '来电已接通，请讲']) expect(greeted(first), first).toBe(false);
  });
});

describe('closing: published thanks, wishes and the welcome back', () => {
  it('close', () => {
    for (const last of ['感谢您的体谅，再会', '好的，谢谢您的合作', '感谢您的参与', '那周末愉快！', '一路顺风哈', '欢迎您下次再来']) {
      expect(closed(last), last).toBe(true);
    }
  });
  it('do not close', () => {
    // a wish word inside a statement, and the call-back line (再来电) with no welcome, are no leave-taking
    for (const last of ['船上生活愉快的话可以办年卡', '假期顺利出行要提前购票', '再来电就转人工', '还有什么问题吗', '有需要随时来电哈']) expect(closed(last), last).toBe(false);
  });
});
