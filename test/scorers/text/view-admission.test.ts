/**
 * The view cache admits a line on its second sight (scorers/text/view.ts viewOf): a line seen
 * once gets a view of its own, equal to the cached one it gets later.
 */
import { describe, expect, it } from 'vitest';
import { buildView, cachedViewCount, clearViewCache, resetViewCaches, seenBefore, viewOf } from '../../../scorers/text/view.js';

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

describe('the view cache (open addressing on the text hash)', () => {
  /** FNV-1a over UTF-16 units, as view.ts hashes a text. */
  const fnv = (text: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
  };

  it('keeps texts whose hashes share a slot apart', () => {
    // two texts in the same slot of 2^17: the second is found past the first by probing
    const tag = Math.random();
    const bySlot = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; !pair; i++) {
      const text = `您的套餐月费是${i}元 ${tag}`;
      const slot = fnv(text) & ((1 << 17) - 1);
      const other = bySlot.get(slot);
      if (other !== undefined) pair = [other, text];
      else bySlot.set(slot, text);
    }
    const [a, b] = pair;
    for (const text of [a, b, a, b]) viewOf(text); // both admitted on their second sight
    expect(viewOf(a).original).toBe(a);
    expect(viewOf(b).original).toBe(b);
    expect(viewOf(a)).toBe(viewOf(a));
    expect(viewOf(b)).toBe(viewOf(b));
  });

  it('starts over when cleared', () => {
    const text = `请问您还有其他问题吗 ${Math.random()}`;
    viewOf(text);
    const cached = viewOf(text);
    expect(viewOf(text)).toBe(cached);
    expect(cachedViewCount()).toBeGreaterThan(0);
    clearViewCache();
    expect(cachedViewCount()).toBe(0);
    const rebuilt = viewOf(text); // seen before: admitted again at once
    expect(rebuilt).not.toBe(cached);
    expect(rebuilt).toEqual(cached);
    expect(viewOf(text)).toBe(rebuilt);
  });

  it('forgets every line seen as well when reset (a benchmark starting afresh)', () => {
    const text = `已经为您登记了 ${Math.random()}`;
    viewOf(text);
    const cached = viewOf(text);
    resetViewCaches();
    expect(cachedViewCount()).toBe(0);
    // a first sight again: a view of its own, admitted only on the next sight
    const first = viewOf(text);
    expect(first).not.toBe(cached);
    expect(first).toEqual(cached);
    const second = viewOf(text);
    expect(second).not.toBe(first);
    expect(viewOf(text)).toBe(second);
  });
});
