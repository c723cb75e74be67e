/**
 * resolution: the 敷衍 reply — told to wait with no when or how (等通知吧), or left to circumstances not named
 * (得看情况) — given in place of the answer to a question is a non-answer; beside an answer (a time, a number,
 * the step to take), after a remark that is no question, or with a look-up it is not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const NO_FACTS = scenario();
const reply = (asked: string, said: string, then?: string) =>
  chat([['agent', '您好，工号4417为您服务', 500], ['customer', asked, 1000], ['agent', said, 3000], ...(then ? [['agent', then, 5000] as ['agent', string, number]] : [])]);
const pass = (asked: string, said: string, then?: string) => only(resolution(reply(asked, said, then), NO_FACTS, rubric)).pass;

describe('a wait-and-see reply in place of the answer', () => {
  it('is a non-answer', () => {
    expect(pass('我的电子发票什么时候能开出来？', '等通知吧。')).toBe(false);
    expect(pass('驾照换证审核要多久？', '这个得看情况。')).toBe(false);
    expect(pass('退款到底什么时候到？', '您慢慢等吧，会到的。')).toBe(false);
  });

  it('beside a time, a number or the step to take, it answers', () => {
    expect(pass('我的电子发票什么时候能开出来？', '等通知吧，一般明天就发到邮箱。')).toBe(true);
    expect(pass('驾照换证审核要多久？', '得看情况，一般3个工作日。')).toBe(true);
    expect(pass('退款到底什么时候到？', '您等着就行，在APP里点退款进度能看到。')).toBe(true);
  });

  it('answered in the next agent turn, after a remark, or with a look-up, it is no non-answer', () => {
    expect(pass('退款到底什么时候到？', '等消息吧。', '退款已经原路退回，2个工作日内到账。')).toBe(true);
    expect(pass('我就是跟你们说一声，我搬家了。', '等通知吧。')).toBe(true);
    expect(pass('我的电子发票什么时候能开出来？', '这个得看情况，我帮您查一下')).toBe(true);
  });
});
