/**
 * The centre's half of one simulated chat: mocks/centre/chat-session.ts replayed on a virtual
 * clock. Same AgentBrain, same order of operations (greeting on assignment, replies played out one
 * after another with their scaled delays, close 1.5 s after the closing line, idle timeout), same
 * ground-truth records with `at` = the virtual send time. Kept line-for-line close to
 * ChatSession so a change there is easy to mirror here; the e2e test
 * (test/e2e/scoring-vs-truth.test.ts) checks that both produce the same conversation.
 *
 * Differences from the real session, on purpose: no HTTP/SSE (pushes go to a callback), no agent
 * pool or queue (every simulated contact has its own agent at once; capacity is the load bench's
 * subject, not the scorers'), no wrap-up.
 */
import { AgentBrain } from '../centre/agent/brain.js';
import { PHRASES } from '../centre/agent/phrases.js';
import type { AgentIdentity, BrainTurn, PlannedReply } from '../centre/agent/types.js';
import type { EndedBy, GroundTruthRecord } from '../centre/ground-truth.js';
import type { ProfileName } from '../centre/profiles.js';
import type { VirtualClock, VirtualTimer } from './simulate-clock.js';

/** What the centre sends to the page (the SSE events of server.ts). */
export type CentrePush =
  | { event: 'state'; state: 'chatting'; agent: string }
  | { event: 'msg'; seq: number; speaker: 'agent' | 'system'; who: string; text: string }
  | { event: 'end'; by: EndedBy };

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
  onPush(push: CentrePush): void;
}

const ENDED_TEXT = '会话已结束';
type SessionState = 'connecting' | 'chatting' | 'ended';

export class VirtualChatSession {
  readonly truth: GroundTruthRecord[] = [];
  state: SessionState = 'connecting';
  private seq = 0;
  private brain: AgentBrain | null = null;
  private outgoing: PlannedReply[] = [];
  private closeAfterOutgoing = false;
  private replyTimer: VirtualTimer | null = null;
  private idleTimer: VirtualTimer | null = null;

  constructor(private readonly opts: VirtualSessionOptions) {}

  get endedBy(): EndedBy | null {
    const end = this.truth.findLast((r) => r.type === 'end');
    return end?.type === 'end' ? end.by : null;
  }

  /** The page's event stream connected: the agent takes the chat at once. */
  attach(): void {
    const { agent } = this.opts;
    this.record({ type: 'session', channel: 'webchat', profile: this.opts.profile, agentId: agent.id, agentName: agent.name });
    this.state = 'chatting';
    this.record({ type: 'agent-joined', agentId: agent.id, agentName: agent.name });
    this.brain = new AgentBrain({ agent, profile: this.opts.profile, seed: this.opts.brainSeed, channel: 'webchat' });
    this.opts.onPush({ event: 'state', state: 'chatting', agent: agent.name });
    this.message('system', '客服已接入，正在为您服务');
    this.plan(this.brain.opening());
    this.armIdle();
  }

  /** A customer message reached the centre; its seq, or null when the chat is over (HTTP 409). */
  customerMessage(text: string): number | null {
    if (this.state === 'ended') return null;
    const seq = this.message('customer', text, false);
    if (this.brain) this.plan(this.brain.respond(text));
    this.armIdle();
    return seq;
  }

  end(by: EndedBy): void {
    if (this.state === 'ended') return;
    if (by !== 'disconnect') this.message('system', ENDED_TEXT);
    this.state = 'ended';
    this.opts.onPush({ event: 'end', by });
    this.record({ type: 'end', by });
    this.replyTimer?.cancel();
    this.idleTimer?.cancel();
    this.outgoing = [];
    this.brain = null;
  }

  private plan(turn: BrainTurn): void {
    this.outgoing.push(...turn.replies);
    if (turn.close) this.closeAfterOutgoing = true;
    if (!this.replyTimer) this.scheduleNext();
  }

  private scheduleNext(): void {
    const next = this.outgoing[0];
    const clock = this.opts.clock;
    if (!next) {
      this.replyTimer = null;
      if (this.closeAfterOutgoing) this.replyTimer = clock.after(this.scaled(1_500), () => this.end('agent'));
      else this.armIdle();
      return;
    }
    this.idleTimer?.cancel();
    this.replyTimer = clock.after(this.scaled(next.delayMs), () => {
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
    });
  }

  private armIdle(): void {
    this.idleTimer?.cancel();
    this.idleTimer = null;
    if (this.state !== 'chatting' || this.outgoing.length) return;
    const ms = this.opts.idleTimeoutMs ?? 120_000;
    // 0 / Infinity switch it off, as in ChatSession (whose setTimeout cannot go beyond 2^31-1 ms).
    if (!(ms > 0 && ms <= 2 ** 31 - 1)) return;
    this.idleTimer = this.opts.clock.after(ms, () => {
      if (this.state !== 'chatting' || this.outgoing.length) return;
      this.message('system', PHRASES.idleEnd);
      this.end('timeout');
    });
  }

  private scaled(ms: number): number {
    return Math.max(0, Math.round(ms * (this.opts.timeScale ?? 1)));
  }

  private message(speaker: 'agent' | 'customer' | 'system', text: string, push = true): number {
    const seq = ++this.seq;
    const who = speaker === 'agent' ? `客服${this.opts.agent.name}` : speaker === 'system' ? '系统消息' : '我';
    this.record({ type: 'message', seq, speaker, text });
    if (push && speaker !== 'customer') this.opts.onPush({ event: 'msg', seq, speaker, who, text });
    return seq;
  }

  private record(fields: DistributiveOmit<GroundTruthRecord, 'sessionId' | 'ref' | 'at'>): void {
    this.truth.push({ ...fields, sessionId: this.opts.sessionId, ref: this.opts.ref, at: this.opts.epochMs + this.opts.clock.now } as GroundTruthRecord);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
