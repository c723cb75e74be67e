/**
 * resolution: a non-answer followed by the agent going to ask the party who can answer AND promising to bring the
 * answer back (我帮您问问仓库，有消息马上告诉您) is remedied; either half alone is not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const reply = (said: string) => chat([['agent', '您好，工号2207为您服务', 500], ['customer', '我那件大衣能不能今天就发出来？', 1000], ['agent', said, 3000]]);
const pass = (said: string) => only(resolution(reply(said), S, rubric)).pass;

describe('asking the party who knows and reporting back', () => {
  it('remedies the non-answer', () => {
    expect(pass('今天能不能发我们确实没办法保证，不过我可以帮您联系仓库，问问能不能加急，有结果马上告诉您。')).toBe(true);
    expect(pass('这个我不清楚，我替您去问一下发货组，问清楚了就回复您。')).toBe(true);
  });
  it('either half alone does not', () => {
    expect(pass('这个我不清楚，有结果会通知您的。')).toBe(false);
    expect(pass('这个我不清楚，您自己联系仓库问问吧。')).toBe(false);
  });
});
