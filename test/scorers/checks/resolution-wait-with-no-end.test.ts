/**
 * resolution: the customer told to wait for the outcome with no when or how (您就等着吧) is the put-off itself, not a wait
 * while the agent finds out — it remedies no non-answer before it; 请稍等，我帮您查一下 still does. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const pass = (asked: string, said: string) =>
  only(resolution(chat([['agent', '您好，工号4410为您服务', 500], ['customer', asked, 1000], ['agent', said, 3000]]), scenario(), rubric)).pass;

describe('a wait with no end', () => {
  it('remedies no non-answer', () => {
    expect(pass('装空调的师傅说好上午来，到现在还没来', '安装队又不归我管，您就等着吧')).toBe(false);
    expect(pass('我的退税什么时候到？', '这个我不清楚，等着吧')).toBe(false);
  });
  it('a wait while the agent looks it up does', () => {
    expect(pass('我的退税什么时候到？', '这个我不清楚，请您稍等，我帮您查一下')).toBe(true);
  });
});
