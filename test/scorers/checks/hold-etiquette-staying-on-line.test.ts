/**
 * hold-etiquette (round 23): thanks for staying on the line said in the positive (谢谢您一直在线 / 感谢你还在线) and with 亲 for
 * 您 (谢谢亲没走开) thank for the wait just over; 在线 naming the channel (感谢您一直在线咨询 / 谢谢您在线留言) and no thanks at all
 * do not. Our own wordings (a ferry ticket desk).
 */
import { describe, expect, it } from 'vitest';
import { holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const held = (back: string) =>
  call([
    ['agent', '您好，轮渡售票服务台，请讲', 1000, 3000],
    ['customer', '明早第一班船还有票吗', 4000, 6000],
    ['agent', '我查一下余票，请稍等', 7000, 10_000],
    ['customer', '好', 10_500, 11_000],
    ['agent', back, 40_000, 44_000],
  ]);

describe('hold-etiquette: thanks for staying on the line', () => {
  it('thank', () => {
    for (const back of ['谢谢您一直在线，头班船还有二十张票', '感谢你还在线 头班船还有二十张票', '谢谢亲没走开，头班船还有二十张票', '多谢亲一直没挂，头班船还有二十张票']) {
      expect(only(holdEtiquette(held(back), S, rubric)).pass, back).toBe(true);
    }
  });
  it('the channel named, or no thanks, do not', () => {
    for (const back of ['感谢您一直在线咨询，头班船还有二十张票', '谢谢您在线留言，头班船还有二十张票', '头班船还有二十张票']) {
      expect(only(holdEtiquette(held(back), S, rubric)).pass, back).toBe(false);
    }
  });
});
