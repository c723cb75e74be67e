/**
 * Round 21 (a reading bug in the bare order referral, checks/bare-referral.ts): 问 / 找 followed by a permission (也行 / 也可以
 * / 都行) says that asking is fine too — the words after the verb are no party the customer is sent to. The bare order to a
 * party (这个问物业去 / 充值的事找前台) still counts. Wordings are our own (a gym's front desk).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { forbidden } = replyAtDesk('您好，动力健身前台，请问有什么可以帮您', '私教课怎么约');

describe('round 21: a permission after 问/找 is no party', () => {
  it('passes', () => {
    for (const said of ['私教课在小程序上约，有疑问的话，到前台当面问也行。', '约课有问题，直接找也可以，工作日都有人。']) {
      expect(forbidden(said), said).toBe(false);
    }
  });

  it('the bare order still counts', () => {
    for (const said of ['这个问物业去。', '充值的事找前台。']) {
      expect(forbidden(said), said).toBe(true);
    }
  });
});
