/**
 * hold-etiquette (round 22, speech-recognition homophones): 谢谢您稍等 opening the turn that comes back after the hold thanks
 * for the wait (round 19); read as heard, a recogniser's homophone in it (卸谢您烧等 / 谢泄你稍等) is the same thanks. Words of
 * other sounds in its place (借些您稍等) are not. Wordings are our own (a gym desk).
 */
import { describe, expect, it } from 'vitest';
import { holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const held = (back: string) =>
  call([
    ['agent', '您好，健身会所前台，请讲', 1000, 3000],
    ['customer', '我的私教课还剩几节', 4000, 6000],
    ['agent', '我查一下课时记录，请稍等', 7000, 10000],
    ['customer', '好', 10500, 11000],
    ['agent', back, 40000, 44000],
  ]);

describe('hold-etiquette: the thanks naming the wait, read as heard', () => {
  it('clean and slipped thanks alike', () => {
    for (const back of ['谢谢您稍等，还剩六节', '卸谢您烧等，还剩六节', '谢泄你稍等。']) {
      expect(only(holdEtiquette(held(back), S, rubric)).pass, back).toBe(true);
    }
  });
  it('other sounds in its place do not thank', () => {
    for (const back of ['借些您稍等，还剩六节', '还剩六节']) {
      expect(only(holdEtiquette(held(back), S, rubric)).pass, back).toBe(false);
    }
  });
});
