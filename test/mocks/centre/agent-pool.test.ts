import { describe, expect, it } from 'vitest';
import { AgentPool, makeRoster, type PoolClient } from '../../../mocks/centre/agent-pool.js';
import type { AgentIdentity } from '../../../mocks/centre/agent/types.js';

function client(name: string, log: string[]): PoolClient & { agent?: AgentIdentity } {
  const c: PoolClient & { agent?: AgentIdentity } = {
    queued: (p) => log.push(`${name} queued ${p}`),
    assign: (a) => {
      c.agent = a;
      log.push(`${name} → ${a.name}`);
    },
  };
  return c;
}

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('AgentPool', () => {
  it('names agents with 工号', () => {
    const roster = makeRoster(14);
    expect(roster[0]).toEqual({ id: '1023', name: '小李' });
    expect(new Set(roster.map((a) => a.id)).size).toBe(14);
    expect(new Set(roster.map((a) => a.name)).size).toBe(14);
  });

  it('serves in FIFO order after wrap-up and keeps positions up to date', async () => {
    const log: string[] = [];
    const pool = new AgentPool(makeRoster(1), 0);
    const first = pool.tryAcquire()!;
    expect(first.name).toBe('小李');
    expect(pool.tryAcquire()).toBeNull();
    const a = client('A', log);
    const b = client('B', log);
    const c = client('C', log);
    pool.enqueue(a);
    pool.enqueue(b);
    pool.enqueue(c);
    expect(pool.stats()).toEqual({ agents: 1, busy: 1, free: 0, queued: 3 });
    pool.cancel(b);
    pool.release(first);
    await tick();
    expect(log).toEqual(['A queued 1', 'B queued 2', 'C queued 3', 'C queued 2', 'A → 小李', 'C queued 1']);
    pool.release(a.agent!);
    await tick();
    expect(c.agent?.name).toBe('小李');
    pool.release(c.agent!);
    await tick();
    expect(pool.stats()).toEqual({ agents: 1, busy: 0, free: 1, queued: 0 });
    pool.close();
  });
});
