/**
 * resolution, round 21: a not-knowing on a verb of hearing (听不明白 / 听不清楚) is about the customer's words — the
 * agent cannot follow or hear what is being said — not an agent who cannot answer; 不明白 / 不清楚 on their own, or after
 * another verb (看不明白 is the causative's, 搞不清楚 the agent's), still are. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const reply = (asked: string, said: string) => chat([['agent', '您好，工号3172为您服务', 500], ['customer', asked, 1000], ['agent', said, 3000]]);
const pass = (asked: string, said: string) => only(resolution(reply(asked, said), S, rubric)).pass;

describe('the customer not followed or not heard', () => {
  it('is no non-answer', () => {
    expect(pass('那台空调装好以后为什么一开就跳闸？', '您慢点讲，我这边听不明白。')).toBe(true);
    expect(pass('你们仓库周末几点关门？', '信号不好，听不清楚，您再说一遍。')).toBe(true);
  });
  it('the agent not knowing still is', () => {
    expect(pass('那台空调装好以后为什么一开就跳闸？', '这个我也不明白。')).toBe(false);
    expect(pass('你们仓库周末几点关门？', '几点关门我不清楚。')).toBe(false);
    expect(pass('你们仓库周末几点关门？', '这个我也搞不清楚。')).toBe(false);
  });
});
