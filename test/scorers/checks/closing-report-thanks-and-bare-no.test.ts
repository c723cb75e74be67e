/**
 * closing (round 11): thanks for what the caller brought in (感谢您的反映 / 举报) is a 致谢; a walk-out on an invitation
 * that asks for the customer's time (…评价，占用您一分钟) or names the rating's vehicle (满意度回访) is still on the
 * invitation; a bare no (暂时没有。) answers the wrap-up question, so the close after it was owed. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

function ending(agentLines: string[], customerLast: string) {
  const turns: ['agent' | 'customer', string, number][] = [
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', '楼道里的路灯坏了一个月了', 3000],
    ['agent', '已经给您登记，会派电工去看', 6000],
    ['customer', '好的', 7000],
  ];
  agentLines.forEach((l, k) => turns.push(['agent', l, 8000 + k * 1000]));
  turns.push(['customer', customerLast, 12000]);
  return chat(turns);
}
const verdict = (agentLines: string[], customerLast: string) => only(closing(ending(agentLines, customerLast), S, rubric)).pass;

describe('closing: round 11 forms', () => {
  it('thanks for the report or the feedback closes', () => {
    for (const line of ['感谢您的反映，处理完我们会回电。', '谢谢您的举报，我们会尽快核实']) expect(verdict(['还有别的事吗', line], '没了'), line).toBe(true);
  });
  it('a walk-out on an invitation that asks for a moment of the customer\'s time is N/A', () => {
    for (const line of ['稍后系统请您评价 占用您一分钟', '等下有个满意度回访 嗯 耽误您一会儿']) expect(verdict([line], '不说了 我先挂了'), line).toBe('na');
  });
  it('a bare no to the wrap-up question: the close was owed', () => {
    for (const reply of ['暂时没有。', '目前没有', '嗯 不用了']) expect(verdict(['还有其他需要帮您的吗？'], reply), reply).toBe(false);
  });
  it('a reply with content to the wrap-up question is still a walk-out', () => {
    expect(verdict(['还有其他需要帮您的吗？'], '算了不说了')).toBe('na');
  });
});
