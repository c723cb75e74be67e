/**
 * Round 15: the courtesy-ratio backstop (thresholds.politenessRatio 0.3 → 0.15). A terse agent who says 您 in one turn of
 * five and otherwise states facts unasked is no longer curt by the ratio alone; an agent with no courtesy at all still
 * fails. Wordings are our own (a piano-tuning line), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const contact = (opening: string) =>
  chat([
    ['agent', opening, 1000, 2500],
    ['customer', '我想约个调音', 3000, 4500],
    ['agent', '调音师周二和周四下午上门服务。', 5000, 6000],
    ['customer', '好的', 6500, 7000],
    ['agent', '上门调音一次收费两百元整。', 7500, 8500],
    ['customer', '嗯', 9000, 9500],
    ['agent', '调音之后三个月内免费复调一次。', 10000, 11000],
    ['customer', '行', 11500, 12000],
    ['agent', '调音单已经生成好了，稍后发短信。', 12500, 13500],
  ]);

describe('politeness backstop (round 15)', () => {
  it('passes a terse agent with courtesy in one turn of five (20 %)', () => {
    expect(rubric.thresholds.politenessRatio).toBe(0.15);
    expect(only(politeness(contact('您好，这里是琴行调音服务台。'), S, rubric)).pass).toBe(true);
  });
  it('still fails an agent with no courtesy at all', () => {
    expect(only(politeness(contact('喂，琴行调音服务台这边。'), S, rubric)).pass).toBe(false);
  });
});
