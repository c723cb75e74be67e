/**
 * closing, round 25 [S3 结束语: the agent closes the contact; S21]: a customer whose last turn opens by breaking off (不说了 /
 * 算了 / 行了 / 不问了 / the resigned 行吧) and says more — where they are going, that they hang up — ended the contact
 * themselves: closing is N/A, whatever wrap-up question or survey invitation the agent had said before. Look-alikes: the
 * receipt that agrees to end (好嘞，挂了啊), a bare 行吧, a break-off that thanks (好吧，谢谢你) — the close was owed there.
 * Our own wordings (a bike-rental line).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const endsWith = (agentLast: string, customerLast: string) =>
  only(
    closing(
      call([
        ['agent', '您好，单车租赁服务，请问有什么可以帮您', 1000, 4000],
        ['customer', '押金多久能退回来', 5000, 8000],
        ['agent', '还车后三个工作日内原路退回', 9000, 11000],
        ['customer', '哦好的', 12000, 13000],
        ['agent', agentLast, 14000, 17000],
        ['customer', customerLast, 18000, 20000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('closing: round-25 the customer breaks off and leaves', () => {
  it('不说了 / 算了 / 行了 / 行吧 + where they go: N/A after a wrap-up question, a survey or a remark', () => {
    expect(endsWith('稍后有条评价短信，麻烦您打个分。还有别的需要吗？', '不说了，我要进地铁了，先这样')).toBe('na');
    expect(endsWith('您看还有什么想了解的吗', '算了，我自己去门店问吧')).toBe('na');
    expect(endsWith('行，这个我记下了', '行吧行吧，我先去开会了')).toBe('na');
  });
  it('a receipt that agrees to end, a bare 行吧, or thanks: the close was owed', () => {
    expect(endsWith('您看还有什么想了解的吗', '好嘞，挂了啊')).toBe(false);
    expect(endsWith('稍后有条评价短信，麻烦您打个分', '好吧，谢谢你啊')).toBe(false);
  });
});
