/**
 * The centre's agents and its FIFO queue. A contact gets a free agent at once or waits in line;
 * when an agent finishes a contact it spends a short wrap-up (话后处理) and then takes the next
 * one in line. Transport-independent: chat sessions and phone calls are both `PoolClient`s.
 */
import type { AgentIdentity } from './agent/types.js';

export interface PoolClient {
  /** The client is waiting; called again whenever its place in line changes. 1 = next. */
  queued(position: number): void;
  /** An agent takes the client (from the queue, after the agent's wrap-up). */
  assign(agent: AgentIdentity): void;
}

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

export class AgentPool {
  private readonly free: AgentIdentity[];
  private readonly queue: PoolClient[] = [];
  private readonly wrapUps = new Set<NodeJS.Timeout>();
  private closed = false;

  /**
   * @param agents the roster
   * @param wrapUpMs time between an agent finishing a contact and taking the next (already scaled)
   */
  constructor(
    private readonly agents: readonly AgentIdentity[],
    private readonly wrapUpMs: number,
  ) {
    this.free = [...agents];
  }

  /** A free agent, taken, or null when all are busy (then `enqueue`). */
  tryAcquire(): AgentIdentity | null {
    // Only when nobody is waiting: a newcomer must not overtake the queue.
    if (this.queue.length) return null;
    return this.free.shift() ?? null;
  }

  enqueue(client: PoolClient): void {
    this.queue.push(client);
    client.queued(this.queue.length);
  }

  /** The client left the queue (customer closed the chat while waiting). */
  cancel(client: PoolClient): void {
    const i = this.queue.indexOf(client);
    if (i < 0) return;
    this.queue.splice(i, 1);
    this.announcePositions(i);
  }

  /** The agent finished a contact: after wrap-up it serves the next in line, or becomes free. */
  release(agent: AgentIdentity): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.wrapUps.delete(timer);
      this.serveNext(agent);
    }, this.wrapUpMs);
    this.wrapUps.add(timer);
  }

  stats(): PoolStats {
    const free = this.free.length;
    return { agents: this.agents.length, busy: this.agents.length - free, free, queued: this.queue.length };
  }

  close(): void {
    this.closed = true;
    for (const t of this.wrapUps) clearTimeout(t);
    this.wrapUps.clear();
    this.queue.length = 0;
  }

  private serveNext(agent: AgentIdentity): void {
    const next = this.queue.shift();
    if (!next) {
      this.free.push(agent);
      return;
    }
    next.assign(agent);
    this.announcePositions(0);
  }

  private announcePositions(from: number): void {
    for (let i = from; i < this.queue.length; i++) this.queue[i]!.queued(i + 1);
  }
}
