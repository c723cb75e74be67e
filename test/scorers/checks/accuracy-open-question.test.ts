/**
 * facts (round 18): a value question the agent has not answered yet — it asked back or put the customer on hold, stating
 * no value — stays open, and the first value said afterwards answers it (checks/facts.ts `open`). Our own wordings (a
 * furniture delivery desk).
 */
import { describe, expect, it } from 'vitest';
import { noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ facts: [{ key: 'delivery', label: '送货时效', expected: '三天', wrong: ['七天'], cues: ['送货'] }] });

describe('no-misinformation: the answer to a value question asked back on', () => {
  it('多久能到？— 您在哪个区？— 东区 — 稍等 — 大概七天: the wrong value answers the open question', () => {
    const i = chat([
      ['customer', '我买的沙发多久能到？', 1000],
      ['agent', '您在哪个区？', 2000],
      ['customer', '东区。', 3000],
      ['agent', '您稍等，我查一下。', 4000],
      ['agent', '查到了，大概七天。', 9000],
    ]);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
  });
  it('a yes-no question (能换颜色吗？) leaves nothing open: 七天 may be about anything', () => {
    const i = chat([
      ['customer', '我买的沙发能换颜色吗？', 1000],
      ['agent', '您在哪个区？', 2000],
      ['customer', '东区。', 3000],
      ['agent', '可以换，七天内都能改。', 4000],
    ]);
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(true);
  });
});
