/**
 * Round 21 (a reading bug): the bare "just wait" after a finished clause (…了 等着吧) was read only when it ended the turn; in a
 * recogniser's line with no punctuation the sentence-final 吧 still closes its clause, so the wait with more of the turn after
 * it (…了 等着吧 X忙完再说) is the same 冷漠敷衍 as its punctuated form (…了，等着吧，…). 吧台 is no 吧. Wordings are our own (a
 * tailor's shop on the phone).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { forbidden, rude } = replyAtDesk('您好 巧手裁缝铺 请问有什么可以帮您', '我那条裤子改好了没有');

describe('round 21: the wait closed by 吧 in an unpunctuated line', () => {
  it('fails forbidden-words (a 忌语 only)', () => {
    for (const said of ['行 单子我看到了 等着吧 裁缝空了再说', '嗯 登记了 等消息吧 这两天人手紧']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of ['登记好了 等着吧台那边叫号就行', '改好了 您下午来取就行']) {
      expect(forbidden(said), said).toBe(false);
    }
  });
});
