/**
 * round 23 (ASR reading): in a recognised call a space between two Han characters is the clause break it stands for to the
 * closing vocabulary too — a wish clause (祝… to its end) or a final thanks read on the call as on the same words typed
 * with commas. Perturbation: the same closing with spaces for commas must score alike. Look-alikes: a space beside a
 * filler is no break (祝 呃 …), and safety advice or 祝贺 stay no wish. Wordings are our own (a ferry line, a florist).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const ends = (last: string) =>
  only(
    closing(
      call([
        ['agent', '您好，海鸥轮渡，请讲', 1000, 3000],
        ['customer', '明早第一班船几点', 4000, 6000],
        ['agent', '早上六点半开，码头六点开闸', 7000, 10000],
        ['customer', '好的谢了', 11000, 12000],
        ['agent', last, 13000, 17000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('closing: a pause in speech ends the wish clause as a comma does', () => {
  it('the same closing typed with commas or said with pauses scores alike', () => {
    for (const [typed, said] of [
      ['祝全家旅途顺心，稍后有条短信请给我们打个分', '祝全家旅途顺心 稍后有条短信请给我们打个分'],
      ['明早见，祝大伙儿一路看海看个痛快，船上见', '明早见 祝大伙儿一路看海看个痛快 船上见'],
    ] as const) {
      expect(ends(said), said).toBe(ends(typed));
      expect(ends(said), said).toBe(true);
    }
  });
  it('no wish: advice, congratulations, or only a filler after 祝', () => {
    for (const line of ['码头风大 甲板上注意安全 您还有别的问题吗', '祝贺您 抽中了免费船票 您还有别的问题吗']) {
      expect(ends(line), line).toBe(false);
    }
  });
});
