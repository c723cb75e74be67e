/**
 * The wrap-up question about what is still unclear (还有哪里不明白的吗) asks the customer: it is neither a
 * non-answer (resolution) nor a flat refusal (forbidden-words 否定拒绝), though it holds 不清楚/不明白.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const asked = (reply: string) =>
  chat([
    ['agent', '您好，工号2046为您服务', 500],
    ['customer', '换货要多久能寄回来？', 1000],
    ['agent', reply, 3000],
    ['customer', '好的', 4000],
    ['agent', '感谢您的来电，再见', 5000],
  ]);

describe('the wrap-up question about what is unclear', () => {
  it('is neither a non-answer nor a 忌语, in its several wordings', () => {
    for (const reply of ['寄回来一般三天。您还有哪里不明白的吗？', '三天左右。还有什么地方没听懂吗？', '三天就到。有任何不了解的随时问我', '大概三天，哪一步还不清楚您再说']) {
      expect(only(resolution(asked(reply), S, rubric)).pass, reply).toBe(true);
      expect(only(forbiddenWords(asked(reply), S, rubric)).pass, reply).toBe(true);
    }
  });

  it('the agent not knowing is still a non-answer, and a bare brush-off a flat refusal', () => {
    for (const reply of ['这个我也不清楚。', '哪天寄回来我这边不知道', '不清楚。']) {
      expect(only(resolution(asked(reply), S, rubric)).pass, reply).toBe(false);
    }
    // a "not sure", topic-scoped or bare, is a non-answer only (forbidden-words counts it when the rubric sets
    // bareNonAnswerCategory); a not-knowing that closes the matter is the 否定拒绝 brush-off
    for (const reply of ['不清楚。', '我也不知道。']) expect(only(forbiddenWords(asked(reply), S, rubric)).pass, reply).toBe(true);
    for (const reply of ['不清楚，系统就这样。', '我也不知道，您自己去查吧。']) expect(only(forbiddenWords(asked(reply), S, rubric)).pass, reply).toBe(false);
  });
});
