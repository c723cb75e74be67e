/**
 * hold-etiquette (round 19): 久候 after the thanks (多谢久候), thanks for staying on the line through the wait (谢谢您没挂电话 /
 * 感谢您一直没走开), and 谢谢您稍等 opening the turn that comes back after the hold and asking no new wait thank; the same
 * words with a new request in the turn (我再去问一下，谢谢您稍等) ask again and do not. Wordings are our own (a library desk).
 */
import { describe, expect, it } from 'vitest';
import { holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const held = (back: string) =>
  call([
    ['agent', '您好，市图书馆服务台，请讲', 1000, 3000],
    ['customer', '我借的书能续借吗', 4000, 6000],
    ['agent', '我查一下借阅记录，请稍等', 7000, 10000],
    ['customer', '好', 10500, 11000],
    ['agent', back, 40000, 44000],
  ]);

describe('hold-etiquette: round 19 thanks forms', () => {
  it('thank', () => {
    for (const back of ['多谢久候，可以续借一次', '谢谢您久候，可以续借一次', '谢谢您没挂电话，可以续借一次', '感谢您一直没走开，可以续借一次', '谢谢您稍等，可以续借一次', '谢谢您稍等。']) {
      expect(only(holdEtiquette(held(back), S, rubric)).pass, back).toBe(true);
    }
  });
  it('a new request in the turn, or no thanks at all, do not', () => {
    for (const back of ['我再去问一下，谢谢您稍等', '可以续借一次']) {
      expect(only(holdEtiquette(held(back), S, rubric)).pass, back).toBe(false);
    }
  });
});
