import { describe, expect, it } from 'vitest';
import { StartGate } from '../../../../harness/channels/webchat/start-gate.js';

describe('StartGate', () => {
  it('lets `limit` starts through and queues the rest in order', async () => {
    const gate = new StartGate(2);
    const a = await gate.acquire();
    const b = await gate.acquire();
    const order: string[] = [];
    const c = gate.acquire().then((release) => (order.push('c'), release));
    const d = gate.acquire().then((release) => (order.push('d'), release));
    expect(gate.stats).toEqual({ starting: 2, waiting: 2 });
    a!();
    a!(); // releasing twice frees one slot only
    const releaseC = await c;
    expect(order).toEqual(['c']);
    expect(gate.stats).toEqual({ starting: 2, waiting: 1 });
    b!();
    const releaseD = await d;
    expect(order).toEqual(['c', 'd']);
    releaseC!();
    releaseD!();
    expect(gate.stats).toEqual({ starting: 0, waiting: 0 });
  });

  it('gives up waiting when the run is interrupted', async () => {
    const gate = new StartGate(1);
    const held = await gate.acquire();
    const controller = new AbortController();
    const waiting = gate.acquire(controller.signal);
    controller.abort();
    expect(await waiting).toBeNull();
    expect(gate.stats.waiting).toBe(0);
    held!();
    expect(await gate.acquire(controller.signal)).toBeNull();
    expect(() => new StartGate(0)).toThrow(RangeError);
  });
});
