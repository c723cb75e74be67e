import { describe, expect, it } from 'vitest';
import type { MessageRecord } from '../../../mocks/centre/ground-truth.js';
import type { SessionPush } from '../../../mocks/centre/session-io.js';
import { createVirtualSession, type VirtualSessionOptions } from '../../../mocks/lab/simulate-centre.js';
import { VirtualClock } from '../../../mocks/lab/simulate-clock.js';

const EPOCH = Date.UTC(2026, 10, 23, 9);
const AGENT = { id: '1040', name: '小王' };

function setup(overrides: Partial<VirtualSessionOptions> = {}) {
  const clock = new VirtualClock();
  const pushes: SessionPush[] = [];
  const centre = createVirtualSession({
    clock,
    sessionId: 'sim-1',
    ref: 'c-1',
    profile: 'exemplary',
    agent: AGENT,
    brainSeed: 9,
    epochMs: EPOCH,
    onPush: (p) => pushes.push(p),
    ...overrides,
  });
  const messages = () => centre.truth.filter((r): r is MessageRecord => r.type === 'message');
  return { clock, pushes, centre, messages };
}

describe('createVirtualSession', () => {
  it("runs the centre's ChatSession on the virtual clock: its own agent at once, records at epoch + virtual time", () => {
    const { clock, pushes, centre, messages } = setup();
    clock.advanceTo(250);
    centre.connect();
    expect(centre.session.state).toBe('chatting');
    expect(centre.truth.slice(0, 2)).toEqual([
      { type: 'session', channel: 'webchat', profile: 'exemplary', agentId: '1040', agentName: '小王', sessionId: 'sim-1', ref: 'c-1', at: EPOCH + 250 },
      { type: 'agent-joined', agentId: '1040', agentName: '小王', sessionId: 'sim-1', ref: 'c-1', at: EPOCH + 250 },
    ]);
    expect(pushes[0]).toEqual({ event: 'state', state: 'chatting', agent: '小王' });
    clock.advanceBy(30_000);
    const greeting = messages().find((m) => m.speaker === 'agent')!;
    expect(greeting.at).toBeGreaterThan(EPOCH + 250);
    expect(pushes).toContainEqual({ event: 'msg', seq: greeting.seq, speaker: 'agent', who: '客服小王', text: greeting.text });
    expect(centre.session.customerMessage('你好，我的信用卡丢了，麻烦帮我办理一下挂失。')).toBe(greeting.seq + 1);
  });

  it('the same inputs give the same records; the idle timeout is the one given, in virtual ms', () => {
    const run = () => {
      const s = setup({ idleTimeoutMs: 10_000, timeScale: 0.5 });
      s.centre.connect();
      s.clock.advanceBy(600_000);
      return s;
    };
    const a = run();
    expect(run().centre.truth).toEqual(a.centre.truth);
    expect(a.centre.truth.at(-1)).toMatchObject({ type: 'end', by: 'timeout' });
    const agentLines = a.messages().filter((m) => m.speaker === 'agent');
    expect(a.messages().at(-2)!.at - agentLines.at(-1)!.at).toBe(10_000);
  });

  it('disconnect ends a chat still open, as the centre does when the stream drops, and only once', () => {
    const { clock, pushes, centre, messages } = setup();
    centre.connect();
    clock.advanceBy(30_000);
    const count = messages().length;
    centre.disconnect();
    centre.disconnect();
    expect(centre.session.state).toBe('ended');
    expect(messages()).toHaveLength(count);
    expect(centre.truth.filter((r) => r.type === 'end')).toEqual([expect.objectContaining({ by: 'disconnect', at: EPOCH + 30_000 })]);
    expect(pushes.at(-1)).toEqual({ event: 'end', by: 'disconnect' });
    expect(centre.session.customerMessage('还在吗')).toBeNull();
    expect(clock.peek()).toBeNull();
  });
});
