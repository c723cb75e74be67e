/**
 * The voice side's capacity on fake timers: trunk lines (busy), the ACD queue with a position
 * announcement, the longest queue wait (sorry prompt and hang-up), the handle time, and the truth.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keywordAgents } from '../../../mocks/centre-voice/brain.js';
import { createVoiceCentre, type VoiceCentreOptions } from '../../../mocks/centre-voice/centre.js';
import type { CentreCallContext, CentreCallSession, ScheduledSpeech } from '../../../mocks/centre-voice/types.js';
import { OVERFLOW_PROMPT } from '../../../mocks/centre/capacity.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A call on the fake timers: speech takes 10 ms a character; `hangup` ends it as the emulator would. */
function fakeCall(callSid: string) {
  const spoken: ScheduledSpeech[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let lastEnd = 0;
  let session: CentreCallSession | undefined;
  const state = { hungUpByCentre: false, ended: false };
  const end = () => {
    if (state.ended) return;
    state.ended = true;
    for (const t of timers) clearTimeout(t);
    session?.onHangup();
  };
  const ctx: CentreCallContext = {
    callSid,
    now: () => Date.now(),
    speak(text, speaker, delayMs = 0) {
      const startAt = Math.max(Date.now() + delayMs, lastEnd);
      const s = { speaker, text, startAt, endAt: startAt + text.length * 10 };
      lastEnd = s.endAt;
      if (!state.ended) spoken.push(s);
      return s;
    },
    after(ms, fn) {
      if (state.ended) return;
      const t = setTimeout(() => {
        timers.delete(t);
        if (!state.ended) fn();
      }, Math.max(0, ms));
      timers.add(t);
    },
    mark: () => {},
    hangup: () => {
      state.hungUpByCentre = true;
      end();
    },
  };
  return {
    ctx,
    spoken,
    state,
    start(s: CentreCallSession) {
      session = s;
    },
    /** The customer hangs up. */
    hangUp: end,
  };
}

function centreWith(options: VoiceCentreOptions) {
  const centre = createVoiceCentre({ ringMs: 0, menuTimeoutMs: 60_000, agents: keywordAgents(), wrapUpMs: 0, ...options });
  const dial = (sid: string) => {
    const plan = centre.answer({ callSid: sid, to: '+8695566000', from: '+1' });
    if (plan.result !== 'answer') return { result: plan.result } as const;
    const call = fakeCall(sid);
    const session = plan.start(call.ctx);
    call.start(session);
    session.onDigit('1');
    return { result: 'answer', call } as const;
  };
  return { centre, dial };
}

const agentSpoke = (call: ReturnType<typeof fakeCall>) => call.spoken.some((s) => s.speaker === 'agent');

describe('voice centre capacity', () => {
  it('answers busy beyond M lines and frees a line when a call ends', async () => {
    const { centre, dial } = centreWith({ capacity: { lines: 2 } });
    const a = dial('CA1');
    dial('CA2');
    expect(dial('CA3').result).toBe('busy');
    expect(centre.linesInUse()).toBe(2);
    if (a.result === 'answer') a.call.hangUp();
    expect(centre.linesInUse()).toBe(1);
    expect(dial('CA4').result).toBe('answer');
    expect(centre.ledger.counts('voice')).toMatchObject({ offered: 4, busy: 1 });
    expect(centre.ledger.contacts('voice').find((c) => c.ref === 'CA3')).toMatchObject({ fate: 'busy', busyReason: 'lines' });
  });

  it('frees the line of a call that never started (hung up while ringing) and counts it abandoned', () => {
    const centre = createVoiceCentre({ capacity: { lines: 1 }, agents: keywordAgents() });
    const plan = centre.answer({ callSid: 'CA1', to: '+8695566000', from: '+1' });
    expect(centre.answer({ callSid: 'CA2', to: '+8695566000', from: '+1' }).result).toBe('busy');
    if (plan.result === 'answer') plan.released?.();
    expect(centre.linesInUse()).toBe(0);
    expect(centre.ledger.counts('voice')).toMatchObject({ offered: 2, busy: 1, abandoned: 1 });
  });

  it('queues calls past the IVR for the voice agents, announces the position and serves in order', async () => {
    const { centre, dial } = centreWith({ capacity: { agents: 1 }, handleTime: { meanMs: 20_000 } });
    const a = dial('CA1');
    const b = dial('CA2');
    if (a.result !== 'answer' || b.result !== 'answer') throw new Error('expected answers');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(agentSpoke(a.call)).toBe(true);
    expect(agentSpoke(b.call)).toBe(false);
    expect(b.call.spoken.map((s) => s.text)).toContain('您前面还有0位客户在等待，请稍候。');
    // a's handle time runs out: closing line, the agent hangs up, b gets the agent.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(a.call.state.hungUpByCentre).toBe(true);
    expect(agentSpoke(b.call)).toBe(true);
    const b1 = centre.ledger.contacts('voice').find((c) => c.ref === 'CA2')!;
    expect(b1.queuedForMs).toBeGreaterThan(15_000);
    expect(centre.ledger.counts('voice')).toMatchObject({ offered: 2, answered: 2, maxConcurrentInService: 1, inService: 1 });
  });

  it('says sorry and hangs up after the longest queue wait; a queue-full call is turned away at once', async () => {
    const { centre, dial } = centreWith({ capacity: { agents: 1, maxQueueWaitSec: 30, queueCapacity: 1 } });
    dial('CA1');
    const waiting = dial('CA2');
    const full = dial('CA3');
    if (waiting.result !== 'answer' || full.result !== 'answer') throw new Error('expected answers');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(full.call.spoken.at(-1)?.text).toBe(OVERFLOW_PROMPT);
    expect(full.call.state.hungUpByCentre).toBe(true);
    expect(waiting.call.state.hungUpByCentre).toBe(false);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(waiting.call.spoken.at(-1)?.text).toBe(OVERFLOW_PROMPT);
    expect(waiting.call.state.hungUpByCentre).toBe(true);
    expect(centre.ledger.counts('voice')).toMatchObject({ offered: 3, answered: 1, busy: 1, overflow: 1 });
    expect(centre.linesInUse()).toBe(1);
  });

  it('counts a caller who hangs up in the queue as abandoned and gives the agent to the next', async () => {
    const { centre, dial } = centreWith({ capacity: { agents: 1 }, handleTime: { meanMs: 10_000 } });
    dial('CA1');
    const quitter = dial('CA2');
    const next = dial('CA3');
    if (quitter.result !== 'answer' || next.result !== 'answer') throw new Error('expected answers');
    await vi.advanceTimersByTimeAsync(4_000);
    quitter.call.hangUp();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(agentSpoke(quitter.call)).toBe(false);
    expect(agentSpoke(next.call)).toBe(true);
    expect(centre.ledger.counts('voice')).toMatchObject({ offered: 3, answered: 2, abandoned: 1 });
  });

  it('without capacity options behaves as before: every call gets an agent after the queue wait', async () => {
    const { centre, dial } = centreWith({ queueWaitMs: 2_000 });
    const calls = ['CA1', 'CA2', 'CA3', 'CA4', 'CA5', 'CA6'].map(dial);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(calls.every((c) => c.result === 'answer' && agentSpoke(c.call))).toBe(true);
    expect(centre.ledger.counts('voice')).toMatchObject({ offered: 6, answered: 6, busy: 0, maxConcurrentInService: 6 });
  });
});
