/**
 * The courtesy-ratio backstop judges how the agent addresses, asks and directs the customer, not how it
 * states a fact: a plain answer to the customer's question is neither courteous nor curt. Wordings are our
 * own (a swimming pool, a print shop).
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
type L = ['agent' | 'customer', string, number];
const lines = (...xs: ['agent' | 'customer', string][]) => chat(xs.map(([who, text], k) => [who, text, 1000 + k * 1000] as L));

describe('politeness: plain answers to the customer\'s questions', () => {
  it('a 您-speaking agent whose other turns are plain factual answers is not curt', () => {
    const i = lines(
      ['agent', '您好，游泳馆客服，请问有什么可以帮您？'],
      ['customer', '周末几点开门？'],
      ['agent', '周六周日都是早上八点开门。'],
      ['customer', '儿童票多少钱？'],
      ['agent', '一米二以下的儿童半价，二十五元。'],
      ['customer', '要带泳帽吗？'],
      ['agent', '必须戴泳帽，前台也有卖的。'],
      ['customer', '能停车吗？'],
      ['agent', '地下车库前两个小时免费。'],
      ['customer', '好的'],
      ['agent', '到了在前台出示一下会员码就行。'],
    );
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('the same statements said unasked (after the customer\'s statements) still count against the ratio', () => {
    const i = lines(
      ['agent', '您好，打印店客服。'],
      ['customer', '我要打印一份合同'],
      ['agent', '文件发到邮箱里面。'],
      ['customer', '发好了'],
      ['agent', '彩色的要另外加钱。'],
      ['customer', '黑白就行'],
      ['agent', '下午四点以后过来拿。'],
      ['customer', '好的'],
      ['agent', '付款扫柜台上的码。'],
      // (round 15: the backstop is 0.15 — one courteous turn in seven, not in five)
      ['customer', '嗯'],
      ['agent', '纸张用的是八十克的。'],
      ['customer', '行'],
      ['agent', '周日店里不营业。'],
    );
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });

  it('an answer that asks something back is not a plain answer', () => {
    const i = lines(
      ['agent', '您好，打印店客服。'],
      ['customer', '能打印照片吗？'],
      ['agent', '能打，要几寸的照片？'],
      ['customer', '六寸的能打吗？'],
      ['agent', '能打，要光面的还是哑光的？'],
      ['customer', '光面吧，多久能好？'],
      ['agent', '半小时，要不要顺便塑封？'],
      ['customer', '不用'],
      ['agent', '付款扫柜台上的码。'],
      // (round 15: one courteous turn in seven, under the 0.15 backstop)
      ['customer', '装订多少钱？'],
      ['agent', '五块，要胶装还是骑马钉？'],
      ['customer', '胶装吧，能开发票吗？'],
      ['agent', '能开，抬头写什么？'],
    );
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });
});
