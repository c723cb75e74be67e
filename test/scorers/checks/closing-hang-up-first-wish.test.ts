/**
 * closing [S21 结束语; S1 祝愿语]: "you hang up first" run, unpunctuated, into the parting wish (请您先挂机注意安全) takes
 * leave as it does ending its clause; the look-alike — asking the customer not to hang up — takes none. Our own wordings.
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const endsWith = (line: string) =>
  only(closing(call([['agent', '您好，请讲', 0, 2000], ['customer', '我问下路况', 3000, 5000], ['agent', '前方两公里有施工，请减速慢行', 6000, 9000], ['customer', '知道了', 10000, 11000], ['agent', line, 12000, 14000]]), S, rubric)).pass;

describe('closing: 先挂机 run into the parting wish', () => {
  it('请您先挂机注意安全 / 您先挂机吧再见 take leave', () => {
    for (const line of ['好的请您先挂机注意安全', '那您先挂机吧再见']) expect(endsWith(line), line).toBe(true);
  });
  it('asking the customer not to hang up is no leave-taking', () => {
    expect(endsWith('好的请您先别挂机 我帮您查一下')).toBe(false);
  });
});
