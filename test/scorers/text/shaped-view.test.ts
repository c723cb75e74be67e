/**
 * A new line of a known digit shape takes its view from the shape's first view (scorers/text/digit-shape.ts shapedView)
 * only where the normaliser reads its digits alike: the view must be exactly what buildView makes of the line. Wordings
 * are our own.
 */
import { describe, expect, it } from 'vitest';
import { digitShapeOf, shapedView } from '../../../scorers/text/digit-shape.js';
import { buildView, resetViewCaches, type TextView } from '../../../scorers/text/view.js';

const fields = (v: TextView) => ({
  norm: v.norm, original: v.original, from: [...v.from], to: [...v.to], breakBefore: [...v.breakBefore], tokens: [...v.tokens], presence: [...v.presence],
});

/** shapedView of `line` after `first` made the shape (null: built by the normaliser instead). */
function shaped(first: string, line: string): TextView | null {
  resetViewCaches();
  digitShapeOf(buildView(first));
  return shapedView(line);
}

describe('shapedView: a line of a known shape without the normaliser', () => {
  it('equals buildView for ids, phone numbers and Chinese numerals around digits', () => {
    for (const [first, line] of [
      ['您好，我是1234号客服小王', '您好，我是5678号客服小王'],
      ['工单号是12345678，请记一下', '工单号是00000009，请记一下'],
      ['号码 138 1234 5678', '号码 139 0000 0001'],
      ['身份证后4位是1234，第一2次', '身份证后6位是9870，第一5次'],
      ['三1，1,234', '三7，9,000'],
    ] as const) {
      const v = shaped(first, line);
      expect(v, line).not.toBeNull();
      expect(fields(v!)).toEqual(fields(buildView(line)));
      expect(v!.shape).toBe(digitShapeOf(buildView(line)));
    }
  });

  it('leaves amounts, clock times, 万 / 千 and percentages to the normaliser', () => {
    for (const [first, line] of [
      ['一共20元', '一共25元'],
      ['9:00到', '9:05到'],
      ['9点30分', '9点35分'],
      ['1.5万', '1.0万'],
      ['百分之5', '百分之6'],
    ] as const) expect(shaped(first, line), line).toBeNull();
  });

  it('needs a shape: a line alone or without digits is built', () => {
    resetViewCaches();
    expect(shapedView('您好，我是1234号客服小王')).toBeNull();
    expect(shapedView('您好')).toBeNull();
  });
});
