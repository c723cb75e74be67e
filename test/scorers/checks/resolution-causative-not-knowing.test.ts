/**
 * resolution: a not-knowing said as what something does to someone (让人看不明白 / 叫人搞不清楚) describes the thing —
 * often the agent taking up the customer's complaint — and is no non-answer; the agent's own 我不明白 still is.
 * Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const reply = (said: string) => chat([['agent', '您好，工号4410为您服务', 500], ['customer', '你们这个账单到底怎么看？', 1000], ['agent', said, 3000]]);
const pass = (said: string) => only(resolution(reply(said), S, rubric)).pass;

describe('the not-knowing as an effect on someone', () => {
  it('is no non-answer', () => {
    expect(pass('账单排版确实让人看不明白，给您添麻烦了，第一栏是本月应还，第二栏是最低还款')).toBe(true);
    expect(pass('这个格式叫人搞不清楚，我跟您说一下，上面是消费，下面是还款')).toBe(true);
  });
  it('the agent not knowing still is', () => {
    expect(pass('这个我也不明白')).toBe(false);
    expect(pass('账单怎么看我不太清楚')).toBe(false);
  });
});
