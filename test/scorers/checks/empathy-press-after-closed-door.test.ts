/**
 * empathy (round 20): the press for an account (那总得给个说法吧？) right after the agent closed the matter on its last
 * clause — a refusal with no way left (…改不了，没办法) or the customer sent off to ask elsewhere (…问会计去) — asks for the
 * answer withheld, as after a non-answer: no complaint. After a real answer, after the agent going itself (我这就找师傅去),
 * or after an assurance (错不了), the same words still complain. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const after = (agentSaid: string, press = '那总得给个说法吧？') =>
  only(
    empathy(
      chat([
        ['agent', '您好，健身房前台，请讲', 1000],
        ['customer', '私教课能换个时间吗？', 2000],
        ['agent', agentSaid, 3000],
        ['customer', press, 4000],
        ['agent', '会员卡号报一下', 5000],
        ['agent', '好的，我登记一下', 6000],
      ]),
      scenario(),
      rubric,
    ),
  ).pass;

describe('empathy: the press for an account after the agent closed the matter', () => {
  it('asks for the answer withheld, not a complaint', () => {
    for (const said of ['这个改不了，没办法。', '约好的时间调不了', '换时间的事问教练去。', '这事您找店长去吧']) {
      expect(after(said), said).toBe('na');
    }
  });

  it('after an answer, the agent going itself or an assurance, it still complains', () => {
    for (const said of ['可以换，周三下午有空档。', '我这就找教练去', '您放心，错不了。']) {
      expect(after(said), said).toBe(false);
    }
  });
});
