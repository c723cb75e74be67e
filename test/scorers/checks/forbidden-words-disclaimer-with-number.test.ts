/**
 * Round 22 (a reading bug in the 推诿 exception, rubric 推诿 exceptionPatterns): a disclaimer of remit followed by 但/不过 and
 * the way there — the party's number stated (不过X的电话是N) or offered as a call to make (不过您可以打N问问) — hands the number
 * over as 不过我可以把电话给您 does, only without a verb of giving: a referral with the number, no 推诿. The disclaimer with
 * no way there, or the bare order with a number and no 不过, still counts. Wordings are our own (a gym and a library).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { forbidden } = replyAtDesk('您好，动力健身前台，请问有什么可以帮您', '楼下停车怎么收费');

describe('round 22: a disclaimer of remit with the number after 但/不过', () => {
  it('the number stated or offered is a referral', () => {
    for (const said of [
      '停车收费不归我们管理，不过大厦物业的电话是83127766，您可以问问。',
      '停车收费不属于我们负责 不过物业热线是八三幺二七七六六 您打过去问一下',
      '停车这块不是我们负责的，但是您可以拨打83127766咨询物业。',
    ]) {
      expect(forbidden(said), said).toBe(false);
    }
  });

  it('the disclaimer with no way there, or the number given as a bare order, still counts', () => {
    for (const said of ['停车收费不归我们负责。', '停车收费不归我们负责，不过你自己去问吧。', '这个不归我们管，你打12345。']) {
      expect(forbidden(said), said).toBe(true);
    }
  });
});
