/**
 * Round 22 (a reading bug in the bare referral, checks/bare-referral.ts): 问 + its result (问清楚 / 问明白) says the customer's
 * asking has got its answer — the words after the verb name no party the customer is sent to (您问明白了也可以告诉家里人).
 * 问 + a party closing the reply still counts. Wordings are our own (a gym).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { forbidden } = replyAtDesk('您好，动力健身前台，请问有什么可以帮您', '我爸也想了解一下年卡');

describe('round 22: 问 + a result complement is no party', () => {
  it('passes', () => {
    for (const said of ['好的，您问明白了也可以告诉叔叔。', '行，您问清楚了再跟家里人商量']) {
      expect(forbidden(said), said).toBe(false);
    }
  });

  it('the referral to a party still counts', () => {
    for (const said of ['年卡的事您问前台吧。', '这个你问教练去。']) {
      expect(forbidden(said), said).toBe(true);
    }
  });
});
