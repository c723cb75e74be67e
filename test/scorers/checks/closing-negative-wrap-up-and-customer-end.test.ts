/**
 * closing, by function: the wrap-up question asked in the negative (没别的了吧？) is 确认需求; the customer's "that's it
 * for now" (那先这样) answered by the agent handed the agent the close, while as the contact's last words it is the
 * customer leaving; an unpunctuated 您先忙 running into the offer to call again is a leave-taking. Our own wordings
 * (a ferry line, a museum shop).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
type Line = ['agent' | 'customer', string, number];
const opening: Line[] = [
  ['agent', '您好，请问有什么可以帮您', 1000],
  ['customer', '船票改签要手续费吗', 3000],
  ['agent', '开船前两小时以上改签免费', 6000],
];
const verdict = (rest: Line[]) => only(closing(chat([...opening, ...rest]), S, rubric)).pass;

describe('closing: the wrap-up question in the negative', () => {
  it('没别的了吧 / 没有其他问题了吧 asked, no closing after: fail, not N/A', () => {
    for (const asked of ['没别的了吧', '没有其他问题了吧？', '那没啥事了哈']) {
      expect(verdict([['agent', asked, 8000], ['customer', '嗯', 10000]]), asked).toBe(false);
    }
  });
  it('没别的办法了吧 (a means, not a need) is no wrap-up: the customer walking out leaves it N/A', () => {
    expect(verdict([['agent', '这个没别的办法了吧', 8000], ['customer', '那我再想想', 10000]])).toBe('na');
  });
});

describe("closing: the customer's 那先这样", () => {
  it('answered by the agent with no closing: fail', () => {
    expect(verdict([['customer', '好，那先这样', 8000], ['agent', '嗯。', 9000], ['customer', '嗯', 10000]])).toBe(false);
  });
  it('as the last words of the contact: the customer left, N/A', () => {
    expect(verdict([['agent', '改签在售票窗口办理就可以', 8000], ['customer', '好，那先这样', 10000]])).toBe('na');
  });
});

describe('closing: 您先忙 run into the offer to call again', () => {
  it('counts as a leave-taking without punctuation', () => {
    expect(verdict([['agent', '那您先忙 有问题再联系我们', 8000], ['customer', '好', 10000]])).toBe(true);
  });
  it('先忙 said of the agent is none', () => {
    expect(verdict([['agent', '我先忙别的事情 有问题再联系我们', 8000], ['customer', '好', 10000]])).not.toBe(true);
  });
});
