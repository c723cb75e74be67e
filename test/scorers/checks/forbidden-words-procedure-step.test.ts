/**
 * Round 23 (checks/rude-structures.ts): a prohibition that is the last step of a procedure framed by its moment earlier in the
 * sentence (X后 / X时 / X的时候 …，别… / 不要…) is advice on what to do then, no bare prohibition of the customer's conduct.
 * Still counted: the bare order, the moment an adverb (稍后 / 然后 / 随时), the agent's own moment (我查的时候，别…), and a
 * moment in an earlier sentence. Wordings are our own (a phone repair desk and a parking garage).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { forbidden } = replyAtDesk('您好，快修服务台，请问有什么可以帮您', '手机摔了一下屏幕不亮了');

describe('round 23: a prohibition as a procedure\'s step', () => {
  it('passes forbidden-words, typed or spoken', () => {
    for (const said of [
      '摔过之后先长按电源键关机，别反复开机试。',
      '出库时抬杆亮绿灯再走 不要跟车太紧',
      '充电的时候放平，别压在枕头底下。',
    ]) {
      expect(forbidden(said), said).toBe(false);
    }
  });

  it('the bare order, an adverb, the agent\'s own moment and another sentence still count', () => {
    for (const said of ['别反复开机。', '然后，别反复开机。', '我查的时候，别老问了。', '摔过之后先关机。别反复开机。']) {
      expect(forbidden(said), said).toBe(true);
    }
  });
});
