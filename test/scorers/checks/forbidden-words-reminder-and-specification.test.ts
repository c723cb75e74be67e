/**
 * Round 21 (reading bugs in the bare prohibition, checks/rude-structures.ts): a prohibition in a turn the agent announced as
 * a reminder (提醒您 / 提醒一下 / 温馨提示 …别漏了) looks after the customer; and 不要 + a description + 的 closing its clause
 * names the things not wanted (a specification: 不要带边框的), no conduct forbidden. The bare order, and a warning to 你
 * (我提醒你，…), still count. Wordings are our own (a dental clinic and a print shop).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { forbidden } = replyAtDesk('您好，齿康口腔前台，请问有什么可以帮您', '我想问下复诊的事');

describe('round 21: reminders and specifications are no bare prohibition', () => {
  it('pass forbidden-words', () => {
    for (const said of [
      '提醒您 漱口水一天三次 别漏了', // a reminder announced, in speech
      '提醒一下，复诊卡七天内要激活，别落下了。',
      '照片要求是白底，不要带边框的。', // the ones not wanted
    ]) {
      expect(forbidden(said), said).toBe(false);
    }
  });

  it('the bare order and a warning to 你 still count', () => {
    for (const said of ['别老打电话催了。', '我提醒你，别再打过来了。', '不要乱按。']) {
      expect(forbidden(said), said).toBe(true);
    }
  });
});
