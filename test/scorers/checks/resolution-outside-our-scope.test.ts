/**
 * resolution: "outside our scope" (这个问题不在我们的服务范围 / 不在我们这边的受理范围) as the reply is a deflection with
 * no help; the same with a hand-over (…不过我帮您转给物业) is not. Wordings are our own, in trades no corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'hours', label: '开放时间', expected: '早上8点', cues: ['开门'] }] });
const contact = (reply: string) =>
  chat([
    ['customer', '游泳馆几点开门？', 1000],
    ['agent', '早上8点开门', 2000],
    ['customer', '泳池的水多久换一次？', 3000],
    ['agent', reply, 4000],
  ]);

describe('resolution: outside our scope', () => {
  it('fails when the reply only says it is outside our scope', () => {
    for (const reply of ['这个问题不在我们的服务范围。', '这个不在我们这边的受理范围哈']) {
      expect(only(resolution(contact(reply), S, rubric)).pass, reply).toBe(false);
    }
  });

  it('passes with a hand-over to those who answer', () => {
    expect(only(resolution(contact('这个不在我们客服的范围，不过我帮您转给场馆经理，请稍等'), S, rubric)).pass).toBe(true);
  });
});
