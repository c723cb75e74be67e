/**
 * Round 26 readings (the words say X, we read Y): 没 + a word that begins with 空 (没空调 / 没空位) is no 没空; the opening's
 * thanks 感谢您找X names us as the one contacted (as 感谢您联系X does), no referral; in a call a speech pause (a space between
 * Han characters) ends the clause, so 问 before a pause and an apology after it (…再来问 真是抱歉) is no 问 + a party. The
 * real ones stay. Wordings are our own (a campsite booking desk).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，星野营地预订，请问有什么可以帮您', '营地晚上能用电吗');

describe('round 26 readings', () => {
  it('没 + a word beginning with 空 is no 没空', () => {
    for (const said of ['帐篷区没空调，夏天建议带风扇。', '周六已经没空位了，周日还有两个。', '房车里没空间放自行车，可以停在棚下。']) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
    expect(forbidden('没空，你晚点再打。')).toBe(true); // the real one
  });

  it('the opening thanks 感谢您找X is no referral', () => {
    expect(forbidden('营地每个营位都有电源，感谢您找星野营地。')).toBe(false);
    expect(forbidden('这个你找物业去。')).toBe(true); // a bare order referral stays
  });

  it('a pause ends the clause: 问 before it sends no one to a party', () => {
    expect(forbidden('让您一趟趟打来问 真是抱歉')).toBe(false);
    expect(forbidden('退款的事 问财务去')).toBe(true); // the order after a pause stays
    expect(forbidden('这个 你找物业去 嗯')).toBe(true); // a trailing filler is no stretch of its own
  });
});
