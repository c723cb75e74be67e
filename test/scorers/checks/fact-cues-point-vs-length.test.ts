/**
 * facts, round 24: a time value answers either "when" (a point: 周四下午三点 / 3月12日 / 后天上午) or "how long / how early"
 * (a length or lead: 提前四十八小时 / 七个工作日 / 十天), and another fact's cue beside a value claims it only when that
 * fact's value answers the same question: a lead said in a clause naming the booked slot's topic (要改这次的调琴，得提前
 * 四十八小时, before the slot itself is given) is still the rescheduling rule. Wordings are our own (a piano-tuning studio).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy } from '../../../scorers/checks/accuracy.js';
import { valueKind } from '../../../scorers/checks/value-kinds.js';
import { chat, rubric, scenario } from '../helpers.js';

const slot = { key: 'slot', label: '已约调琴时间', expected: '周四下午三点', variants: ['周四下午3点'], wrong: ['周五上午十点'], cues: ['调琴'] };
const lead = { key: 'lead', label: '改约时限', expected: '提前四十八小时', variants: ['提前48小时'], wrong: ['提前两小时'], cues: ['改约'] };
const days = { key: 'days', label: '调琴保质天数', expected: '三十天', wrong: ['七天'], cues: ['调琴'] };

const said = (reply: string) =>
  chat([
    ['agent', '您好，琴行售后，请问有什么可以帮您？', 1000],
    ['customer', '我约了调琴，想问下时间。', 3000],
    ['agent', reply, 5000],
    ['customer', '好的。', 6000],
    ['agent', '给您约的是周四下午三点。', 7000],
    ['customer', '知道了，谢谢', 9000],
  ]);

const stated = (i: ReturnType<typeof said>, facts: object[], key: string) =>
  factAccuracy(i, scenario({ facts: facts as never }), rubric).find((f) => (f.details as { fact?: string } | undefined)?.fact === key)!;

describe('facts: a point in time and a length are answers to different questions', () => {
  it('kinds', () => {
    expect(['周四下午三点', '3月12日', '三月十二日', '后天上午', '七号'].map(valueKind)).toEqual(['when', 'when', 'when', 'when', 'when']);
    expect(['提前四十八小时', '七个工作日', '十天', '九个月', '两年', '12小时内'].map(valueKind)).toEqual(['time', 'time', 'time', 'time', 'time', 'time']);
  });

  it("a lead beside the slot's cue is the rescheduling rule", () => {
    expect(stated(said('要改这次的调琴，得提前四十八小时。'), [slot, lead], 'lead').pass).toBe(true);
  });

  it("look-alike: a length beside the cue of a fact whose value is a length stays that fact's", () => {
    // 调琴 names the warranty-days fact too (a length): the lead is not taken as the rescheduling rule
    expect(stated(said('要改这次的调琴，得提前四十八小时。'), [slot, lead, days], 'lead').pass).toBe(false);
  });
});
