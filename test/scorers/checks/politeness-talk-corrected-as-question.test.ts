/**
 * Round 23: the customer's way of talking corrected as a yes/no question put to them — 能不能 + 别 + a verb of talking or a
 * habit adverb, 能不能 + 直接说 closing its clause, 直接说… + the tag 行吗 — is a rebuke in any address (politeness, and so a
 * 服务忌语 too). Look-alikes: an ask with 先 (您能不能先别挂), our side's own question (我们能不能…), the invitation to say what
 * is needed (有什么需要您直接说), a request for the customer's details. Wordings are our own (a ski resort and a print shop).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，雪场服务台，请问有什么可以帮您', '我想问问那个雪具租赁的事，就是上回那个，你们那个押金');

describe('round 23: talk corrected as a question to the customer', () => {
  it('fails politeness and forbidden-words, with 您 or 你, typed or spoken', () => {
    for (const said of [
      '您能不能别老绕圈子，押金两百。',
      '能不能别一直抢话？押金两百。',
      '你能不能别来回念叨 押金两百',
      '能不能直接讲重点？',
      '直接说要租几套行不行。',
    ]) {
      expect(rude(said), said).toBe(true);
      expect(forbidden(said), said).toBe(true);
    }
  });

  it('look-alikes stay courteous', () => {
    for (const said of [
      '您能不能先别挂，我查一下押金记录。',
      '我们能不能直接按会员价给您算？我问一下主管。',
      '有什么需要您直接说就行。',
      '您能不能说一下租赁单号？',
    ]) {
      expect(rude(said), said).toBe(false);
      expect(forbidden(said), said).toBe(false);
    }
  });
});
