/**
 * 忌语 construction families beyond the fixed phrases: the emphatic "no is no" in any verb, "forget it",
 * mockery (the sneer 呵呵, "now you're worried?", ironic praise, the dismissive 呗), an order with 把,
 * the bare "read it yourself"; each with look-alikes that must stay clean.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
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
