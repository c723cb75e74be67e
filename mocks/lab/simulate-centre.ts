/**
 * The centre's half of one simulated chat: the centre's own ChatSession
 * (mocks/centre/chat-session.ts) run on the virtual clock, its pushes handed to the virtual page
 * and its ground truth kept in memory. Same AgentBrain, same reply pacing, closing and idle
 * timeout, same records, with `at` = the virtual send time.
 *
 * Differences from the real centre, on purpose: no HTTP/SSE (pushes go to a callback), no agent
 * pool or queue (every simulated contact has its own agent at once; capacity is the load bench's
 * subject, not the scorers'), no wrap-up.
 */
import type { AgentIdentity } from '../centre/agent/types.js';
import { ChatSession, type SessionPool } from '../centre/chat-session.js';
import type { GroundTruthRecord } from '../centre/ground-truth.js';
import type { ProfileName } from '../centre/profiles.js';
import type { SessionPush } from '../centre/session-io.js';
import type { VirtualClock } from './simulate-clock.js';

export interface VirtualSessionOptions {
  clock: VirtualClock;
  sessionId: string;
  ref: string;
  profile: ProfileName;
  agent: AgentIdentity;
  /** Seed of the agent brain (the centre uses seedFor(seed, ref, 'brain')). */
  brainSeed: number;
  /** Multiplies every simulated agent delay. @default 1 */
  timeScale?: number;
  /** Customer silence after which the centre ends the chat (not scaled). @default 120000 */
  idleTimeoutMs?: number;
  /** Epoch ms of the clock's 0, for the records' `at`. */
  epochMs: number;
  /** What the centre sends to the page (the SSE events of the real centre). */
  onPush(push: SessionPush): void;
}

export interface VirtualCentreSession {
  readonly session: ChatSession;
  /** The ground-truth records, as mocks/centre would log them. */
  readonly truth: GroundTruthRecord[];
  /** The page's event stream connected: the agent takes the chat at once. */
  connect(): void;
  /** The page went away (browser context closed): the centre ends a chat still open. */
  disconnect(): void;
}

export function createVirtualSession(opts: VirtualSessionOptions): VirtualCentreSession {
  const truth: GroundTruthRecord[] = [];
  const session = new ChatSession(opts.sessionId, opts.ref, opts.profile, {
    pool: dedicatedAgent(opts.agent),
    writer: { write: (record) => truth.push(record) },
    timeScale: opts.timeScale ?? 1,
    idleTimeoutMs: opts.idleTimeoutMs ?? 120_000,
    brainSeed: opts.brainSeed,
    onEnded: () => {},
    clock: opts.clock.sessionClock(opts.epochMs),
  });
  const closeListeners: Array<() => void> = [];
  return {
    session,
    truth,
    connect: () =>
      session.connect({
        send: (push) => opts.onPush(push),
        // Virtual time has no proxies to keep awake, and the page sees the end event itself.
        heartbeat: () => {},
        close: () => {},
        onClose: (listener) => closeListeners.push(listener),
      }),
    disconnect: () => {
      for (const listener of closeListeners.splice(0)) listener();
    },
  };
}

/** Every simulated contact has its own agent, free at once: nothing is ever queued. */
function dedicatedAgent(agent: AgentIdentity): SessionPool {
  return {
    tryAcquire: () => agent,
    // Not reached (tryAcquire never refuses); were it, the agent would still take the chat at once.
    enqueue: (client) => client.assign(agent),
    cancel: () => {},
    release: () => {},
  };
}
