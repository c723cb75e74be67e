/**
 * Round 16 constructions (dev19 sets): rude as well as a 忌语 — a single 啧 aimed at the customer or at the question come
 * round again, the customer's talk rebuked with 你能不能别… or stopped with 讲/念叨, "I'm the one to know?" with 上哪儿 or
 * with the customer's question run on after it, "can't even V it, why buy it", "good enough already, still choosy?", a
 * clause-long 有意思吗, 这有什么难懂的, 就你们这点X还来, the customer's own way called wrong, 你是不是没认真看, 别小题大做;
 * a 忌语 only — 我们也控制不了 closing its clause, our side named by role before 没关系, the decision left to weigh alone
 * (您自己掂量吧), 你要怎么样随便. Wordings are our own (a bicycle-repair desk), not corpus lines; the look-alikes stay clean.
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，单车维修服务台，请问有什么可以帮您', '我的自行车刹车修完还是响');

describe('round 16: rude constructions (both checks)', () => {
  it('fail both', () => {
    for (const said of [
      '啧，又是刹车响这点事。',
      '你能不能别老打断我？',
      '行了你别念叨了，刹车片换过了。',
      '我上哪儿知道师傅用的什么油？',
      '我怎么知道你的车是怎么摔的？',
      '车都不会骑，买这么贵的干嘛？',
      '修好能骑就不错了，还挑？',
      '天天打电话来，有意思吗？',
      '这有什么难懂的，刹车线松了而已。',
      '就你们这点车队规模还来谈团购价',
      '是你自己调刹车的方法不对',
      '你是不是没认真看保养卡',
      '刹车响一点很正常，别小题大做。',
      // second pass: 不错了 with a filler before 还挑, not reading the notice, money made small, not listening
      '能修好就不错了 嗯 还挑颜色',
      '保养卡上写着呢，你自己不看的吗？',
      '说明上写得很清楚，你看不懂字吗？',
      '这点钱也值得投诉？',
      '你就是听不进去，刹车片要两个月一换',
    ]) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });

  it('a 忌语, not rudeness', () => {
    for (const said of [
      '配件什么时候到我们也控制不了。',
      '链条生锈是保管的事，跟门店没关系。',
      '修不修您自己掂量吧。',
      '你要怎么样随便，反正价格就这样。',
      '轮胎质保不归热线处理，得去问厂家。',
      '那个不是我们这边的，你去问车行。',
    ]) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of [
      '天气我们控制不了，不过雨天前师傅会先打电话给您。',
      '跟门店没关系，是厂家的召回，我帮您登记。',
      '两种刹车片都可以，您看选哪种？',
      '不用再说了，情况我都记下了，师傅明天上门。',
      '这个问题您不用着急，我帮您查一下。',
      '您放心，钱一分都不会少，买了有保障。',
      '骑行有意思吧？下次保养记得带上保养卡。',
      '轮胎质保不归热线处理，我帮您转到厂家专线。',
      '这个不是我们这边的单子，我帮您查一下是哪家门店的。',
      '这点钱我们会原路退回给您。',
    ]) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });
});
