/**
 * resolution: a non-answer construction lies within one clause. 您慢慢说。不好意思… holds 说 and 不好 on either
 * side of a sentence break, and 说不好意思 (ASR without punctuation) is an apology: neither is 说不好. Wordings
 * are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const noFacts = scenario();
const replyTo = (reply: string) =>
  chat([
    ['customer', '窗帘什么时候能装好？', 1000],
    ['agent', reply, 2000],
  ]);

describe('resolution: one clause per construction', () => {
  it('an apology after a sentence break is no 说不好', () => {
    for (const reply of ['您别急，慢慢说。不好意思让您久等，师傅明天下午上门安装', '您慢慢说不好意思让您久等师傅明天下午上门安装']) {
      expect(only(resolution(replyTo(reply), noFacts, rubric)).pass, reply).toBe(true);
    }
  });

  it('说不好 within a clause is still a non-answer', () => {
    expect(only(resolution(replyTo('什么时候装好这个我也说不好'), noFacts, rubric)).pass).toBe(false);
  });
});
