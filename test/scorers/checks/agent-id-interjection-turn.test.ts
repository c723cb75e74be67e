/**
 * agent-id (round 17): in a call, an interjection said as a turn of its own after the customer has finished (嗯嗯 in the
 * pause) takes the floor and counts among the first turns, so a number given after it comes in the third; said over the
 * customer it is a backchannel and does not count. Our own wordings (a furniture shop).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();

describe('agent-id: an interjection turn in a pause', () => {
  it('counts as a turn after the customer finished', () => {
    const i = call([
      ['agent', '您好，家具售后，您说', 0, 2000],
      ['customer', '我买的柜子门歪了', 3000, 5000],
      ['agent', '嗯嗯', 6000, 6500],
      ['customer', '能上门修吗', 8000, 9000],
      ['agent', '我是售后专员小葛，可以上门', 10000, 12000],
    ]);
    expect(only(agentId(i, S, rubric)).pass).toBe(false);
  });
  it('does not count when said over the customer', () => {
    const i = call([
      ['agent', '您好，家具售后，您说', 0, 2000],
      ['customer', '我买的柜子门歪了，能上门修吗', 3000, 7000],
      ['agent', '嗯嗯', 5000, 5500],
      ['agent', '我是售后专员小葛，可以上门', 8000, 10000],
    ]);
    expect(only(agentId(i, S, rubric)).pass).toBe(true);
  });
});
