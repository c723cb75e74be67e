/**
 * Round 21: the customer's wishes called excessive — 还 + a verb of wanting or choosing in an excess form (要求 + 这么/那么 +
 * a degree; the verb doubled by 来…去; the verb split by 这…那) is contempt (反问轻视), so rude and a 忌语. Sympathy for the
 * customer's running about (还跑来跑去), a requirement stated (还要求提供…) and an offer to choose stay clean. Wordings are
 * our own (a furniture showroom's desk).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，木语家居展厅，请问有什么可以帮您', '沙发的布料我还想再换一种');

describe('round 21: wishes called excessive', () => {
  it('fail both checks', () => {
    for (const said of [
      '就这点预算，还要求那么高。', // 要求 + 那么 + a degree, closing its clause
      '样布都寄了三回了 还选来选去的', // the verb doubled by 来…去, in speech
      '打折买的还嫌这嫌那', // the verb split by 这…那
      '定金才交一百，还问来问去的。',
    ]) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of [
      '让您还跑来跑去，真是不好意思，我帮您改成上门量尺。', // sympathy: not a verb of wanting
      '换布料的话厂家还要求提供订单号，麻烦您报一下。', // a requirement stated, no excess form
      '这两种布料您可以慢慢选，选好了告诉我。', // no 还, an offer to choose
      '您还要这款吗？我帮您留一套。', // 要 with no excess form
    ]) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });
});
