/**
 * resolution (round 11): the customer asking only to be told after all (我就想知道个准确的，能讲讲吗 / 说清楚点) or asking
 * the agent to think of a way (您再帮我想想办法呗) presses for the withheld answer, which the next agent turn then makes
 * good; a press that re-asks the question is made good only by a reply on its topic. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { pressesForAnswer } from '../../../scorers/checks/non-answer-repairs.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'hours', label: '营业时间', expected: '九点到六点', wrong: ['八点到五点'], cues: ['营业', '几点'] }] });
const verdict = (asked: string, press: string, reply: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号5521为您服务', 500],
        ['customer', '你们几点营业？', 1000],
        ['agent', '营业时间是九点到六点。', 2000],
        ['customer', asked, 3000],
        ['agent', '这个我不太清楚。', 4000],
        ['customer', press, 5000],
        ['agent', reply, 6000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('resolution: asking to be told, or for a way, presses', () => {
  it('recognises the presses', () => {
    for (const s of ['我就想知道个准确的能讲讲吗', '那个说清楚点', '您再帮我想想办法呗', '能具体说说吗']) expect(pressesForAnswer(s), s).toBe(true);
  });
  it('a bare filler or a new question of its own is none', () => {
    for (const s of ['那个嗯嗯', '好的', '我想知道退货运费谁出']) expect(pressesForAnswer(s), s).toBe(false);
  });
  it('made good by the next turn', () => {
    expect(verdict('停车场收费吗？', '我就想知道个准确的，能讲讲吗？', '停车场前两小时免费，之后每小时五元。')).toBe(true);
    expect(verdict('停车场收费吗？', '您再帮我想想办法呗？', '停车的话前两小时免费，之后每小时五元。')).toBe(true);
  });
  it('a re-asking press answered on another topic is not made good', () => {
    expect(verdict('附近有便利店吗？', '那你能帮我看看有没有便利店吗？', '我们周末也正常开门，节假日另行通知。')).toBe(false);
    expect(verdict('附近有便利店吗？', '那你能帮我看看有没有便利店吗？', '出门右转五十米就有一家便利店。')).toBe(true);
  });
});

describe('resolution: asking the agent to find out, with 行不行 / 帮忙 / a reason after it', () => {
  it('presses', () => {
    for (const s of ['那你去问问别人行不行', '能不能帮忙问一下', '你帮我查查嘛这个对我很重要']) expect(pressesForAnswer(s), s).toBe(true);
  });
  it('made good by a report that names whom the agent asked', () => {
    expect(verdict('停车场收费吗？', '那你去问问别人行不行？', '我刚问了前台，停车前两小时免费。')).toBe(true);
  });
});

