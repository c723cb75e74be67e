/**
 * Round 12: "do it or don't" (爱V不V) is indifference — a 忌语, not rudeness — where the line itself says so: said to
 * 您, or closed by the shrug that leaves the choice to the customer (随你 / 你自己看着办). Bare or said to 你 it stays
 * contempt. Wordings are our own (a kayak rental desk), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (said: string) =>
  chat([
    ['agent', '您好，皮划艇租赁服务台，请问有什么可以帮您', 1000],
    ['customer', '周末租一条双人艇多少钱', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;
const forbidden = (said: string) => only(forbiddenWords(call(said), S, rubric)).pass === false;

describe('politeness: 爱V不V said to 您 or closed by 随你 is indifference', () => {
  it('fails forbidden-words only', () => {
    for (const said of ['双人艇两百一天，您爱租不租', '两百一天，爱划不划，随你', '就这个价，爱租不租你自己看着办']) {
      expect(forbidden(said), said).toBe(true);
      expect(rude(said), said).toBe(false);
    }
  });

  it('bare or to 你 it stays contempt', () => {
    for (const said of ['两百一天，爱租不租', '就这个价，你爱划不划']) {
      expect(rude(said), said).toBe(true);
    }
  });
});
