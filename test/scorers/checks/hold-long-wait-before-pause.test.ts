/**
 * hold-etiquette, round 21 (a reading fix): on a call, a pause in speech after 久等 / 久候 opening the turn that comes back
 * from the hold (那个久等 单子找到了 / 久候 师傅明早到) ends the clause as a comma does, so it is the short 久等 clause of its
 * own. Run on into the next word with no pause (久等的那批货到了) it is none. Wordings are our own (a furniture shop).
 */
import { describe, expect, it } from 'vitest';
import { holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const held = (back: string) =>
  call([
    ['agent', '您好，家具城售后，请讲', 1000, 3000],
    ['customer', '我订的沙发什么时候送', 4000, 6000],
    ['agent', '请您稍等，我查一下送货单', 7000, 9000],
    ['customer', '好', 9500, 10000],
    ['agent', back, 40000, 44000],
  ]);
const verdict = (back: string) => only(holdEtiquette(held(back), S, rubric)).pass;

describe('hold-etiquette: 久等 before a spoken pause', () => {
  it('thanks for the wait', () => {
    for (const back of ['那个久等 单子找到了 明天上午送', '久候 师傅明早到']) expect(verdict(back), back).toBe(true);
  });
  it('run on with no pause it is none', () => {
    expect(verdict('久等的那批货到了 明天上午送')).toBe(false);
  });
});
