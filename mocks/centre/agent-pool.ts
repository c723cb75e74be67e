/**
 * The centre's agents and its FIFO queue (the ACD). A contact gets a free agent slot at once or
 * waits in line; when an agent finishes a contact it spends a short wrap-up (话后处理) and then
 * takes the next one in line. An agent may have several slots (K concurrent chats). The queue may
 * be bounded (one more is rejected: busy) and waits may be capped (then the client overflows).
 * Transport-independent: chat sessions and phone calls are both `PoolClient`s.
 */
import type { AgentIdentity } from './agent/types.js';
import { systemClock, type SessionClock } from './session-io.js';

export interface PoolClient {
  /** The client is waiting; called again whenever its place in line changes. 1 = next. */
  queued(position: number): void;
  /** An agent takes the client (from the queue, after the agent's wrap-up). */
  assign(agent: AgentIdentity): void;
  /** The client waited `maxQueueWaitMs` and was taken out of the queue (the centre turns it away). */
  overflowed?(): void;
}

export interface AcdPoolOptions {
  /** Slots per agent (concurrent chats K). @default 1 */
  slotsPerAgent?: number;
  /** Clients that may wait; `enqueue` answers "busy" beyond it. @default Infinity */
  queueCapacity?: number;
  /** Real ms a client may wait before it overflows. @default Infinity */
  maxQueueWaitMs?: number;
  /** Timers (tests use a fake clock). @default systemClock */
  clock?: SessionClock;
}

export type EnqueueResult = 'queued' | 'busy';

const SURNAMES = ['李', '王', '张', '陈', '刘', '杨', '赵', '周', '吴', '孙', '黄', '林'];

/** Agent names and 工号: 小李 1023, 小王 1040 …; beyond twelve agents names get a number. */
export function makeRoster(count: number): AgentIdentity[] {
  return Array.from({ length: count }, (_, i) => {
    const round = Math.floor(i / SURNAMES.length);
    return { id: String(1023 + i * 17), name: `小${SURNAMES[i % SURNAMES.length]}${round ? round + 1 : ''}` };
  });
}

export interface PoolStats {
  agents: number;
  busy: number;
  free: number;
  queued: number;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

export class AgentPool {
  private readonly free: AgentIdentity[];
  private readonly queue: PoolClient[] = [];
  private readonly wrapUps = new Set<unknown>();
  /** Overflow timers of the waiting clients. */
  private readonly waitTimers = new Map<PoolClient, unknown>();
  private readonly clock: SessionClock;
  private closed = false;
  /** Agent slots in all (agents × slots per agent). */
  readonly slots: number;

  /**
   * @param agents the roster
   * @param wrapUpMs time between an agent finishing a contact and taking the next (already scaled)
   */
  constructor(
    private readonly agents: readonly AgentIdentity[],
    private readonly wrapUpMs: number,
    private readonly acd: AcdPoolOptions = {},
  ) {
    const k = acd.slotsPerAgent ?? 1;
    // Round-robin, so the first free slots belong to different agents (load is spread as in an ACD).
    this.free = Array.from({ length: k }, () => agents).flat();
    this.slots = this.free.length;
    this.clock = acd.clock ?? systemClock;
  }

  /** A free agent, taken, or null when all are busy (then `enqueue`). */
  tryAcquire(): AgentIdentity | null {
    // Only when nobody is waiting: a newcomer must not overtake the queue.
    if (this.queue.length) return null;
    return this.free.shift() ?? null;
  }

  /** Wait in line; "busy" (and nothing queued) when the queue is full. */
  enqueue(client: PoolClient): EnqueueResult {
    if (this.queue.length >= (this.acd.queueCapacity ?? Number.POSITIVE_INFINITY)) return 'busy';
    this.queue.push(client);
    const maxWait = this.acd.maxQueueWaitMs ?? Number.POSITIVE_INFINITY;
    if (maxWait >= 0 && maxWait <= MAX_TIMER_MS) {
      this.waitTimers.set(
        client,
        this.clock.setTimeout(() => {
          this.waitTimers.delete(client);
          if (!this.queue.includes(client)) return;
          this.cancel(client);
          client.overflowed?.();
        }, maxWait),
      );
    }
    client.queued(this.queue.length);
    return 'queued';
  }

  /** The client left the queue (customer closed the chat while waiting). */
  cancel(client: PoolClient): void {
    this.clearWait(client);
    const i = this.queue.indexOf(client);
    if (i < 0) return;
    this.queue.splice(i, 1);
    this.announcePositions(i);
  }

  /** The agent finished a contact: after wrap-up it serves the next in line, or becomes free. */
  release(agent: AgentIdentity): void {
    if (this.closed) return;
    const timer = this.clock.setTimeout(() => {
      this.wrapUps.delete(timer);
      this.serveNext(agent);
    }, this.wrapUpMs);
    this.wrapUps.add(timer);
  }

  stats(): PoolStats {
    const free = this.free.length;
    // busy / free count slots (with one chat per agent, agents).
    return { agents: this.agents.length, busy: this.slots - free, free, queued: this.queue.length };
  }

  close(): void {
    this.closed = true;
    for (const t of this.wrapUps) this.clock.clearTimeout(t);
    this.wrapUps.clear();
    for (const t of this.waitTimers.values()) this.clock.clearTimeout(t);
    this.waitTimers.clear();
    this.queue.length = 0;
  }

  private serveNext(agent: AgentIdentity): void {
    const next = this.queue.shift();
    if (!next) {
      this.free.push(agent);
      return;
    }
    this.clearWait(next);
    next.assign(agent);
    this.announcePositions(0);
  }

  private clearWait(client: PoolClient): void {
    const timer = this.waitTimers.get(client);
    if (timer === undefined) return;
    this.clock.clearTimeout(timer);
    this.waitTimers.delete(client);
  }

  private announcePositions(from: number): void {
    for (let i = from; i < this.queue.length; i++) this.queue[i]!.queued(i + 1);
  }
}
