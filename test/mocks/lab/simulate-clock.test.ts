import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../mocks/lab/simulate-clock.js';
import { expectSessionClockContract } from '../centre/session-clock-contract.js';

describe('VirtualClock', () => {
  it('runs due actions in time order, same-instant ones in scheduling order, moving the clock to each', () => {
    const clock = new VirtualClock();
    const log: string[] = [];
    clock.at(300, () => log.push(`c@${clock.now}`));
    clock.at(100, () => log.push(`a@${clock.now}`));
    clock.at(100, () => log.push(`b@${clock.now}`));
    clock.advanceTo(250);
    expect(log).toEqual(['a@100', 'b@100']);
    expect(clock.now).toBe(250);
    clock.advanceBy(1_000);
    expect(log).toEqual(['a@100', 'b@100', 'c@300']);
    expect(clock.now).toBe(1_250);
  });

  it('actions can schedule more actions, which run within the same advance when due', () => {
    const clock = new VirtualClock();
    const log: number[] = [];
    clock.after(10, () => {
      log.push(clock.now);
      clock.after(10, () => log.push(clock.now));
    });
    clock.advanceTo(100);
    expect(log).toEqual([10, 20]);
  });

  it('stops right after the action that satisfies stop(), and cancelled actions never run', () => {
    const clock = new VirtualClock();
    let hits = 0;
    const cancelled = clock.at(5, () => (hits += 100));
    cancelled.cancel();
    clock.at(10, () => hits++);
    clock.at(20, () => hits++);
    clock.advanceTo(1_000, () => hits >= 1);
    expect(hits).toBe(1);
    expect(clock.now).toBe(10);
    expect(clock.peek()).toBe(20);
  });

  it('serves as a session clock: epoch-based now(), timers on virtual time, clearTimeout cancels', () => {
    const clock = new VirtualClock();
    const session = clock.sessionClock(1_000_000);
    clock.advanceTo(40);
    expect(session.now()).toBe(1_000_040);
    expectSessionClockContract(session, (ms) => clock.advanceBy(ms));
    expect(clock.now).toBe(1_100);
  });

  it('never schedules in the past and never goes back', () => {
    const clock = new VirtualClock();
    clock.advanceTo(500);
    const t = clock.at(100, () => {});
    expect(t.at).toBe(500);
    clock.advanceTo(200);
    expect(clock.now).toBe(500);
  });
});
