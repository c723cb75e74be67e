import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { AgentPool, makeRoster } from '../../../mocks/centre/agent-pool.js';
import { ChatSession } from '../../../mocks/centre/chat-session.js';
import type { GroundTruthRecord, GroundTruthWriter } from '../../../mocks/centre/ground-truth.js';
import type { ProfileName } from '../../../mocks/centre/profiles.js';

/** Just enough of ServerResponse for an SSE stream: records what was written. */
class FakeResponse extends EventEmitter {
  chunks: string[] = [];
  ended = false;
  socket = { setNoDelay: () => {} };
  writeHead(): this {
    return this;
  }
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }
  end(): void {
    this.ended = true;
  }
  /** Parsed SSE events so far. */
  events(): Array<{ event: string; data: Record<string, unknown> }> {
    return this.chunks
      .filter((c) => c.startsWith('event: '))
      .map((c) => {
        const [, event, data] = /^event: (.*)\ndata: (.*)\n\n$/u.exec(c)!;
        return { event: event!, data: JSON.parse(data!) as Record<string, unknown> };
      });
  }
}

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
    session.attach(res as unknown as ServerResponse);
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
    first.attach(new FakeResponse() as unknown as ServerResponse);
    const second = make('second');
    const res = new FakeResponse();
    second.attach(res as unknown as ServerResponse);
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
    make('busy').attach(new FakeResponse() as unknown as ServerResponse);
    const waiting = make('waiting');
    const res = new FakeResponse();
    waiting.attach(res as unknown as ServerResponse);
    expect(pool.stats().queued).toBe(1);
    res.emit('close');
    expect(waiting.state).toBe('ended');
    expect(pool.stats().queued).toBe(0);
  });
});
