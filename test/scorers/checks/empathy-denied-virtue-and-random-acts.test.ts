/**
 * empathy (round 26): a virtue the service owes denied with 太不 (这安排太不人道了 / 太不合适了) and the firm
 * said to act at random, 你们 + 乱 + a verb (你们是不是乱填了 / 你们怎么能乱删) are complaints. Not 太不好意思了 (a
 * courtesy), 太不巧了 (luck), 太不好找了 (a rarity); not 乱码 (a state) nor a third party acting at
 * random. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const verdict = (said: string) => empathyAfter(said, '好的，请提供一下您的手机号', '我这边登记一下');

describe('empathy: a denied virtue and acting at random', () => {
  it('are complaints owed an acknowledgement', () => {
    for (const said of ['晚上八点就停止取件，太不人道了', '这押金规则太不合适了！', '你们是不是乱填了我的地址？', '你们怎么能乱删我的收藏', '你们又乱发短信']) {
      expect(verdict(said), said).toBe(false);
    }
  });
  it('an acknowledgement answers them', () => {
    expect(empathyAfter('你们是不是乱填了我的地址？', '真的很抱歉，是我们录入的失误', '请提供手机号')).toBe(true);
  });
  it('the look-alikes are not', () => {
    for (const said of ['真是太不好意思了，又来麻烦你们', '太不巧了，我刚好出差', '这款太不好找了，还有库存吗', '打开页面显示乱码', '楼下邻居老是乱停车，想问下车位怎么租']) {
      expect(verdict(said), said).toBe('na');
    }
  });
});
