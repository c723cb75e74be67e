/**
 * The chat side's ACD on a virtual clock: K chats per agent, a bounded queue (busy), the longest
 * queue wait (overflow), a configured handle time, and the centre's truth counting all of it.
 */
import { describe, expect, it } from 'vitest';
import { AgentPool, makeRoster, type PoolClient } from '../../../mocks/centre/agent-pool.js';
import { CHAT_BUSY_TEXT, CHAT_OVERFLOW_TEXT } from '../../../mocks/centre/capacity.js';
import { ChatSession } from '../../../mocks/centre/chat-session.js';
import { ContactLedger } from '../../../mocks/centre/contact-ledger.js';
import type { GroundTruthRecord, GroundTruthWriter } from '../../../mocks/centre/ground-truth.js';
import type { SessionPush, SessionTransport } from '../../../mocks/centre/session-io.js';
import { VirtualClock } from '../../../mocks/lab/simulate-clock.js';

const EPOCH = 1_700_000_000_000;

function transport() {
  const pushes: SessionPush[] = [];
  const t: SessionTransport & { pushes: SessionPush[]; closed: boolean } = {
    pushes,
    closed: false,
    send: (p) => void pushes.push(p),
    heartbeat: () => {},
    close: () => void (t.closed = true),
    onClose: () => {},
  };
  return t;
}

function centre(opts: { agents: number; k?: number; queueCapacity?: number; maxQueueWaitMs?: number; handleTimeMs?: number; wrapUpMs?: number; idleTimeoutMs?: number }) {
  const clock = new VirtualClock();
  const sessionClock = clock.sessionClock(EPOCH);
  const records: GroundTruthRecord[] = [];
  const writer = { write: (r: GroundTruthRecord) => records.push(r) } as unknown as GroundTruthWriter;
  const ledger = new ContactLedger(() => sessionClock.now());
  ledger.addWriter(writer);
  const pool = new AgentPool(makeRoster(opts.agents), opts.wrapUpMs ?? 0, {
    slotsPerAgent: opts.k ?? 1,
    queueCapacity: opts.queueCapacity,
    maxQueueWaitMs: opts.maxQueueWaitMs,
    clock: sessionClock,
  });
  const open = (ref: string) => {
    const session = new ChatSession(ref, ref, 'exemplary', {
      pool,
      writer,
      timeScale: 0.001,
      idleTimeoutMs: opts.idleTimeoutMs ?? Infinity,
      brainSeed: 1,
      onEnded: () => {},
      clock: sessionClock,
      ledger,
      ...(opts.handleTimeMs !== undefined && { handleTimeMs: opts.handleTimeMs }),
    });
    const t = transport();
    session.connect(t);
    return { session, t };
  };
  return { clock, pool, ledger, records, open };
}

const systemTexts = (t: { pushes: SessionPush[] }) => t.pushes.flatMap((p) => (p.event === 'msg' && p.speaker === 'system' ? [p.text] : []));

describe('chat ACD', () => {
  it('serves N×K chats at once and queues the next, showing its position', () => {
    const c = centre({ agents: 2, k: 2 });
    const chats = ['a', 'b', 'c', 'd', 'e', 'f'].map(c.open);
    expect(chats.map((x) => x.session.state)).toEqual(['chatting', 'chatting', 'chatting', 'chatting', 'queued', 'queued']);
    // Slots are spread over agents first: a and b get different agents.
    expect(chats[0]!.session.info().agentId).not.toBe(chats[1]!.session.info().agentId);
    expect(systemTexts(chats[5]!.t)).toContain('当前排队人数2，请稍候…');
    expect(c.pool.stats()).toEqual({ agents: 2, busy: 4, free: 0, queued: 2 });
    expect(c.ledger.counts('webchat')).toMatchObject({ offered: 6, answered: 4, waiting: 2, inService: 4, maxConcurrentInService: 4 });
  });

  it('says busy at once when the queue is full, and the truth counts it as busy', () => {
    const c = centre({ agents: 1, queueCapacity: 1 });
    c.open('a');
    const queued = c.open('b');
    const refused = c.open('c');
    expect(queued.session.state).toBe('queued');
    expect(refused.session.state).toBe('ended');
    expect(systemTexts(refused.t)).toEqual([CHAT_BUSY_TEXT, '会话已结束']);
    expect(refused.t.pushes.at(-1)).toEqual({ event: 'end', by: 'busy' });
    expect(c.ledger.counts()).toMatchObject({ offered: 3, answered: 1, busy: 1, waiting: 1 });
    expect(c.records.find((r) => r.type === 'contact' && r.ref === 'c')).toMatchObject({ fate: 'busy', busyReason: 'queue' });
  });

  it('overflows a chat that waited the longest queue wait; the others keep their place', () => {
    const c = centre({ agents: 1, maxQueueWaitMs: 30_000 });
    const a = c.open('a');
    c.clock.advanceBy(10_000);
    const b = c.open('b');
    c.clock.advanceBy(29_999);
    expect(b.session.state).toBe('queued');
    c.clock.advanceBy(1);
    expect(b.session.state).toBe('ended');
    expect(systemTexts(b.t)).toContain(CHAT_OVERFLOW_TEXT);
    expect(b.t.pushes.at(-1)).toEqual({ event: 'end', by: 'overflow' });
    expect(c.pool.stats().queued).toBe(0);
    // The agent frees up later: nobody is left to serve, and the overflowed chat is not answered.
    a.session.end('customer');
    c.clock.advanceBy(1);
    expect(c.ledger.counts()).toMatchObject({ offered: 2, answered: 1, overflow: 1, abandoned: 0, live: 0 });
    expect(c.ledger.contacts().find((x) => x.ref === 'b')).toMatchObject({ fate: 'overflow', queuedForMs: 30_000 });
  });

  it('closes each chat after the handle time, then the agent takes the next after wrap-up; ASA is the queue wait', () => {
    const c = centre({ agents: 1, handleTimeMs: 20_000, wrapUpMs: 3_000 });
    const a = c.open('a');
    const b = c.open('b');
    c.clock.advanceBy(20_000);
    expect(a.session.state).toBe('ended');
    expect(a.t.pushes.some((p) => p.event === 'msg' && p.speaker === 'agent' && p.text.includes('再见'))).toBe(true);
    expect(b.session.state).toBe('queued');
    c.clock.advanceBy(3_000);
    expect(b.session.state).toBe('chatting');
    c.clock.advanceBy(20_000);
    expect(b.session.state).toBe('ended');
    expect(c.ledger.counts()).toMatchObject({ offered: 2, answered: 2, asaMs: 11_500, maxAnsweredWaitMs: 23_000, meanHandleMs: 20_000, maxConcurrentInService: 1 });
  });

  it('keeps a silent chat for the whole handle time (no idle close when the handle time is configured)', () => {
    const c = centre({ agents: 1, handleTimeMs: 300_000, idleTimeoutMs: 120_000 });
    const a = c.open('a');
    c.clock.advanceBy(299_999);
    expect(a.session.state).toBe('chatting');
    c.clock.advanceBy(1);
    expect(a.session.state).toBe('ended');
    expect(c.records.findLast((r) => r.type === 'end')).toMatchObject({ by: 'agent' });
  });

  it('counts a customer who leaves the queue as abandoned, and frees the place in line', () => {
    const c = centre({ agents: 1 });
    c.open('a');
    const b = c.open('b');
    const d = c.open('d');
    c.clock.advanceBy(5_000);
    b.session.end('disconnect');
    expect(systemTexts(d.t)).toContain('当前排队人数1，请稍候…');
    expect(c.ledger.counts()).toMatchObject({ abandoned: 1, waiting: 1 });
    expect(c.ledger.contacts().find((x) => x.ref === 'b')).toMatchObject({ fate: 'abandoned', queuedForMs: 5_000 });
  });
});

describe('AgentPool limits', () => {
  it('answers busy beyond the queue capacity and overflows on its clock; a served client never overflows', () => {
    const clock = new VirtualClock();
    const pool = new AgentPool(makeRoster(1), 0, { queueCapacity: 2, maxQueueWaitMs: 1000, clock: clock.sessionClock(0) });
    const log: string[] = [];
    const client = (name: string): PoolClient => ({ queued: (p) => log.push(`${name} #${p}`), assign: () => log.push(`${name} served`), overflowed: () => log.push(`${name} overflow`) });
    const agent = pool.tryAcquire()!;
    expect(pool.enqueue(client('a'))).toBe('queued');
    clock.advanceBy(500);
    expect(pool.enqueue(client('b'))).toBe('queued');
    expect(pool.enqueue(client('c'))).toBe('busy');
    pool.release(agent);
    clock.advanceBy(0);
    clock.advanceBy(2000);
    expect(log).toEqual(['a #1', 'b #2', 'a served', 'b #1', 'b overflow']);
  });
});
