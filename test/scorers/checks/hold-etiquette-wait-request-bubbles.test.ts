/**
 * hold-etiquette / dead-air (round 23, a reading): a chat message sent as bubbles a second apart is one turn, so a request
 * to wait in an earlier bubble still announces the hold when a later bubble only adds an aside (请您稍候，我去库存系统里
 * 找一下。‖ 补充一句，我是门店客服小林。). Later bubbles that answer the look-up read as they would in the one turn; a
 * message sent seconds later, or after the customer spoke, is a turn of its own. Our own wordings (a bike-rental desk).
 */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../harness/interaction/types.js';
import { deadAir, holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
type L = [Speaker, string, number];
const opening: L[] = [
  ['agent', '您好，单车租赁在线客服，请问有什么可以帮您？', 1000],
  ['customer', '我租的那辆车押金还没退', 6000],
];
const back: L[] = [['agent', '感谢您耐心等待，押金已经原路退回了，预计明天到账。', 80000], ['customer', '好的', 86000]];
const run = (middle: L[]) => {
  const it = chat([...opening, ...middle, ...back]);
  return { hold: only(holdEtiquette(it, S, rubric)).pass, dead: only(deadAir(it, S, rubric)).pass };
};

describe('a request to wait in an earlier bubble of the message', () => {
  it('an aside in the next bubble leaves the request standing, as in one turn', () => {
    const one = run([['agent', '请您稍候，我去库存系统里找一下。补充一句，我是门店客服小林。', 10000], ['customer', '嗯', 14000]]);
    const two = run([['agent', '请您稍候，我去库存系统里找一下。', 10000], ['agent', '补充一句，我是门店客服小林。', 11000], ['customer', '嗯', 14000]]);
    expect(one).toEqual({ hold: true, dead: true });
    expect(two).toEqual(one);
    const three = run([['agent', '您稍等', 10000], ['agent', '我看看', 11000], ['agent', '对了，我是客服小林', 12000], ['customer', '好', 14000]]);
    expect(three).toEqual({ hold: true, dead: true });
  });

  it('bubbles that answer the look-up read as the one turn does', () => {
    const one = run([['agent', '我看一下。您这笔押金周三已经退到原来的支付账户了。', 10000], ['customer', '嗯', 14000]]);
    const two = run([['agent', '我看一下。', 10000], ['agent', '您这笔押金周三已经退到原来的支付账户了。', 11000], ['customer', '嗯', 14000]]);
    expect(two).toEqual(one);
  });

  it('a message of its own — seconds later, or after the customer spoke — does not carry the request', () => {
    const later = run([['agent', '请您稍候，我去库存系统里找一下。', 10000], ['agent', '补充一句，我是门店客服小林。', 16000], ['customer', '嗯', 19000]]);
    expect(later.hold).toBe(false);
    const between = run([['agent', '请您稍候，我去库存系统里找一下。', 10000], ['customer', '你是哪位', 11000], ['agent', '补充一句，我是门店客服小林。', 12000], ['customer', '嗯', 14000]]);
    expect(between.hold).toBe(false);
  });
});
