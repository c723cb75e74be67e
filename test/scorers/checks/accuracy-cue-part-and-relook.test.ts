/**
 * facts (round 12): a wrong value no cue ties, too short to be specific (七天 / 半节), is the fact's when its clause speaks
 * of what the cue names in a word of its own (cue 换新 — 换机的期限是七天); and the agent's own re-look without 下
 * (我重新看了，…) restates like 我再看一下 (checks/facts.ts). Our own wordings (a phone-repair shop).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'swap', label: '换新期限', expected: '十五天', wrong: ['七天'], cues: ['换新'] }],
});
const said = (...agent: string[]) =>
  chat([
    ['customer', '新买的手机屏幕有坏点。', 1000],
    ...agent.map((a, i): ['agent', string, number] => ['agent', a, 2000 + i * 1000]),
  ]);

describe('no-misinformation: a short wrong value whose clause names part of the cue', () => {
  it('换机的期限是七天 (换 of 换新): the wrong value is said', () => {
    expect(only(noMisinformation(said('换机的期限是七天。'), S, rubric)).pass).toBe(false);
  });
  it('七天 about something else (快递七天到): nothing of the cue, no wrong value', () => {
    expect(only(noMisinformation(said('您寄过来，快递七天到。'), S, rubric)).pass).toBe(true);
  });
  it('a tied statement of the fact elsewhere keeps the untied one out', () => {
    expect(only(noMisinformation(said('换新是十五天内。', '维修的话换机要七天。'), S, rubric)).pass).toBe(true);
  });
});

describe('facts: 我重新看了 restates the fact', () => {
  it('wrong, then the re-look with the right value: fact-accuracy passes, no-misinformation fails', () => {
    const i = chat([
      ['customer', '新买的手机屏幕有坏点，多久内能换新？', 1000],
      ['agent', '七天。', 2000],
      ['customer', '不对吧？', 3000],
      ['agent', '我重新看了，应该是十五天。', 4000],
    ]);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(true);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });
});
