/**
 * Round 13 constructions. Rude as well as a 忌语: the ears questioned with 是不是 and no particle, "can't even X and
 * still wants Y", "do you even know X, and you …", "a mere X and so much fuss", the exclaimed "there's no reasoning".
 * A 忌语 only: 你看着办 after a not-knowing run on in speech (the look-alike 不知道你 must not take it back), "go and ask
 * X yourself", 不行 + the no restated with a filler or 我们 between, "then just wait" after a filler. Wordings are our
 * own (a ski-school booking line), not corpus lines. Second pass: 连…都V不对还…, 你是不是不会V啊, 连…都不会V吗, 计较什么,
 * 你能不能V清楚再…, 你(们家)自己…管不好, 瞎V什么, 你也真是, V不起就别订; and 随你 after a filler closing 爱V不V.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { replyAtDesk } from '../helpers.js';

const { rude, forbidden } = replyAtDesk('您好，雪场课程服务台，请问有什么可以帮您', '我想问一下私教课退费的事');

describe('round 13: rude constructions (both checks)', () => {
  it('fail both', () => {
    for (const said of ['你耳朵是不是有问题？', '连雪板都不会穿还报什么高级班', '你懂滑雪吗就来挑教练的毛病', '上个初级课还这么多要求', '真是说不通！']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });
});

describe('round 13, second pass: rude constructions (both checks)', () => {
  it('fail both', () => {
    for (const said of ['连表格都填不对还想退费？', '你是不是不会登录啊 课程在首页', '连个雪镜都不会戴吗你？', '几百块的课计较什么', '你能不能想清楚再报名', '你们家自己孩子管不好，换教练有什么用', '瞎问什么，等通知', '这点小事还来回改，你也真是。', '付不起就别报啊']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of ['连周末都不停课，还请您提前安排', '您能不能再说一遍订单号，我这边记一下', '如果负担不起的话，我们也有团课可以选']) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });

  it('爱V不V closed by 随你 after a filler is a 忌语 only', () => {
    expect(forbidden('你爱退不退 就是随你')).toBe(true);
    expect(rude('你爱退不退 就是随你')).toBe(false);
  });
});

describe('round 13: 忌语 only', () => {
  it('fail forbidden-words, pass politeness', () => {
    for (const said of ['教练排不排得开我也不知道 你看着办', '退费可以办，三天到账。那你自己去问前台吧', '课包过期了 不行 呃 这个我们不给退', '不行 那个 我们没这项服务', '教练下午会过来 就是 那就等着吧']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });

  it('look-alikes stay clean', () => {
    for (const said of ['您懂了吗？就是说课包三天退', '如果这些都不会操作，还有什么问题可以随时问我', '不知道你方便吗？退费三天到账', '那就等您的消息吧', '不行的话我们可以给您换成团课', '真是抱歉，这个说不通的地方我再解释一遍']) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });
});
