/**
 * facts (round 18): a listed wrong value whose clause before names another fact's cue still counts when that fact was
 * already answered correctly with its own cue (checks/facts.ts `settled`): the cue names that answer, not this value.
 * Our own wordings (a passport office).
 */
import { describe, expect, it } from 'vitest';
import { noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [
    { key: 'photo', label: '照片要求', expected: '白色背景', wrong: ['蓝色背景'], cues: ['照片'] },
    { key: 'pickup', label: '领取时限', expected: '本人到窗口领取', wrong: ['找亲友代领'], cues: ['领证'] },
  ],
});
const said = (agent: string) =>
  chat([
    ['customer', '我要办护照，有什么要注意的？', 1000],
    ['agent', agent, 2000],
  ]);

describe('no-misinformation: a wrong value beside another fact answered with its cue', () => {
  it('照片要白色背景，找亲友代领: the wrong pickup rule is said', () => {
    expect(only(noMisinformation(said('照片要白色背景，证件可以找亲友代领。'), S, rubric)).pass).toBe(false);
  });
  it('照片要白色背景，本人到窗口领取: nothing wrong', () => {
    expect(only(noMisinformation(said('照片要白色背景，证件要本人到窗口领取。'), S, rubric)).pass).toBe(true);
  });
});
