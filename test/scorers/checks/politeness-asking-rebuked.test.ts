/**
 * A told-you and then the customer's asking itself rebuked within the turn (…说过了吗？怎么还问 / 说两遍了，还要我怎么讲 /
 * 解释过了，别再问了 / 问几遍了…听不懂吗) is impatience at the customer, rude whoever it is said to. Look-alikes: someone
 * else's asking reported (还问了 does not close the clause), an offer to explain again (听不懂的话), a flat told-you.
 * Wordings are our own (a swimming pool's front desk), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (said: string) =>
  chat([
    ['agent', '您好，游泳馆前台，请问有什么可以帮您', 1000],
    ['customer', '儿童班周几开课来着', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;

describe('politeness: a told-you and then the asking rebuked', () => {
  it('fails, with 您 or without, punctuated or run on', () => {
    for (const said of ['我刚才不是跟您讲过了吗？怎么还问。', '这个前面解释过了，周六上午，别再问了', '我都说两遍了，还要我怎么讲，周六上午', '问几遍了 周六上午 听不懂吗']) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay courteous: another person asking, an offer to explain again, a flat told-you', () => {
    for (const said of ['我跟教练说过了，他还问了您孩子的年龄，周六上午开课', '我刚才解释过了，您听不懂的话我再说一遍，周六上午', '这个前面讲过了，是周六上午开课']) {
      expect(rude(said), said).toBe(false);
    }
  });
});
