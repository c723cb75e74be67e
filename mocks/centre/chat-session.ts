/**
 * One web-chat session on the simulated centre: the event stream to the page, the queue / agent
 * assignment, the agent brain's planned replies played out with their delays, the idle timeout,
 * and a ground-truth record for everything that happens.
 *
 * The clock and the transport are injected (session-io.ts): the centre runs it on Node timers with
 * an SSE response, the browser-free simulator (mocks/lab/simulate.ts) on a virtual clock with a
 * callback, so both play out exactly the same session logic.
 */
import type { ServerResponse } from 'node:http';
import { AgentBrain } from './agent/brain.js';
import { PHRASES } from './agent/phrases.js';
import type { AgentIdentity, BrainTurn, PlannedReply } from './agent/types.js';
import type { AgentPool, EnqueueResult, PoolClient } from './agent-pool.js';
import { CHAT_BUSY_TEXT, CHAT_OVERFLOW_TEXT } from './capacity.js';
import type { ContactLedger, ContactTruth } from './contact-ledger.js';
import type { EndedBy, GroundTruthRecord, GroundTruthWriter } from './ground-truth.js';
import type { ProfileName } from './profiles.js';
import { sseTransport, systemClock, type SessionClock, type SessionPush, type SessionTransport } from './session-io.js';

export type ChatState = 'connecting' | 'queued' | 'chatting' | 'ended';

/** The part of AgentPool a session uses (`enqueue` may answer "busy": the queue is full). */
export type SessionPool = Pick<AgentPool, 'tryAcquire' | 'cancel' | 'release'> & { enqueue(client: PoolClient): EnqueueResult | void };

export interface ChatSessionDeps {
  pool: SessionPool;
  writer: Pick<GroundTruthWriter, 'write'>;
  /** Multiplies every simulated delay. */
  timeScale: number;
  /** Real ms of customer silence after which the centre closes the chat (not scaled: the customer is real-time). */
  idleTimeoutMs: number;
  /** Seed for the agent brain of this session (from seed + ref). */
  brainSeed: number;
  onEnded(session: ChatSession): void;
  /** Timers and the records' `at`. @default systemClock (Node timers, Date.now) */
  clock?: SessionClock;
  /** The centre's per-contact truth (offered, queued, answered, abandoned …). @default none */
  ledger?: ContactLedger;
  /**
   * Real ms from the agent taking the chat to the agent closing it (capacity.ts handleTimeFor).
   * @default undefined: the conversation decides (the customer says goodbye, or idles out)
   */
  handleTimeMs?: number;
  /**
   * Instrumentation: called for every agent / system message pushed to the page, once its bytes
   * were handed to the OS, with the ms since its ground-truth stamp (`clock`). @default none
   */
  onMessageWritten?: (stampToWrittenMs: number) => void;
}

const ENDED_TEXT = '会话已结束';
const MAX_TIMER_MS = 2 ** 31 - 1;

export class ChatSession implements PoolClient {
  state: ChatState = 'connecting';
  private seq = 0;
  private transport: SessionTransport | null = null;
  private agent: AgentIdentity | null = null;
  private brain: AgentBrain | null = null;
  /** Customer lines sent before an agent joined; the agent reads them after greeting. */
  private early: string[] = [];
  private outgoing: PlannedReply[] = [];
  private closeAfterOutgoing = false;
  /** Handles of `clock` (opaque here); null when nothing is scheduled. */
  private replyTimer: unknown = null;
  private idleTimer: unknown = null;
  private position = 0;
  private handleTimer: unknown = null;
  private truth: ContactTruth | null = null;
  private readonly clock: SessionClock;

  constructor(
    readonly id: string,
    readonly ref: string,
    readonly profile: ProfileName,
    private readonly deps: ChatSessionDeps,
  ) {
    this.clock = deps.clock ?? systemClock;
  }

  /** The browser's EventSource connected: enter the queue or get an agent. */
  attach(res: ServerResponse): void {
    this.connect(sseTransport(res));
  }

  /** The page's event stream is open on `transport`: enter the queue or get an agent. */
  connect(transport: SessionTransport): void {
    this.transport = transport;
    // Closing the tab (or the harness closing the page) drops the stream: free the agent.
    transport.onClose(() => {
      if (this.state !== 'ended') this.end('disconnect');
    });
    const ledger = this.deps.ledger;
    if (ledger) {
      this.truth = ledger.offer('webchat', this.ref, this.id);
      ledger.enterAcd(this.truth);
    }
    const agent = this.deps.pool.tryAcquire();
    this.record({ type: 'session', channel: 'webchat', profile: this.profile, agentId: agent?.id ?? null, agentName: agent?.name ?? null });
    if (agent) this.assign(agent);
    else if (this.deps.pool.enqueue(this) === 'busy') this.turnAway('busy');
  }

  /** Waited the longest queue wait (AgentPool took it out of the queue). */
  overflowed(): void {
    this.turnAway('overflow');
  }

  /** The centre cannot take the chat: say so, and end it. */
  private turnAway(why: 'busy' | 'overflow'): void {
    if (this.state === 'ended') return;
    if (this.truth) {
      if (why === 'busy') this.deps.ledger?.busy(this.truth, 'queue');
      else this.deps.ledger?.overflow(this.truth);
    }
    this.message('system', why === 'busy' ? CHAT_BUSY_TEXT : CHAT_OVERFLOW_TEXT);
    this.end(why);
  }

  get attached(): boolean {
    return this.transport !== null;
  }

  queued(position: number): void {
    if (this.state === 'ended') return;
    const first = this.state !== 'queued';
    this.state = 'queued';
    this.position = position;
    if (first) {
      this.record({ type: 'queued', position });
      if (this.truth) this.deps.ledger?.queued(this.truth);
    }
    this.send({ event: 'state', state: 'queued', position });
    this.message('system', `当前排队人数${position}，请稍候…`);
  }

  assign(agent: AgentIdentity): void {
    if (this.state === 'ended') {
      // Ended while the agent was on its way: hand the agent straight back.
      this.deps.pool.release(agent);
      return;
    }
    this.agent = agent;
    this.state = 'chatting';
    this.record({ type: 'agent-joined', agentId: agent.id, agentName: agent.name });
    if (this.truth) this.deps.ledger?.answered(this.truth, agent.id);
    this.scheduleHandleEnd();
    this.brain = new AgentBrain({ agent, profile: this.profile, seed: this.deps.brainSeed, channel: 'webchat' });
    this.send({ event: 'state', state: 'chatting', agent: agent.name });
    this.message('system', '客服已接入，正在为您服务');
    this.plan(this.brain.opening());
    if (this.early.length) this.plan(this.brain.respond(this.early.splice(0).join('，')));
    this.armIdle();
  }

  /** A customer message arrived (POST); returns its seq, or null when the session is over. */
  customerMessage(text: string): number | null {
    if (this.state === 'ended') return null;
    const seq = this.message('customer', text);
    if (this.brain) this.plan(this.brain.respond(text));
    else this.early.push(text);
    this.armIdle();
    return seq;
  }

  end(by: EndedBy): void {
    if (this.state === 'ended') return;
    const wasQueued = this.state === 'queued';
    if (by !== 'disconnect') this.message('system', ENDED_TEXT);
    this.state = 'ended';
    this.send({ event: 'end', by });
    this.record({ type: 'end', by });
    this.cancel(this.replyTimer);
    this.cancel(this.idleTimer);
    this.cancel(this.handleTimer);
    if (this.truth && by !== 'busy' && by !== 'overflow') this.deps.ledger?.ended(this.truth, by);
    this.outgoing = [];
    this.brain = null;
    const transport = this.transport;
    this.transport = null;
    transport?.close();
    if (wasQueued) this.deps.pool.cancel(this);
    if (this.agent) this.deps.pool.release(this.agent);
    this.deps.onEnded(this);
  }

  /** Keep proxies and the browser from timing the stream out during long silences. */
  heartbeat(): void {
    this.transport?.heartbeat();
  }

  info(): { id: string; ref: string; state: ChatState; profile: ProfileName; agentId: string | null; position: number } {
    return { id: this.id, ref: this.ref, state: this.state, profile: this.profile, agentId: this.agent?.id ?? null, position: this.position };
  }

  /**
   * With a configured handle time the agent closes the chat when it is up, whatever the
   * conversation: the centre's capacity then follows from its configuration (capacity.ts).
   */
  private scheduleHandleEnd(): void {
    const ms = this.deps.handleTimeMs;
    if (ms === undefined || !(ms <= MAX_TIMER_MS)) return;
    this.handleTimer = this.clock.setTimeout(() => {
      if (this.state !== 'chatting') return;
      this.cancel(this.replyTimer);
      this.replyTimer = null;
      this.outgoing = [];
      this.message('agent', PHRASES.closing('webchat'));
      this.end('agent');
    }, ms);
  }

  private plan(turn: BrainTurn): void {
    this.outgoing.push(...turn.replies);
    if (turn.close) this.closeAfterOutgoing = true;
    if (this.replyTimer === null) this.scheduleNext();
  }

  private scheduleNext(): void {
    const next = this.outgoing[0];
    if (!next) {
      this.replyTimer = null;
      if (this.closeAfterOutgoing) {
        // A moment after the closing line, as a person would close the window.
        this.replyTimer = this.clock.setTimeout(() => this.end('agent'), this.scaled(1_500));
      } else this.armIdle();
      return;
    }
    this.cancel(this.idleTimer);
    this.replyTimer = this.clock.setTimeout(() => {
      this.outgoing.shift();
      if (this.state !== 'chatting') return;
      const seq = this.message('agent', next.text);
      for (const fact of next.facts) this.record({ type: 'fact', key: fact.key, stated: fact.stated, correct: fact.correct, seq });
      for (const d of next.defects) {
        this.record({
          type: 'defect',
          check: d.check,
          kind: d.kind,
          ...(d.quote !== undefined ? { quote: d.quote } : {}),
          ...(d.detail !== undefined ? { detail: d.detail } : {}),
          ...(d.alsoTriggers ? { alsoTriggers: d.alsoTriggers } : {}),
          seq,
        });
      }
      this.scheduleNext();
    }, this.scaled(next.delayMs));
  }

  private armIdle(): void {
    this.cancel(this.idleTimer);
    if (this.state !== 'chatting' || this.outgoing.length) return;
    // With a configured handle time the agent keeps the chat for exactly that long, silent customer
    // or not: capacity then follows from the configuration alone (capacity.ts).
    if (this.deps.handleTimeMs !== undefined) return;
    // 0 / Infinity switch it off (setTimeout would fire at once beyond 2^31-1 ms).
    const ms = this.deps.idleTimeoutMs;
    if (!(ms > 0 && ms <= MAX_TIMER_MS)) return;
    this.idleTimer = this.clock.setTimeout(() => {
      if (this.state !== 'chatting' || this.outgoing.length) return;
      this.message('system', PHRASES.idleEnd);
      this.end('timeout');
    }, ms);
  }

  private cancel(timer: unknown): void {
    if (timer !== null) this.clock.clearTimeout(timer);
  }

  private scaled(ms: number): number {
    return Math.max(0, Math.round(ms * this.deps.timeScale));
  }

  /** Log a message and push it to the page (not the customer's own: the page rendered it itself). */
  private message(speaker: 'agent' | 'customer' | 'system', text: string): number {
    const seq = ++this.seq;
    // `at` is taken right before the send, so it is the centre's send time.
    const at = this.record({ type: 'message', seq, speaker, text });
    if (speaker !== 'customer') {
      const who = speaker === 'agent' ? `客服${this.agent?.name ?? ''}` : '系统消息';
      const observe = this.deps.onMessageWritten;
      this.send({ event: 'msg', seq, speaker, who, text }, observe && (() => observe(this.clock.now() - at)));
    }
    return seq;
  }

  private send(push: SessionPush, onWritten?: () => void): void {
    this.transport?.send(push, onWritten);
  }

  /** Returns the record's `at`. */
  private record(fields: DistributiveOmit<GroundTruthRecord, 'sessionId' | 'ref' | 'at'>): number {
    const at = this.clock.now();
    this.deps.writer.write({ ...fields, sessionId: this.id, ref: this.ref, at } as GroundTruthRecord);
    return at;
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
