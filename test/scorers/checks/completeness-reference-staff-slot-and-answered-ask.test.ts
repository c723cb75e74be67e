/**
 * record-reference (round 11): a bare 编号 + a number opening a clause of the agent's first turns is its staff number
 * (the agent-id window), not a record; a Latin working name before it is the introduction's slot too; and a number of
 * the kind the agent asked for is the customer's only while the customer has not answered the ask with another one.
 * Wordings are our own (a piano tuner, a gas line).
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const verdict = (lines: [string, string][]) => only(recordReference(chat(lines.map(([who, text], k) => [who as 'agent' | 'customer', text, 1000 + k * 1000])), S, rubric)).pass;

describe('record-reference: the staff number in the agent-id window', () => {
  it('a bare 编号 opening a clause of the second agent turn is the agent\'s', () => {
    expect(verdict([['agent', '您好，请讲'], ['customer', '钢琴调音怎么收费'], ['agent', '编号6031，您家是立式琴吗？'], ['customer', '是的'], ['agent', '立式琴调一次三百元']])).toBe(false);
    expect(verdict([['agent', '您好，请讲'], ['customer', '钢琴调音怎么收费'], ['agent', '调音师老方为您服务 编号6031 您家是立式琴吗'], ['customer', '是的']])).toBe(false);
  });
  it('a Latin working name, then the number after a pause, is the introduction\'s slot', () => {
    expect(verdict([['agent', '您好'], ['customer', '钢琴调音怎么收费'], ['agent', '好的'], ['agent', '我是调音顾问Ethan 编号6031 您家是立式琴吗']])).toBe(false);
  });
  it('a qualified or announced number, or one later in the contact, is still a record', () => {
    expect(verdict([['agent', '您好，请讲'], ['customer', '想约个调音'], ['agent', '给您登记了，预约编号TY502214']])).toBe(true);
    expect(verdict([['agent', '您好，请讲'], ['customer', '想约个调音'], ['agent', '好的'], ['agent', '约好了'], ['agent', '编号TY502214，请记好']])).toBe(true);
  });
});

describe('record-reference: an ask answered with another number', () => {
  it('a different number of the kind asked for, given after the customer answered, is a new record', () => {
    const lines: [string, string][] = [['agent', '您好，燃气热线'], ['customer', '上次报修没人来'], ['agent', '麻烦提供一下当时的工单号'], ['customer', '我看看，RQ880412'], ['agent', '已经给您重新派单，工单号RQ990731']];
    expect(verdict(lines)).toBe(true);
  });
  it('the same number read back, or an ask the customer never answered with a number, stays the customer\'s', () => {
    expect(verdict([['agent', '您好，燃气热线'], ['customer', '上次报修没人来'], ['agent', '麻烦提供一下当时的工单号'], ['customer', 'RQ880412'], ['agent', '您的工单号RQ880412，我查一下']])).toBe(false);
    expect(verdict([['agent', '您好，燃气热线'], ['customer', '上次报修没人来'], ['agent', '麻烦提供一下当时的工单号'], ['customer', '找不到了'], ['agent', '您的工单号是RQ880412']])).toBe(false);
  });
});
