/**
 * resolution, round 21: a look-up that came up empty, pointing at the thing asked with a demonstrative that closes the
 * clause (后台调不到这个 / 表里看不到这一项 / 我这边没有这部分的资料), is a non-answer; the source looked in may open
 * the clause. When the demonstrative goes on to name a record of the customer's (查不到这张单子的退款 / 看不到这个月的
 * 账单), the clause reports a finding about the record, not the answer withheld. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const reply = (said: string) => chat([['agent', '您好，工号3317为您服务', 500], ['customer', '你们的储物柜能放过夜吗？', 1000], ['agent', said, 3000]]);

describe('an empty look-up pointing at the thing asked', () => {
  it('is a non-answer, with or without the source named and a record noun after the demonstrative', () => {
    for (const said of ['后台调不到这个。', '嗯，表里看不到这一项呢', '我这边没有这部分的资料']) {
      expect(only(resolution(reply(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('a demonstrative that goes on to name a record of the customer\'s reports a finding, not a non-answer', () => {
    for (const said of ['查不到这个月的寄存记录，您是上个月存的吧？储物柜可以放过夜，按天收费', '可以过夜的，一天八块钱']) {
      expect(only(resolution(reply(said), S, rubric)).pass, said).toBe(true);
    }
  });
});
