/**
 * Test helper: what ChatSession relies on from any SessionClock (the real one and the simulator's
 * virtual one): `now()` moves with time, a timer fires once at its time, a cleared one never.
 */
import { expect } from 'vitest';
import type { SessionClock } from '../../../mocks/centre/session-io.js';

/** `advance(ms)` moves the clock under test forward by ms, running what falls due. */
export function expectSessionClockContract<H>(clock: SessionClock<H>, advance: (ms: number) => void): void {
  const t0 = clock.now();
  const fired: number[] = [];
  clock.setTimeout(() => fired.push(clock.now() - t0), 60);
  clock.clearTimeout(clock.setTimeout(() => fired.push(-1), 30));
  advance(59);
  expect(fired).toEqual([]);
  advance(1);
  expect(fired).toEqual([60]);
  advance(1_000);
  expect(fired).toEqual([60]);
  expect(clock.now() - t0).toBe(1_060);
}
