import { describe, expect, it } from 'vitest';
import { capacityOf, handleTimeFor, scaledSec, validateCapacity } from '../../../mocks/centre/capacity.js';

describe('centre capacity', () => {
  it('is N×K chats and min(lines, agents) calls, with real-time knobs scaled', () => {
    const c = capacityOf({ chat: { agents: 3, chatsPerAgent: 2, maxQueueWaitSec: 20 }, voice: { lines: 5, agents: 3 }, handleTime: { meanMs: 10_000 }, timeScale: 0.1, wrapUpMs: 2000 });
    expect(c).toEqual({
      webchat: 6,
      voice: 3,
      handleTimeMs: 1000,
      wrapUpMs: 200,
      maxQueueWaitMs: { webchat: 2000, voice: null },
      // 6 slots / (1.0 s handle + 0.2 s wrap-up)
      throughputPerSec: { webchat: 5, voice: 2.5 },
    });
    expect(capacityOf({ voice: { lines: 2, agents: 8 } }).voice).toBe(2);
  });

  it('defaults to today’s centre: 4 agents × 1 chat, unbounded voice, conversation-driven handle time', () => {
    expect(capacityOf({})).toMatchObject({ webchat: 4, voice: Number.POSITIVE_INFINITY, handleTimeMs: null, throughputPerSec: { webchat: null, voice: null } });
    expect(capacityOf({ agents: 7 }).webchat).toBe(7);
  });

  it('samples each contact’s handle time from mean ± spread, the same for the same seed and ref', () => {
    const ht = { meanMs: 60_000, spreadMs: 20_000 };
    const times = Array.from({ length: 200 }, (_, i) => handleTimeFor(ht, 7, `c${i}`, 0.5)!);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(20_000);
    expect(Math.max(...times)).toBeLessThanOrEqual(40_000);
    expect(new Set(times).size).toBeGreaterThan(100);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    expect(Math.abs(mean - 30_000)).toBeLessThan(2_000);
    expect(handleTimeFor(ht, 7, 'c3', 0.5)).toBe(times[3]);
    expect(handleTimeFor(ht, 8, 'c3', 0.5)).not.toBe(times[3]);
    expect(handleTimeFor(undefined, 7, 'c3', 1)).toBeUndefined();
    expect(handleTimeFor({ meanMs: 5000 }, 7, 'x', 1)).toBe(5000);
  });

  it('scales centre seconds and keeps unbounded as Infinity', () => {
    expect(scaledSec(30, 0.1)).toBe(3000);
    expect(scaledSec(undefined, 0.1)).toBe(Number.POSITIVE_INFINITY);
    expect(scaledSec(Number.POSITIVE_INFINITY, 1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('rejects impossible configurations with the option’s name', () => {
    expect(() => validateCapacity('t', { chat: { chatsPerAgent: 0 } })).toThrow(/chat\.chatsPerAgent must be a positive integer/);
    expect(() => validateCapacity('t', { voice: { lines: 1.5 } })).toThrow(/voice\.lines/);
    expect(() => validateCapacity('t', { voice: { maxQueueWaitSec: -1 } })).toThrow(/voice\.maxQueueWaitSec must be ≥ 0/);
    expect(() => validateCapacity('t', { handleTime: { meanMs: 0 } })).toThrow(/handleTime\.meanMs/);
    expect(() => validateCapacity('t', { chat: { agents: 2, chatsPerAgent: 3, queueCapacity: 0 }, voice: { lines: Number.POSITIVE_INFINITY } })).not.toThrow();
  });
});
