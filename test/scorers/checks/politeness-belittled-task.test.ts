/**
 * The customer's competence mocked on a task made small: a verb with 个 and its object, or 连 + the task, then
 * "can't even" closing the clause (扫个码都不会). Look-alikes: a count (这个/一个 … 都不会), a reassurance about
 * others, a promise that goes on after 不会. Wordings are our own (a cinema box office), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (said: string) =>
  chat([
    ['agent', '您好，影城服务热线，请问有什么可以帮您', 1000],
    ['customer', '我在网上买不了票', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您观影愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;

describe('politeness: the task made small and the customer unable to do even that', () => {
  it('V个N都不会 / 连…都不会 closing the clause fails', () => {
    for (const said of ['扫个码都不会？那您来窗口买吧', '选个座位都不会啊', '连登录都不会吗']) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay courteous: counts, others, promises', () => {
    for (const said of ['这个很多人都不会，我一步步教您', '您放心，一张票都不会多扣', '一个座位都不会留给黄牛，请您放心']) {
      expect(rude(said), said).toBe(false);
    }
  });
});
