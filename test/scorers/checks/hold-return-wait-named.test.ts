/**
 * hold-etiquette (round 20): the courtesy for the wait in the first clause of the turn that comes back after a hold, in frames
 * the holdThanks phrases do not spell out — the customer's wait as a bare noun phrase (您的耐心等待，… with the thanks verb
 * unheard) and the wait's length remarked on in the past (等了好一会儿了吧 / 等得有点久了). Look-alikes that must not thank: a
 * request for a new wait (您再等一会儿), an earlier wait mentioned later in the turn, a bare thanks. Wordings are our own (a
 * water utility's desk).
 */
import { describe, expect, it } from 'vitest';
import { holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const held = (back: string) =>
  call([
    ['agent', '您好，自来水公司客服，请讲', 1000, 3000],
    ['customer', '我家这个月水费怎么翻倍了', 4000, 6000],
    ['agent', '请稍等，我调一下您家的抄表记录', 7000, 10000],
    ['customer', '好', 10500, 11000],
    ['agent', back, 40000, 44000],
  ]);

describe('hold-etiquette: round 20 wait named on return', () => {
  it('the wait as a noun phrase or its length remarked on, opening the return turn, thank', () => {
    for (const back of [
      '您的耐心等待，抄表员上个月多录了一位',
      '你的等待 抄表员上个月多录了一位',
      '等了好一会儿了吧，抄表员上个月多录了一位',
      '嗯，等得有点久了，抄表员上个月多录了一位',
      '让您等半天了吧 抄表员上个月多录了一位',
    ]) {
      expect(only(holdEtiquette(held(back), S, rubric)).pass, back).toBe(true);
    }
  });
  it('a new wait asked for, an earlier wait later in the turn, a bare thanks or no courtesy do not', () => {
    for (const back of [
      '您再等一会儿，我再核对一遍',
      '抄表员上个月多录了一位，您之前等了挺久吧',
      '谢了，抄表员上个月多录了一位',
      '您的水表读数是三百一十二吨',
      '抄表员上个月多录了一位',
    ]) {
      expect(only(holdEtiquette(held(back), S, rubric)).pass, back).toBe(false);
    }
  });
});
