/**
 * agent-id: a title of up to eight characters before a full name (我是妇联维权志愿者X律师), and a name ended by the
 * spoken filler 这个 as by 那个; the formal frame 本人是 as 我是. Our own wordings.
 */
import { describe, expect, it } from 'vitest';
import { normsChecks } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const opening = (line: string) =>
  chat([
    ['agent', line, 1000],
    ['customer', '我想问下预约的事', 3000],
    ['agent', '好的您说', 5000],
  ]);
const agentId = (line: string) => only(normsChecks['agent-id'](opening(line), scenario(), rubric)).pass;

describe('agent-id: long titles and the 这个 filler', () => {
  it('introduces the agent', () => {
    expect(agentId('您好 我是妇联维权志愿者韩律师请问您遇到什么问题')).toBe(true);
    expect(agentId('您好 门诊部我是护士长程雪这个 您是要挂号吗')).toBe(true);
    expect(agentId('您好，街道便民服务点。本人是网格社工汪静宜。')).toBe(true);
  });
  it('names no one', () => {
    expect(agentId('您好 我是妇联维权志愿者请问您遇到什么问题')).toBe(false);
    expect(agentId('您好 我是门诊部护士长这个 您是要挂号吗')).toBe(false);
    expect(agentId('您好，街道便民服务点。本人是网格社工。')).toBe(false);
  });
});
