/**
 * resolution (round 22, reading): 查不着 — the potential complement 着 (zháo, "to reach") where the standard language
 * writes 到 — is the same look-up that came to nothing as 查不到, closing its clause (rubric 不知道 non-answers). Wordings
 * are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import type { Speaker } from '../../../harness/interaction/types.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const run = (reply: string, ...rest: [Speaker, string][]) =>
  only(resolution(chat([['agent', '您好，工号6120为您服务', 500], ['customer', '游泳馆能带小孩进去吗？', 1000], ['agent', reply, 3000], ...rest.map(([who, said], i) => [who, said, 5000 + 2000 * i] as [Speaker, string, number])]), S, rubric)).pass;

describe('查不着 as 查不到', () => {
  it('a bare 查不着 closing the reply leaves the question unanswered', () => {
    for (const reply of ['这个我查不着。', '我这边查不着', '系统里也查不着哈']) {
      expect(run(reply, ['customer', '那算了。']), reply).toBe(false);
      expect(run(reply.replace('不着', '不到'), ['customer', '那算了。']), reply).toBe(false);
    }
  });
  it("the customer's own, a condition, or an answer after it does not", () => {
    expect(run('您那边查不着的话，可以打前台电话。', ['customer', '好。'])).toBe(true);
    expect(run('一米二以下的小孩可以进，要家长陪同。', ['customer', '好。'])).toBe(true);
  });
});
