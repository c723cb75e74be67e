/**
 * closing (round 20): 没了 with 都 before it (X都没了, "all of X is gone") reports a loss, it is not the customer's "nothing
 * more" answer to a wrap-up question, so a loss told early in the contact does not make the agent's close owed. The bare
 * 没了 / 都没有了 answering the wrap-up question still is. Our own wordings (a photo-storage app).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

const walkOut = (complaint: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', complaint, 3000],
    ['agent', '这个我们这边处理不了', 6000],
    ['customer', '那算了 我还要去开会 先这样', 8000],
  ]);

describe('closing: a loss told with 都没了 is no "nothing more"', () => {
  for (const complaint of ['云相册清空了 我三年拍的照片都没了', '换了手机以后 聊天记录都没了怎么办'])
    it(`${complaint}: the customer walked out, closing N/A`, () => {
      expect(only(closing(walkOut(complaint), S, rubric)).pass).toBe('na');
    });
  it('a bare 没了 answering the wrap-up question: the close was owed (fail)', () => {
    const c = chat([
      ['agent', '您好，请问有什么可以帮您', 1000],
      ['customer', '相册怎么备份', 3000],
      ['agent', '在设置里打开自动备份就行，还有其他问题吗', 6000],
      ['customer', '没了', 8000],
    ]);
    expect(only(closing(c, S, rubric)).pass).toBe(false);
  });
});
