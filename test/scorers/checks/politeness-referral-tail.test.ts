/**
 * "Don't keep calling to ask" closing a self-service referral is that referral's tail (buck-passing, a 忌语 in a
 * courteous register), not impatience said on its own. Wordings are our own (a driving school, a museum).
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const courteous = (line: string) =>
  call([
    ['agent', '您好 驾校服务中心 请问有什么可以帮您', 1000, 3000],
    ['customer', '我想问一下约考的时间', 4000, 6000],
    ['agent', line, 7000, 9000],
    ['customer', '好吧', 10000, 11000],
    ['agent', '感谢您的来电 祝您生活愉快 再见', 12000, 14000],
  ]);

describe('politeness: a self-service referral closed by "stop calling"', () => {
  it('上官网查去 别总打电话问了 is a 忌语 (forbidden-words) but not rude', () => {
    const i = courteous('约考时间上官网查去 别总打电话问了');
    expect(only(forbiddenWords(i, S, rubric)).pass).toBe(false);
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('the same "stop calling" said on its own, with impatience, stays rude', () => {
    expect(only(politeness(courteous('你别老打电话问了 烦不烦'), S, rubric)).pass).toBe(false);
  });
});
