/**
 * Round 23: the failure stated, then the blame the customer lays thrown back as a bare question — the customer's own doing
 * (你自己…错了 / 漏了) or a thing not done right (没V好), then 怪 + the party closing the clause — is a retort that blames the
 * customer (rude, so a 服务忌语 too). Look-alikes: the fault owned (这次没沟通好，不怪您), 怪不得, and the customer reassured.
 * Wordings are our own (a bank card desk and a furniture assembly service).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，客户服务中心，请问有什么可以帮您', '卡被锁了，你们系统是不是有问题');

describe('round 23: the failure, then 怪 + a party as a bare question', () => {
  it('fails politeness and forbidden-words, typed or spoken', () => {
    for (const said of ['你自己密码输错了，怪系统？', '柜门没拧好 怪师傅啊', '你自己验证码漏了，怪短信？']) {
      expect(rude(said), said).toBe(true);
      expect(forbidden(said), said).toBe(true);
    }
  });

  it('the fault owned, 怪不得 and a reassurance stay courteous', () => {
    for (const said of ['这次没沟通好，不怪您，我马上帮您解锁。', '怪不得您着急，我这就帮您查。', '密码输错三次会锁卡，不怪您，很多人都遇到过。']) {
      expect(rude(said), said).toBe(false);
      expect(forbidden(said), said).toBe(false);
    }
  });
});
