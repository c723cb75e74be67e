/**
 * Round 22 (a reading bug in checks/told-you-instead.ts): the flat told-you placed earlier (前面 / 刚才 / 之前) with its verb of
 * telling in the perfective 了 — the object 您/你 between (跟您讲了 / 告诉您了) and a count after it (讲了一遍了) — or with 说明,
 * as the whole reply to a request to repeat, is the refusal to repeat, as 前面讲过了 already was; beside the answer, or when the
 * customer is the one who said it, it is not. Wordings are our own (a dental clinic's opening hours).
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const turns = (said: string): ['agent' | 'customer', string, number][] => [
  ['agent', '您好，瑞齿口腔前台，请问有什么可以帮您', 1000],
  ['customer', '周末几点开门', 3000],
  ['agent', '周六周日都是上午九点开门，晚上六点结束，请您提前预约', 5000],
  ['customer', '不好意思，刚才没听清，再说一下？', 9000],
  ['agent', said, 11000],
  ['customer', '好吧', 14000],
  ['agent', '感谢您的来电，祝您生活愉快，再见', 15000],
];
const rude = (said: string) => only(politeness(chat(turns(said)), scenario(), rubric)).pass === false;

describe('round 22: the told-you in the perfective as the whole reply', () => {
  it('refuses to repeat', () => {
    for (const said of ['这个刚才已经跟您讲了。', '这个我之前已经告诉您了。', '上面已经说了一遍了啊。', '这个我上面已经说明过了啊。', '刚刚都讲了。']) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('beside the answer, or the customer recalled, it does not', () => {
    for (const said of ['刚才已经跟您讲了，周末上午九点开门。', '您前面说了想约周六，周六上午九点开门。', '我刚才跟同事说了一下，周末照常营业。']) {
      expect(rude(said), said).toBe(false);
    }
  });
});
