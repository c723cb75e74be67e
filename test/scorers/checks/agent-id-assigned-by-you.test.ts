/**
 * agent-id: the agent named as the one assigned to the matter (这次由售后顾问邵文斌为您处理 / 接下来由客服专员宁可心跟您对接):
 * 由 + a role + a name + the verb of taking the matter on; a role with no name (由专人负责 / 由维修师傅上门为您检修) names no one.
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({});
const opening = (second: string) =>
  chat([
    ['agent', '您好，这里是星河家电售后，请问有什么可以帮您？', 500],
    ['customer', '我家洗衣机漏水', 1500],
    ['agent', second, 2500],
  ]);

describe('agent-id: assigned by 由', () => {
  it('由 + role + name + the verb names the agent', () => {
    for (const line of ['这次由售后顾问邵文斌为您处理，漏水是从哪里漏的？', '接下来由客服专员宁可心跟您对接，机器是哪年买的？']) {
      expect(only(agentId(opening(line), S, rubric)).pass, line).toBe(true);
    }
  });
  it('由 + a role alone names no one', () => {
    for (const line of ['这个问题会由专人负责，机器是哪年买的？', '后续由维修师傅上门为您检修，机器是哪年买的？']) {
      expect(only(agentId(opening(line), S, rubric)).pass, line).toBe(false);
    }
  });
});
