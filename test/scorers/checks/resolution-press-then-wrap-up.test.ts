/**
 * resolution (round 12): a request to find out that asks to be told after (能不能麻烦您问一下然后告诉我) or gives the
 * customer's hurry as its reason (您再核实一下行吗，我赶着办) presses for the withheld answer; and the agent's answer to
 * a press still makes it good when the turn goes on to the wrap-up question (…。请问还有其他需要吗？). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { pressesForAnswer } from '../../../scorers/checks/non-answer-repairs.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'hours', label: '营业时间', expected: '九点到六点', wrong: ['八点到五点'], cues: ['营业', '几点'] }] });
const verdict = (press: string, reply: string) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号5521为您服务', 500],
        ['customer', '你们几点营业？', 1000],
        ['agent', '营业时间是九点到六点。', 2000],
        ['customer', '停车场收费吗？', 3000],
        ['agent', '这个我不太清楚。', 4000],
        ['customer', press, 5000],
        ['agent', reply, 6000],
        ['customer', '没有了，谢谢。', 7000],
        ['agent', '不客气，再见。', 8000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('resolution: a request to find out with "then tell me" or a hurry after it', () => {
  it('presses', () => {
    for (const s of ['能不能麻烦您问一下然后告诉我', '您再核实一下行吗我赶着办', '帮我查查回头通知我一声']) expect(pressesForAnswer(s), s).toBe(true);
  });
  it('a new request of its own is none', () => {
    expect(pressesForAnswer('能不能麻烦您帮我改个时间')).toBe(false);
  });
});

describe('resolution: the answer to a press, then the wrap-up question', () => {
  it('makes the non-answer good', () => {
    expect(verdict('能不能麻烦您问一下然后告诉我？', '问到了，停车场前两小时免费。请问还有其他需要吗？')).toBe(true);
    expect(verdict('您再核实一下行吗？我赶着办。', '停车前两小时免费。别的还需要我做什么吗？')).toBe(true);
  });
  it('the wrap-up question alone answers nothing', () => {
    expect(verdict('能不能麻烦您问一下然后告诉我？', '请问还有其他需要吗？')).toBe(false);
  });
});
