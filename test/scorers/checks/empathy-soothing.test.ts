/** empathy: "don't worry" soothes; "calm down" (您先别激动) alone judges the customer's reaction. Wordings are our own. */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const after = (reply: string) =>
  only(
    empathy(
      chat([
        ['agent', '您好，请问有什么可以帮您', 1000],
        ['customer', '快递丢了三天都没人管，太过分了', 2000],
        ['agent', reply, 3000],
        ['agent', '请提供一下运单号', 4000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('empathy: soothing versus "calm down"', () => {
  it('您先别着急 / 别担心 still acknowledge', () => {
    for (const reply of ['您先别着急，我马上查', '您别担心，包裹会找到的']) expect(after(reply), reply).toBe(true);
  });

  it('您先别激动 / 你不要激动 alone do not', () => {
    for (const reply of ['您先别激动，我查一下', '你不要激动，慢慢说']) expect(after(reply), reply).toBe(false);
  });
});
