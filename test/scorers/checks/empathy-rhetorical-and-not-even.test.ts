/**
 * empathy (round 16): grievances said by construction — "how am I to V it" (灯一直闪让我怎么睡), 到底 how the firm runs it
 * (你们售后到底怎么管的), the thing broken by the firm's hand (被你们修坏了), "you must answer for it" (你们得负责), "does anyone
 * check at all" (到底有没有人检查), "not even X to see" (连张回执都收不到), "not a word" (一句话都没有) — are complaints; the
 * rhetorical ones are owed their own acknowledgement when said later. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, empathyAfter, only, rubric, scenario } from '../helpers.js';

const S = scenario();
/** A first complaint acknowledged, then `later` and two agent turns without an acknowledgement. */
const laterUnmet = (later: string) =>
  only(
    empathy(
      chat([
        ['agent', '您好，客服小周为您服务', 500],
        ['customer', '热水器装好一个礼拜了还没人来调试，太过分了', 1000],
        ['agent', '真的很抱歉让您着急了，我马上帮您催', 2000],
        ['customer', '嗯', 3000],
        ['agent', '师傅明天上午上门', 4000],
        ['customer', later, 5000],
        ['agent', '我给您备注一下', 6000],
        ['agent', '还有别的需要吗', 7000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('empathy: grievances by construction', () => {
  it('are complaints owed an acknowledgement', () => {
    for (const said of [
      '灯一直闪，让我怎么睡！', '教我怎么用也没说清楚，让我怎么放心',
      '你们售后到底怎么管的！',
      '我新买的外套被你们修坏了',
      '孩子吃了起疹子，你们得负责！',
      '发票开错三回了，你们到底有没有人检查',
      '捐了一年了连张回执都收不到',
      '报修十天了，你们一句话都没有！',
    ]) {
      expect(empathyAfter(said, '请问您的订单号是多少？', '好的，我登记一下'), said).toBe(false);
      expect(empathyAfter(said, '非常抱歉给您添麻烦了，我马上处理', '好的，我登记一下'), said).toBe(true);
    }
  });
  it('a rhetorical one said later needs its own acknowledgement', () => {
    for (const later of ['这么吵让我怎么上班！', '你们到底怎么搞的！']) expect(laterUnmet(later), later).toBe(false);
  });
  it('asking how or whether stays no complaint', () => {
    for (const said of ['你们负责上门安装吗？', '能教我怎么用吗', '是你们负责开发票吗'])
      expect(empathyAfter(said, '可以的，我给您说一下', '好的'), said).toBe('na');
  });
});
