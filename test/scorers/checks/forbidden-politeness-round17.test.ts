/**
 * Round 17 constructions (dev20 sets): rude as well as a 忌语 — the question called a layman's (你这问题太外行了), telling
 * 你 called futile (跟你讲了也白讲 / 说了你也记不住), the customer's memory disparaged, the thing made small before 还想, "no
 * money, then don't", the refusal to repeat (说过的我不重复了), 不就…吗 + 至于吗; a 忌语 only — the told-you with 就/才/一开始 or
 * closed by 呀 beside the answer, 信不信由您, an A-not-A left with 随便, 你想咋V咋V, the longer guess closed by 吧, 说不好 + a
 * guess, 看情况吧 after 您别急. Wordings are our own (a dry-cleaning desk), not corpus lines; the look-alikes stay clean.
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，洁衣坊干洗服务台，请问有什么可以帮您', '我的羊绒大衣洗完缩水了怎么办');

describe('round 17: rude constructions (both checks)', () => {
  it('fail both', () => {
    for (const said of [
      '你这个话也太外行了，羊绒本来就会缩。',
      '跟你解释了也白搭，反正要按单据来。',
      '说了你也听不懂，等店长联系你。',
      '你脑子怎么这么不好使，单据上都写了。',
      '这么点玩意儿还想要赔一件新的',
      '没钱干洗就别买羊绒',
      '讲过的话我不重复了。',
      '我不想再重复了。',
      '不就缩了一点嘛，还至于吗',
      // second pass: 听不明白 beside 听不懂 in the how-come-you-still reproach
      '洗标上写着呢，怎么还听不明白？',
      '嫌慢就别送干洗啊。',
      // the counted told-you no longer swallows the 你 that opens the next reproach
      '跟你说了好几遍了你就是不听 羊绒不能机洗',
    ]) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });

  it('a 忌语, not rudeness', () => {
    for (const said of [
      '这个之前就跟您说了，羊绒要手洗。',
      '开头就告诉您了，洗后七天内可以返洗。',
      '我刚才说了呀，返洗不收费。',
      '嗯 前面讲过一次了 返洗是免费的',
      '这个不是才讲过嘛，返洗免费。',
      '信不信由您，我们一直是这么洗的。',
      '洗不洗都可以，随便，反正价格一样。',
      '衣服在你手上，你要咋穿咋穿。',
      '可能再晾两天就回弹了吧。',
      '不好说，估计下个月吧',
      '您先别急，看情况吧。',
      '就是 到时候再看呗',
    ]) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of [
      '您刚才说了是上周三送洗的，对吗？',
      '我之前讲了一下洗涤流程，您看还有哪里不清楚？',
      '您不用再重复了，情况我都记下了。',
      '这点钱还想让您多跑一趟，真不好意思，我们上门取。',
      '没钱的话也可以先挂账，下次一起结。',
      '您这个问题问得很细，我一条一条说。',
    ]) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });
});
