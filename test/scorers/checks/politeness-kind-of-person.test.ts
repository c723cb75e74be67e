/**
 * Contempt that lumps the customer into a kind of person (你们这些人 / 像你这种人) or calls them a nuisance (就你事多 /
 * 事儿真多). Look-alikes: a case (您这种情况), a courtesy (像您这样的老客户), a product's faults (问题真多), the agent's
 * own busy day (这几天事情真多 has no 事/事儿 right before the degree word). Wordings are our own (a boat-rental
 * desk), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (said: string) =>
  chat([
    ['agent', '您好，公园游船服务台，请问有什么可以帮您', 1000],
    ['customer', '我想换一条大一点的船，再加一个救生衣', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您游玩愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;

describe('politeness: the customer lumped into a kind of person, or called a nuisance', () => {
  it('你们这些人 / 像你这种人 / 就你事多 / 事儿真多 fail', () => {
    for (const said of ['你们这些人就爱提要求', '你们这种人我见多了', '像你这种人每天都有', '就你事多，别人都没问', '事儿可真多，船就这几条']) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay courteous: a case, a courtesy, a product, the agent’s own day', () => {
    for (const said of ['您这种情况我们可以免费换船', '像您这样的年卡用户可以优先选船', '你们这些老会员都能免费加救生衣', '这批旧船问题真多，实在抱歉，我给您换新的', '不好意思，今天事情比较多，我马上给您安排']) {
      expect(rude(said), said).toBe(false);
    }
  });
});
