/**
 * empathy (round 11): the service sneered at with its measure word (就这种体验 / 就这样的服务) and the firm called not
 * reliable or not responsible at all (一点都不靠谱 / 根本不负责) are complaints; the same words asked about or
 * praising are not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const verdict = (said: string) =>
  only(
    empathy(
      chat([
        ['agent', '您好，请问有什么可以帮您', 1000],
        ['customer', said, 2000],
        ['agent', '好的，请提供一下您的户号', 3000],
        ['agent', '我这边登记一下', 4000],
      ]),
      scenario(),
      rubric,
    ),
  ).pass;

describe('empathy: the service sneered at, the firm called unreliable', () => {
  it('owe an acknowledgement', () => {
    for (const said of ['交了三年会费就这样的待遇', '花了两万装的空调就这种质量', '你们物业压根不负责，楼道灯坏了半年', '这个平台一点也不靠谱，说的和做的两回事']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('a question about reliability or plain praise is none', () => {
    for (const said of ['这个型号靠谱吗，想问问', '你们师傅很靠谱，我想再约一次']) expect(verdict(said), said).toBe('na');
  });
});
