/**
 * resolution: a clause that opens with the not-knowing and ends on a question mark (不知道具体是哪一步出错了？)
 * asks the customer — an indirect question, not a non-answer (resolution-own-words.test.ts: with someone
 * who does not know before it, or without the question mark, it is still one). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const replyTo = (reply: string) =>
  chat([
    ['customer', '打印机连不上wifi怎么办？', 1000],
    ['agent', reply, 2000],
  ]);

describe('resolution: an indirect question is no non-answer', () => {
  it('passes a question opening with 不知道/不清楚', () => {
    for (const reply of ['您别急，不知道具体是哪一步出错了？', '好的，那不清楚屏幕上提示的是什么？']) {
      expect(only(resolution(replyTo(reply), scenario(), rubric)).pass, reply).toBe(true);
    }
  });
});
