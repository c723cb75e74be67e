/**
 * "Don't ask / come to us" beside the place the customer is sent to (这类事别问我们，问社区医院 / 证件丢了去派出所，别找我们)
 * is buck-passing, the mild tier: a 忌语 (forbidden-words) but not impatience at the customer (politeness). Without a
 * place named it stays impatient (这个跟我们无关，别问我了). Wordings are our own (a gym's front desk), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (said: string) =>
  chat([
    ['agent', '您好，健身房前台，请问有什么可以帮您', 1000],
    ['customer', '我在楼下停车被贴了罚单怎么办', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;
const forbidden = (said: string) => only(forbiddenWords(call(said), S, rubric)).pass === false;

describe('politeness: "don\'t ask us" beside the place the customer is sent to', () => {
  it('is buck-passing, a 忌语 only, with the place before or after', () => {
    for (const said of ['这类事别问我们，问交管部门。', '罚单的事去交警队，别找我们。']) {
      expect(rude(said), said).toBe(false);
      expect(forbidden(said), said).toBe(true);
    }
  });
  it('stays impatient with no place named', () => {
    expect(rude('这个跟我们无关，别问我了。')).toBe(true);
  });
});
