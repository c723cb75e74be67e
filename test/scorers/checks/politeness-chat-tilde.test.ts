/**
 * Typed chat's softening mark: a clause closed by a tilde (好的～ / 我去仓库问问哈～) is the online-service
 * register's friendly ending, so it counts with 请/谢谢/好嘞 as warmth for an agent who says 你, and a short
 * reply with it (嗯呢～) is not a curt one. Wordings are our own (pet-supplies shop, gym membership).
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
/** Agent and customer alternate, agent first. */
const exchange = (...lines: string[]) => chat(lines.map((text, k) => [k % 2 ? 'customer' : 'agent', text, 1000 + k * 1000] as ['agent' | 'customer', string, number]));

describe('politeness: the chat tilde as a softener', () => {
  it('passes a 你-speaking chat agent whose lines close warmly with a tilde', () => {
    const i = exchange(
      '你好呀，宠物用品旗舰店，有什么能帮你的？',
      '猫砂什么时候到',
      '我帮你看看物流，稍微等我一下下～',
      '好',
      '你的包裹今天下午到驿站了～',
      '那罐头呢',
      '罐头是分开发的，明天能到你那边～',
      '行',
      '嗯呢～',
      '没事了',
      '那祝你家猫咪吃得开心，有事再找我～',
    );
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('still fails the same agent without the friendly endings (你, no courtesy word, bare lines)', () => {
    const i = exchange(
      '你好，宠物用品店，什么事？',
      '猫砂什么时候到',
      '你等一下，我看看物流。',
      '好',
      '你的包裹今天下午到驿站了。',
      '那罐头呢',
      '罐头分开发的，明天到你那边。',
      '行',
      '嗯。',
      '没事了',
      '那就这样。',
    );
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });

  it('does not let a tilde excuse a rude line', () => {
    const i = exchange(
      '你好呀，健身房前台，有什么能帮你的～',
      '私教课能退吗',
      '合同上写得清清楚楚，你自己不看怪谁～',
    );
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });

  it('a tilde inside a range (9～18点) is no softener: a curt agent stays curt', () => {
    const i = exchange('健身房，什么事？', '几点开门', '营业时间9～18点。', '好', '会员卡号。', '123456', '还有事吗？');
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });
});
