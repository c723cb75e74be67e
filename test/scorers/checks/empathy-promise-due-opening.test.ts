/**
 * empathy (round 20): the promised time set against now, closing the opening turn (说好周二取，现在还没弄好), is the delay
 * the call is about — the matter, as a flat delay is; only a request may follow it. With what the delay cost or another
 * fault told after it, stress anywhere in the turn, a threat, or said after the opening, it is a grievance. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const opening = (said: string) =>
  only(
    empathy(
      chat([
        ['agent', '您好，洗衣店客服，请讲', 1000],
        ['customer', said, 2000],
        ['agent', '请报一下取衣单号', 3000],
        ['agent', '我这边查一下', 4000],
      ]),
      scenario(),
      rubric,
    ),
  ).pass;

describe('empathy: a promise set against now, closing the opening turn', () => {
  it('is the matter of the call, not a complaint', () => {
    for (const said of ['我送洗的大衣，说好周二取，现在还没弄好。', '讲好的上门时间早过了 师傅一直没来', '答应今天寄回的电脑还显示待发货', '约好的师傅还没到，想问下大概几点能来？']) {
      expect(opening(said), said).toBe('na');
    }
  });

  it('with a cost or another fault told after it, stress, a threat or an earlier contact it is a complaint', () => {
    for (const said of [
      '说好周二取，现在还没弄好，我明天就要穿',
      '说好周二取，现在还没弄好，袖口也开线了',
      '说好周二取，现在都周五了还没弄好！',
      '说好周二取，现在还没弄好，再拖我就去消协',
      '上次说好周二取，现在还没弄好',
      '约好的师傅还没到？你们怎么回事',
    ]) {
      expect(opening(said), said).toBe(false);
    }
  });

  it('said after the opening, it still complains', () => {
    const later = only(
      empathy(
        chat([
          ['agent', '您好，洗衣店客服，请讲', 1000],
          ['customer', '我想问下大衣的事', 2000],
          ['agent', '好的，您说', 3000],
          ['customer', '说好周二取，现在还没弄好。', 4000],
          ['agent', '请报一下取衣单号', 5000],
          ['agent', '我这边查一下', 6000],
        ]),
        scenario(),
        rubric,
      ),
    ).pass;
    expect(later).toBe(false);
  });
});
