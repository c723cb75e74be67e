/**
 * Round 24 (reading): a lone 一/两 before 块 is money only as an amount (一块钱, 两块五, 收您一块). 这一块 (this area of
 * business), 一块去 (together) and 一块屏幕 / 两块挡板 (pieces) are words: read as 1元 / 2元 they put an amount in the
 * agent's mouth, and a fee fact that lists 一块钱 as a wrong value took it for a wrong fee (or for a wrong fee
 * "corrected" by the right one). Our own wordings (a bicycle-hire kiosk).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy } from '../../../scorers/checks/accuracy.js';
import { viewOf } from '../../../scorers/text/view.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'lock-fee', label: '换锁费用', expected: '免费', variants: ['不收费'], wrong: ['一块钱', '1元'], cues: ['换锁', '锁具'] }],
});
const ask = (line: string) =>
  chat([
    ['customer', '车锁坏了，换锁要钱吗？', 1000],
    ['agent', line, 3000],
    ['customer', '好的。', 5000],
  ]);

describe('一块 / 两块 as a word beside a fee', () => {
  it('这一块 (this area) is no amount, so no wrong fee is read', () => {
    expect(viewOf('换锁这一块您放心，不收费').norm).toBe('换锁这一块您放心不收费');
    const f = only(factAccuracy(ask('换锁这一块您放心，不收费。'), S, rubric));
    expect(f.pass).toBe(true);
    expect(f.reason).not.toMatch(/更正/u);
  });
  it('一块去 (together) and 两块挡板 (pieces) are no amounts', () => {
    expect(viewOf('不收费，咱们一块去网点换').norm).toBe('不收费咱们一块去网点换');
    expect(viewOf('锁具两块挡板一起换').norm).toBe('锁具两块挡板一起换');
    expect(only(factAccuracy(ask('锁具两块挡板一起换，不收费。'), S, rubric)).pass).toBe(true);
  });
  it('a real 一块 amount still reads as money and is still the wrong fee', () => {
    expect(viewOf('换锁收您一块').norm).toBe('换锁收您1元');
    expect(only(factAccuracy(ask('换锁收您一块钱。'), S, rubric)).pass).toBe(false);
  });
});
