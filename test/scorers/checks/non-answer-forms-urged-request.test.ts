/**
 * non-answer-forms: a request urged with a final 吧/嘛 (你帮我催一下嘛 / 给我换个人吧) asks the agent to act, it is no
 * question; with another question form in it (帮我看看能不能退嘛 / 帮我问问什么时候到吧？) it still asks. Wordings are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { asksQuestion } from '../../../scorers/checks/non-answer-forms.js';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

describe('asksQuestion: the urged request', () => {
  it('is no question', () => {
    for (const text of ['那你帮我催一下师傅嘛', '给我换个靠窗的座位吧', '你们替我想想办法嘛！']) expect(asksQuestion(text), text).toBe(false);
  });

  it('still asks with a question form or without a request', () => {
    for (const text of ['帮我看看能不能退嘛', '帮我问问什么时候到吧？', '明天应该开门吧', '这个是免费的嘛']) expect(asksQuestion(text), text).toBe(true);
  });

  it('a deflected urged request after the answer leaves the question answered', () => {
    const S = scenario({ facts: [{ key: 'fee', label: '改签费', expected: '20元', cues: ['改签'] }] });
    const i = chat([
      ['customer', '改签要多少钱？', 1000],
      ['agent', '改签收20元', 2000],
      ['customer', '那你帮我跟司机说一声嘛', 3000],
      ['agent', '这个不归我们管', 4000],
    ]);
    expect(only(resolution(i, S, rubric)).pass).toBe(true);
  });
});
