/**
 * closing, round 21: the wrap-up question read by its frame — 还有 + what more the customer may need or ask, in a turn that
 * asks (您瞧还有啥要办的？ / 展览方面还有想问的吗 / 还有哪儿需要我再讲讲的) — brings the contact to its wrap-up: a customer
 * who then says "that's it" ended by agreement and the missing close fails. A statement with 还有 (还有一个事项跟您说明)
 * asks nothing: the customer leaving after it stays N/A. Our own wordings (a museum's ticket desk).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
type Line = ['agent' | 'customer', string, number];
const opening: Line[] = [
  ['agent', '您好，博物馆票务，请问有什么可以帮您', 1000],
  ['customer', '周一开馆吗', 3000],
  ['agent', '周一闭馆，周二到周日九点开', 6000],
];
const verdict = (rest: Line[]) => only(closing(chat([...opening, ...rest]), S, rubric)).pass;

describe('closing: the wrap-up question by its frame', () => {
  it('asked, then the customer ends for now: the close was owed', () => {
    for (const asked of ['您瞧还有啥要办的？', '展览方面还有想问的吗', '还有哪儿需要我再讲讲的？']) {
      expect(verdict([['agent', asked, 8000], ['customer', '行，就这样', 10000]]), asked).toBe(false);
    }
  });
  it('a statement with 还有 is no wrap-up question: the customer leaving after it is N/A', () => {
    expect(verdict([['agent', '还有一个事项跟您说明，寄存柜在东门', 8000], ['customer', '好，那先这样', 10000]])).toBe('na');
  });
});
