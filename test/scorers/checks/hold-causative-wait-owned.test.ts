/**
 * hold-etiquette, round 21: the wait owned on coming back by the causative 让 + the customer + any words + 等 with any
 * complement (让您在雨里等了这么一阵 / 抱歉让您一直攥着手机等 / 让亲等了好半晌 / 让您白等) thanks the customer for it. A wait
 * asked or promised with the same causative (让您稍等一下 / 不会让您等太久 / 让您等通知) is none. Wordings are our own (a
 * bike-share line).
 */
import { describe, expect, it } from 'vitest';
import { holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const held = (back: string) =>
  call([
    ['agent', '您好，共享单车客服，请讲', 1000, 3000],
    ['customer', '我的车锁不上了', 4000, 6000],
    ['agent', '请您稍等，我查一下这辆车', 7000, 9000],
    ['customer', '好', 9500, 10000],
    ['agent', back, 40000, 44000],
  ]);
const verdict = (back: string) => only(holdEtiquette(held(back), S, rubric)).pass;

describe('hold-etiquette: the causative wait owned', () => {
  it('thanks the customer for the wait', () => {
    for (const back of ['让您在雨里等了这么一阵，车已经远程锁上了', '抱歉让您一直攥着手机等。车已经锁上了', '让亲等了好半晌，车锁好了', '不好意思让您白等，车锁好了']) {
      expect(verdict(back), back).toBe(true);
    }
  });
  it('a wait asked or promised is none', () => {
    for (const back of ['车还没锁上，还得让您稍等一下', '不会让您等太久的，车已经锁上了', '车锁好了，费用让您等通知']) {
      expect(verdict(back), back).toBe(false);
    }
  });
});
