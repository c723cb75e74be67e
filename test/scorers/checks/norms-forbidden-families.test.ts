/**
 * 忌语 construction families beyond the fixed phrases: the emphatic "no is no" in any verb, "forget it",
 * mockery (the sneer 呵呵, "now you're worried?", ironic praise, the dismissive 呗), an order with 把,
 * the bare "read it yourself"; each with look-alikes that must stay clean.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (...lines: string[]) => chat(lines.map((text, k) => ['agent', text, 1000 + k * 1000] as ['agent', string, number]));
const categoriesOf = (said: string) => {
  const f = only(forbiddenWords(agentSays(said), S, rubric));
  return f.pass === false ? (f.details as { categories: string[] }).categories : [];
};

describe('flat refusals: "no is no" in any verb, "forget it"', () => {
  it('finds them', () => {
    for (const said of ['退不了就是退不了。', '没有就是没有，您问几次都一样', '补贴的事，别指望了。', '那你就别想了']) {
      expect(categoriesOf(said), said).toContain('否定拒绝');
    }
  });
  it('leaves look-alikes alone', () => {
    for (const said of ['不用想了，直接来营业厅办就行', '这个不难，您放心', '我们没有就是因为还没到货，明天就有']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('mockery, orders and the bare "read it yourself"', () => {
  it('finds them, by category', () => {
    const cases: [string, string][] = [
      ['呵呵，那你再等等吧', '讽刺挖苦'],
      ['现在知道后悔了？', '讽刺挖苦'],
      ['你可真厉害啊', '讽刺挖苦'],
      ['合同什么都不看就点了确认', '讽刺挖苦'],
      ['那你自己想办法呗', '讽刺挖苦'],
      ['你给我把号码记下来', '命令训斥'],
      ['自己查官网去。', '推诿'],
      ['你自己翻合同。', '推诿'],
    ];
    for (const [said, category] of cases) expect(categoriesOf(said), said).toContain(category);
  });
  it('leaves look-alikes alone', () => {
    for (const said of ['您可以自己查官网，也可以我帮您查', '我现在才知道这个情况，马上帮您处理', '什么都不用带就能办', '您真会挑，这款最划算', '好的，这个我记下来了']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
  it('the mocking line fails politeness too, the bare redirect does not', () => {
    const courteous = ['您好，请问有什么可以帮您？', '好的，请您稍等，谢谢', '感谢您的耐心等待'];
    expect(only(politeness(agentSays(...courteous, '呵呵，那你再等等吧'), S, rubric)).pass).toBe(false);
    expect(only(politeness(agentSays(...courteous, '自己查官网去。'), S, rubric)).pass).toBe(true);
  });
});
