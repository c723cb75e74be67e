import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isCentreBusyNotice } from '../../../harness/channels/centre-busy.js';
import { watchPatience } from '../../../harness/channels/patience.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('watchPatience', () => {
  it('gives up once, patienceMs after the wait began, when no agent joined', () => {
    const state = { since: undefined as number | undefined, joined: false };
    const expired: number[] = [];
    const watch = watchPatience({ patienceMs: 10_000, waitingSince: () => state.since, agentJoined: () => state.joined, onExpire: (w) => expired.push(w) });
    vi.advanceTimersByTime(3_000);
    state.since = Date.now(); // answered after 3 s of ringing: the wait begins now
    vi.advanceTimersByTime(9_999);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(600);
    expect(expired).toHaveLength(1);
    expect(expired[0]).toBeGreaterThanOrEqual(10_000);
    expect(watch.expired).toEqual({ waitedMs: expired[0] });
    vi.advanceTimersByTime(60_000);
    expect(expired).toHaveLength(1);
  });

  it('never fires once an agent joined, when stopped, or without a patience', () => {
    const fired: string[] = [];
    const joined = { v: false };
    watchPatience({ patienceMs: 5_000, waitingSince: () => 1_000_000, agentJoined: () => joined.v, onExpire: () => fired.push('joined') });
    const stopped = watchPatience({ patienceMs: 5_000, waitingSince: () => 1_000_000, agentJoined: () => false, onExpire: () => fired.push('stopped') });
    watchPatience({ patienceMs: undefined, waitingSince: () => 1_000_000, agentJoined: () => false, onExpire: () => fired.push('none') });
    vi.advanceTimersByTime(4_000);
    joined.v = true;
    stopped.stop();
    vi.advanceTimersByTime(60_000);
    expect(fired).toEqual([]);
  });
});

describe('isCentreBusyNotice', () => {
  it('knows the "all agents busy" wording and not ordinary queue or agent lines', () => {
    expect(isCentreBusyNotice('当前坐席全忙，请您稍后再试。')).toBe(true);
    expect(isCentreBusyNotice('当前坐席全忙，请您稍后再拨，再见。')).toBe(true);
    expect(isCentreBusyNotice('All agents are busy, please try again later')).toBe(true);
    expect(isCentreBusyNotice('您前面还有2位客户在等待，请稍候。')).toBe(false);
    expect(isCentreBusyNotice('您好，很高兴为您服务，我是客服小李，工号1023')).toBe(false);
  });
});
