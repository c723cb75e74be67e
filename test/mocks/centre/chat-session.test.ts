import { describe, expect, it } from 'vitest';
import { AgentPool, makeRoster } from '../../../mocks/centre/agent-pool.js';
import { PHRASES } from '../../../mocks/centre/agent/phrases.js';
import { ChatSession } from '../../../mocks/centre/chat-session.js';
import type { GroundTruthRecord, GroundTruthWriter, MessageRecord } from '../../../mocks/centre/ground-truth.js';
import type { ProfileName } from '../../../mocks/centre/profiles.js';
import type { SessionPush, SessionTransport } from '../../../mocks/centre/session-io.js';
import { VirtualClock } from '../../../mocks/lab/simulate-clock.js';
import { CONVERSATIONS } from './conversations.js';
import { FakeResponse } from './fake-response.js';

function setup(agents = 1, profile: ProfileName = 'exemplary') {
  const records: GroundTruthRecord[] = [];
  const writer = { write: (r: GroundTruthRecord) => records.push(r) } as unknown as GroundTruthWriter;
  const pool = new AgentPool(makeRoster(agents), 0);
  const ended: string[] = [];
  const make = (id: string) =>
    new ChatSession(id, `ref-${id}`, profile, { pool, writer, timeScale: 0.001, idleTimeoutMs: Infinity, brainSeed: 1, onEnded: (s) => ended.push(s.id) });
  return { records, pool, ended, make };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('ChatSession', () => {
  it('gets an agent, streams the greeting and answers, and logs every step with its ref', async () => {
    const { records, make, ended } = setup();
    const session = make('a');
    const res = new FakeResponse();
    session.attach(res.asResponse);
    expect(session.state).toBe('chatting');
    expect(records.slice(0, 2).map((r) => r.type)).toEqual(['session', 'agent-joined']);
    expect(records[0]).toMatchObject({ agentId: '1023', agentName: '小李', channel: 'webchat', profile: 'exemplary' });
    await until(() => res.events().some((e) => e.event === 'msg' && e.data.speaker === 'agent'), 'greeting');
    expect(session.customerMessage('你好，我要投诉，买的东西是坏的')).toBe(3);
    await until(() => records.some((r) => r.type === 'message' && r.speaker === 'agent' && r.text.includes('订单号')), 'reply');
    session.end('customer');
    expect(res.ended).toBe(true);
    expect(res.events().at(-1)).toEqual({ event: 'end', data: { by: 'customer' } });
    expect(records.at(-1)).toMatchObject({ type: 'end', by: 'customer' });
    expect(records.every((r) => r.ref === 'ref-a' && r.sessionId === 'a')).toBe(true);
    expect(session.customerMessage('还在吗')).toBeNull();
    expect(ended).toEqual(['a']);
  });

  it('waits in the queue, keeps what the customer wrote meanwhile, and is answered once served', async () => {
    const { records, make, pool } = setup(1);
    const first = make('first');
    first.attach(new FakeResponse().asResponse);
    const second = make('second');
    const res = new FakeResponse();
    second.attach(res.asResponse);
    expect(second.state).toBe('queued');
    expect(res.events().slice(0, 2)).toEqual([
      { event: 'state', data: { state: 'queued', position: 1 } },
      { event: 'msg', data: { seq: 1, speaker: 'system', who: '系统消息', text: '当前排队人数1，请稍候…' } },
    ]);
    second.customerMessage('我想问一下宽带套餐');
    first.end('customer');
    await until(() => second.state === 'chatting', 'served');
    await until(() => res.events().some((e) => e.event === 'msg' && String(e.data.text).includes('300M套餐')), 'answer to the early line');
    expect(records.filter((r) => r.ref === 'ref-second' && r.type === 'queued')).toHaveLength(1);
    second.end('disconnect');
    expect(pool.stats().queued).toBe(0);
  });

  it('a disconnect while queued leaves the queue', () => {
    const { make, pool } = setup(1);
    make('busy').attach(new FakeResponse().asResponse);
    const waiting = make('waiting');
    const res = new FakeResponse();
    waiting.attach(res.asResponse);
    expect(pool.stats().queued).toBe(1);
    res.emit('close');
    expect(waiting.state).toBe('ended');
    expect(pool.stats().queued).toBe(0);
  });
});

/** A session on an injected clock and transport: nothing waits for real, every instant is exact. */
function virtualSetup(opts: { profile?: ProfileName; timeScale?: number; idleTimeoutMs?: number } = {}) {
  const clock = new VirtualClock();
  const epochMs = Date.UTC(2026, 10, 23, 9);
  const records: GroundTruthRecord[] = [];
  const pushes: Array<SessionPush & { atMs: number }> = [];
  const closeListeners: Array<() => void> = [];
  let closed = 0;
  const transport: SessionTransport = {
    send: (push) => pushes.push({ ...push, atMs: clock.now }),
    heartbeat: () => {},
    close: () => closed++,
    onClose: (listener) => closeListeners.push(listener),
  };
  const pool = new AgentPool(makeRoster(1), 0);
  const session = new ChatSession('v', 'ref-v', opts.profile ?? 'exemplary', {
    pool,
    writer: { write: (r) => records.push(r) },
    timeScale: opts.timeScale ?? 1,
    idleTimeoutMs: opts.idleTimeoutMs ?? 120_000,
    brainSeed: 5,
    onEnded: () => {},
    clock: clock.sessionClock(epochMs),
  });
  const messages = () => records.filter((r): r is MessageRecord => r.type === 'message');
  /** Virtual ms since the clock's 0 of a record. */
  const msOf = (r: GroundTruthRecord) => r.at - epochMs;
  return { clock, session, transport, records, pushes, messages, msOf, closeListeners, closed: () => closed };
}

describe('ChatSession on an injected clock and transport', () => {
  it('stamps the records with the clock, pushes through the transport, and paces replies on the clock only', () => {
    const v = virtualSetup();
    v.clock.advanceTo(1_000);
    v.session.connect(v.transport);
    expect(v.records.slice(0, 2).map((r) => [r.type, v.msOf(r)])).toEqual([
      ['session', 1_000],
      ['agent-joined', 1_000],
    ]);
    expect(v.pushes.slice(0, 2)).toEqual([
      { event: 'state', state: 'chatting', agent: '小李', atMs: 1_000 },
      { event: 'msg', seq: 1, speaker: 'system', who: '系统消息', text: '客服已接入，正在为您服务', atMs: 1_000 },
    ]);
    // The greeting is planned with a delay: nothing more until the clock moves.
    expect(v.messages()).toHaveLength(1);
    v.clock.advanceBy(60_000);
    const greeting = v.messages().find((m) => m.speaker === 'agent')!;
    expect(v.msOf(greeting)).toBeGreaterThan(1_000);
    // Each agent message was pushed at the instant it was recorded.
    for (const m of v.messages().filter((r) => r.speaker !== 'customer')) {
      expect(v.pushes.find((p) => p.event === 'msg' && p.seq === m.seq)?.atMs).toBe(v.msOf(m));
    }
  });

  it('reports, per pushed message, the ms from its ground-truth stamp to its bytes being written', () => {
    const clock = new VirtualClock();
    const written: Array<() => void> = [];
    const delays: number[] = [];
    const transport: SessionTransport = {
      send: (_push, onWritten) => {
        if (onWritten) written.push(onWritten);
      },
      heartbeat: () => {},
      close: () => {},
      onClose: () => {},
    };
    const session = new ChatSession('w', 'ref-w', 'exemplary', {
      pool: new AgentPool(makeRoster(1), 0),
      writer: { write: () => {} },
      timeScale: 1,
      idleTimeoutMs: 120_000,
      brainSeed: 5,
      onEnded: () => {},
      clock: clock.sessionClock(0),
      onMessageWritten: (ms) => delays.push(ms),
    });
    session.connect(transport);
    // The "agent joined" system line: only messages carry the callback, not the state push.
    expect(written).toHaveLength(1);
    clock.advanceBy(7);
    written.shift()!();
    session.customerMessage('你好');
    expect(written).toHaveLength(0); // the customer's own line is not pushed
    expect(delays).toEqual([7]);
  });

  it('times the idle close from the last agent line, exactly idleTimeoutMs later', () => {
    const v = virtualSetup({ idleTimeoutMs: 30_000 });
    v.session.connect(v.transport);
    v.clock.advanceBy(29_999);
    const lastAgent = v.messages().filter((m) => m.speaker === 'agent').at(-1)!;
    expect(v.session.state).toBe('chatting');
    v.clock.advanceTo(v.msOf(lastAgent) + 29_999);
    expect(v.session.state).toBe('chatting');
    v.clock.advanceBy(1);
    expect(v.session.state).toBe('ended');
    expect(v.messages().slice(-2).map((m) => [m.text, v.msOf(m)])).toEqual([
      [PHRASES.idleEnd, v.msOf(lastAgent) + 30_000],
      ['会话已结束', v.msOf(lastAgent) + 30_000],
    ]);
    expect(v.records.at(-1)).toMatchObject({ type: 'end', by: 'timeout' });
    expect(v.pushes.at(-1)).toMatchObject({ event: 'end', by: 'timeout' });
    expect(v.closed()).toBe(1);
  });

  it('the agent closes the chat 1.5 s × timeScale after its closing line', () => {
    const v = virtualSetup({ timeScale: 2, idleTimeoutMs: 0 });
    v.session.connect(v.transport);
    for (const line of CONVERSATIONS['card-loss']) {
      v.clock.advanceBy(120_000);
      v.session.customerMessage(line);
    }
    v.clock.advanceBy(120_000);
    expect(v.records.at(-1)).toMatchObject({ type: 'end', by: 'agent' });
    const agentLines = v.messages().filter((m) => m.speaker === 'agent');
    const ended = v.messages().at(-1)!;
    expect(ended.text).toBe('会话已结束');
    expect(v.msOf(ended) - v.msOf(agentLines.at(-1)!)).toBe(3_000);
  });

  it("the transport's close ends the chat as a disconnect, without a closing system line", () => {
    const v = virtualSetup();
    v.session.connect(v.transport);
    v.clock.advanceBy(60_000);
    const before = v.messages().length;
    for (const listener of v.closeListeners) listener();
    expect(v.session.state).toBe('ended');
    expect(v.messages()).toHaveLength(before);
    expect(v.records.at(-1)).toMatchObject({ type: 'end', by: 'disconnect' });
    // No timer of the session is left to fire.
    expect(v.clock.peek()).toBeNull();
  });
});
