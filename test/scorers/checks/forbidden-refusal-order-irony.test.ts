/**
 * 服务忌语 construction families (wordings of our own, trades no corpus covers): the refusal said twice or closed
 * with 就这样, 反正 + "that's how it is", an order to hand something over with its object between, ironic praise
 * of the customer's timing or fuss — each with its polite look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const forbidden = (line: string) =>
  only(
    forbiddenWords(
      chat([
        ['agent', '您好，请问有什么可以帮您？', 1000],
        ['customer', '我想问一下这个事情', 2000],
        ['agent', line, 3000],
        ['customer', '好吧', 4000],
        ['agent', '好的，感谢您的来电，再见', 5000],
      ]),
      S,
      rubric,
    ),
  ).pass === false;

function expectFamily(hits: string[], lookAlikes: string[]): void {
  for (const said of hits) expect(forbidden(said), said).toBe(true);
  for (const said of lookAlikes) expect(forbidden(said), said).toBe(false);
}

describe('flat refusals: said twice, or closed with 就这样', () => {
  it('不可以 做不到 / 改不了，就这样 are refusals; a refusal going on to a way round is not', () => {
    expectFamily(
      ['不可以 做不到', '不行，修不了。', '不行 查不了', '换不了，就这样吧。', '退不了，那就这样吧。'],
      ['不行的话您可以改天过来', '不能改签，就这样操作退票就好', '好的，就这样', '不可以，需要本人持证件办理'],
    );
  });
});

describe('冷漠敷衍: 反正 + "that is how it is"', () => {
  it('反正就这么个事 / 反正也就这样了 brush off; 反正您放心 does not', () => {
    expectFamily(['反正就这么个事。', '反正也就这样了'], ['反正您放心，明天一定送到', '这样的话就可以了']);
  });
});

describe('命令训斥: an order to hand over, with its object between', () => {
  it('你快把截图传过来 / 赶紧把车牌号报上来 order; 请您尽快把… and advice without a hand-over do not', () => {
    expectFamily(
      ['你快把截图传过来', '赶紧把车牌号报上来', '你赶快给我把票据拿过来'],
      ['请您尽快把单据发给我们', '您赶紧把卡冻结，以免损失', '我马上把链接发给您'],
    );
  });
});

describe('讽刺挖苦: ironic praise of timing or fuss', () => {
  it('您可真会挑时间 / 你倒真能折腾 / 真会赶点儿 mock; a genuine compliment does not', () => {
    expectFamily(
      ['您可真会挑时间，我们马上下班了', '你倒真能折腾', '您真会赶点儿，刚截止'],
      ['您真会选，这款卖得最好', '您可以挑一个方便的时间', '真能帮到您就好'],
    );
  });
});
