import { afterEach, describe, expect, it, vi } from 'vitest';
import { sseTransport, systemClock } from '../../../mocks/centre/session-io.js';
import { FakeResponse } from './fake-response.js';
import { expectSessionClockContract } from './session-clock-contract.js';

describe('sseTransport', () => {
  it('opens an event stream and writes each push as an SSE event with its data as JSON', () => {
    const res = new FakeResponse();
    const transport = sseTransport(res.asResponse);
    expect(res.head[0]).toBe(200);
    expect(res.head[1]).toMatchObject({ 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform' });
    expect(res.noDelay).toBe(true);
    expect(res.chunks).toEqual(['retry: 3600000\n\n']);
    transport.send({ event: 'state', state: 'queued', position: 2 });
    transport.send({ event: 'msg', seq: 3, speaker: 'agent', who: '客服小李', text: '您好，请问有什么可以帮您？' });
    transport.send({ event: 'end', by: 'agent' });
    transport.heartbeat();
    expect(res.chunks.slice(1)).toEqual([
      'event: state\ndata: {"state":"queued","position":2}\n\n',
      'event: msg\ndata: {"seq":3,"speaker":"agent","who":"客服小李","text":"您好，请问有什么可以帮您？"}\n\n',
      'event: end\ndata: {"by":"agent"}\n\n',
      ': ping\n\n',
    ]);
    transport.close();
    expect(res.ended).toBe(true);
  });

  it('tells its listener when the client goes away', () => {
    const res = new FakeResponse();
    const gone = vi.fn();
    sseTransport(res.asResponse).onClose(gone);
    res.emit('close');
    expect(gone).toHaveBeenCalledTimes(1);
  });
});

describe('systemClock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is Node’s timers and Date.now, looked up at each call (fake timers apply)', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 23, 9) });
    expect(systemClock.now()).toBe(Date.UTC(2026, 10, 23, 9));
    expectSessionClockContract(systemClock, (ms) => vi.advanceTimersByTime(ms));
  });
});
