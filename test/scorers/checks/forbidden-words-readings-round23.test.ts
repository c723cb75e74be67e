/**
 * Round 23 readings (the words say X, the text machinery read Y):
 * - 前边 is 前面 / 前头 with another localiser suffix: 这个我前边讲过了 is the flat told-you (已说过);
 * - after a nickname's prefix 小 / 老 / 阿 the sigh's sound is the name's own character: 我是售后小爱 麻烦发一下照片 heard as
 *   哎麻烦 is no sigh of impatience;
 * - 祝 + 您 is a wish's addressee: 祝您夏安 heard by sound as 您瞎按 is no blame;
 * - the number handed over with the modal dropped and a clause after the 但/不过 (不过您可以问X，我把他们的电话发给您) is the help
 *   the disclaimer of remit is excused by, as 不过我可以把电话给您 is. The bare referral (不归我们管，你自己找X) still counts.
 * Wordings are our own (a gym, a photo studio, a property desk).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { forbidden, rude } = replyAtDesk('您好，健身会所前台，请问有什么可以帮您', '私教课能退吗');

describe('round 23 readings', () => {
  it('前边 + a verb of telling + 过了 is the told-you', () => {
    expect(forbidden('这个我前边讲过了。')).toBe(true);
    expect(forbidden('前边说过了 私教课七天内可以退')).toBe(true);
  });

  it('a nickname before 麻烦 is no sigh', () => {
    for (const said of ['好的 我是售后小爱麻烦发一下照片', '这边是店长阿爱 麻烦报一下会员卡号']) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
    expect(forbidden('哎 真麻烦')).toBe(true);
  });

  it('祝您 opens a wish, not blame heard by sound', () => {
    expect(forbidden('感谢来电 祝您夏安')).toBe(false); // 夏安 heard as 瞎按
    expect(forbidden('您瞎填的 当然退不了')).toBe(true);
  });

  it('the number handed over after the disclaimer of remit excuses it', () => {
    for (const said of ['停车费不归我们负责，不过您可以问物业，我把他们的电话发给您。', '停车费不归我们负责 不过您可以问物业 呃我把物业电话发您']) {
      expect(forbidden(said), said).toBe(false);
    }
    for (const said of ['停车费不归我们管，你自己找物业。', '停车费不归我们负责。']) {
      expect(forbidden(said), said).toBe(true);
    }
  });
});

describe('round 23 reading: the bare 这 after the pronoun is "here"', () => {
  it('我们这不管 closing its clause is 我们这边不管', () => {
    expect(forbidden('网上下的单就找网店，我们这不管。')).toBe(true);
    expect(forbidden('我这不处理 您找物业')).toBe(true);
  });

  it('not 这不管 running on (不管怎么样), nor 不办了吗', () => {
    for (const said of ['我们这不管怎么样都会帮您处理。', '我这不办了吗，您稍等。']) {
      expect(forbidden(said), said).toBe(false);
    }
  });
});

describe('round 23 reading: 说明 / 解释 are verbs of telling in the told-you', () => {
  it('a time word + 说明过了 / 解释过了 is the told-you', () => {
    expect(forbidden('办卡流程刚才已经说明过了。')).toBe(true);
    expect(forbidden('之前解释过了 年卡不退')).toBe(true);
  });

  it('the customer\'s own account acknowledged is none', () => {
    expect(forbidden('您前面已经说明过了，我都记下了。')).toBe(false);
  });
});
