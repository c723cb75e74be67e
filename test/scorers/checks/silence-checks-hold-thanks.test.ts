/** hold-etiquette: thanks for the wait said as a verb phrase (谢谢您等我) is a thanks; a bare 谢谢 or a 等 elsewhere is not. */
import { describe, expect, it } from 'vitest';
import { holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const heldThen = (back: string) =>
  call([
    ['agent', '您好请讲', 1000, 2000],
    ['customer', '我想查一下保修期', 3000, 4000],
    ['agent', '好的，请您稍等，我查一下', 4500, 6000],
    ['agent', back, 40_000, 43_000],
  ]);

describe('thanks for the wait in a verb phrase', () => {
  it('counts', () => {
    for (const back of ['谢谢您等我，保修期是两年', '多谢你一直等着，查到了', '感谢您等了这么久，是两年']) {
      expect(only(holdEtiquette(heldThen(back), S, rubric)).pass, back).toBe(true);
    }
  });
  it('other words with 等 or a bare thanks do not', () => {
    for (const back of ['谢谢，保修期是两年', '查到了，您等通知就行', '谢谢您，等会儿短信发您']) {
      expect(only(holdEtiquette(heldThen(back), S, rubric)).pass, back).toBe(false);
    }
  });
});
