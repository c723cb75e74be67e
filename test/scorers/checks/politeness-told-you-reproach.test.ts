/**
 * "I told you already — you weren't listening?": the told-you clause followed by a clause that puts the failure on
 * the customer as 你 is the reproach impoliteWhenFamiliar names, even when the 你 sits in the next clause. Look-alikes:
 * a repeat offered for a bad line (没听清), an offer to explain again (不明白的地方), the told-you said to 您, and a
 * told-you said flatly. Wordings are our own (a dental clinic, a car-wash), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (said: string) =>
  chat([
    ['agent', '您好，牙科诊所前台，请问有什么可以帮您', 1000],
    ['customer', '洗牙要提前多久预约来着', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;

describe('politeness: the told-you clause and then the failure put on 你', () => {
  it('fails with 你 in the next clause, punctuated or run on', () => {
    for (const said of ['我刚讲过了，你还不明白？提前三天', '告诉你好几次了你没在听吗', '我说得很明白了，你怎么还不懂']) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay courteous: a bad line, an offer to explain, 您, a flat told-you', () => {
    for (const said of ['我刚才说过了，你没听清的话我再说一遍，提前三天', '我刚才讲了，你不明白的地方可以再问我', '您好，我刚才说过了，您没听清吗？是提前三天', '这个前面讲过了，是提前三天']) {
      expect(rude(said), said).toBe(false);
    }
  });
});
