/**
 * The view cache admits a line on its second sight (scorers/text/view.ts viewOf): a line seen
 * once gets a view of its own, equal to the cached one it gets later.
 */
import { describe, expect, it } from 'vitest';
import { buildView, seenBefore, viewOf } from '../../../scorers/text/view.js';

describe('viewOf', () => {
  it('caches a line from its second sight on', () => {
    const text = `请稍等，我帮您查一下工单 ${Math.random()}`;
    const first = viewOf(text);
    const second = viewOf(text);
    expect(second).not.toBe(first);
    expect(viewOf(text)).toBe(second);
    expect(viewOf(text)).toBe(second);
  });

  it('gives a first-sight line the same view as a cached one', () => {
    const text = `补卡的手续费是20元，7个工作日内寄到 ${Math.random()}`;
    const once = viewOf(text);
    viewOf(text);
    const cached = viewOf(text);
    expect(once).toEqual(cached);
    expect(once).toEqual(buildView(text));
  });
});

describe('seenBefore', () => {
  it('is false on the first sight of a text and true after', () => {
    const text = `营业时间是早上九点 ${Math.random()}`;
    expect(seenBefore(text)).toBe(false);
    expect(seenBefore(text)).toBe(true);
    expect(seenBefore(text)).toBe(true);
  });

  it('rarely takes a new text for a seen one', () => {
    const tag = Math.random();
    let early = 0;
    for (let i = 0; i < 10_000; i++) if (seenBefore(`工单号是${i}-${tag}`)) early++;
    // 10,000 of 2^20 bits set: a false "seen" about 1% of the time at most
    expect(early).toBeLessThan(300);
  });
});
