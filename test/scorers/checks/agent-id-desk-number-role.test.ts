/**
 * agent-id (round 17): a one-digit desk number + 号 + a role after 我是 (我是五号前台 / 我是三号接待员) is the agent's id,
 * ending the clause or before a spoken filler; a building number (我是2号楼的), a date before a role that runs on
 * (明天8号快递员会上门) and a bare desk (我是一号窗口) name no one. Our own wordings (an escape room, a gym).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const says = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), scenario(), rubric)).pass;

describe('agent-id: a one-digit desk number before a role', () => {
  it('identifies', () => {
    for (const line of ['您好 我是五号前台 那个您约几点', '您好，我是三号接待员，请问几位？', '您好 我是九号前台 就是您想订哪天']) expect(says(line), line).toBe(true);
  });
  it('identifies no one', () => {
    for (const line of ['您好，我是2号楼的，请问', '您好，明天8号快递员会上门', '您好，我是一号窗口，请问']) expect(says(line), line).toBe(false);
  });
});
