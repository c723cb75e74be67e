/**
 * The simulated centre's voice side: an IVR menu (普通话服务请按1), a queue with hold music, then an
 * agent (by default the shared agent brain with its quality profiles). Ring time, queue wait, time
 * scale and per-number busy / no-answer behaviour are configurable so tests and benchmarks can shape
 * the traffic. With `groundTruthPath` every call is logged in the same JSONL format as chats
 * (mocks/centre/ground-truth.ts), keyed by `ref` = the call SID (Interaction.centreRef).
 */
import { randomUUID } from 'node:crypto';
import { AgentPool, makeRoster, type PoolClient } from '../centre/agent-pool.js';
import type { AgentIdentity } from '../centre/agent/types.js';
import { handleTimeFor, OVERFLOW_PROMPT, scaledSec, validateCapacity, type HandleTimeOptions, type VoiceCapacityOptions } from '../centre/capacity.js';
import { ContactLedger, type ContactTruth } from '../centre/contact-ledger.js';
import { GroundTruthWriter, type GroundTruthRecord } from '../centre/ground-truth.js';
import type { CheckId, ProfileName } from '../centre/profiles.js';
import { sharedBrainAgents } from './brain.js';
import type { AnswerPlan, CentreCallContext, CentreCallSession, VoiceAgent, VoiceAgentFactory, VoiceAgentTurn, VoiceCentre } from './types.js';

export interface VoiceCentreOptions {
  /** Centre name used in the IVR welcome. @default "星海银行" */
  name?: string;
  /** Ring time before the centre picks up, ms. @default 3000 */
  ringMs?: number;
  /** Time in the queue (hold music) between the transfer prompt and the agent, ms. @default 4000 */
  queueWaitMs?: number;
  /** Multiplier on the agents' think/hold times (tests and benchmarks shorten them). @default 1 */
  timeScale?: number;
  /** IVR: time to wait for a key before repeating the menu, ms. @default 8000 */
  menuTimeoutMs?: number;
  /** @default sharedBrainAgents() (the chat centre's brain, seeded profiles) */
  agents?: VoiceAgentFactory;
  /** Append ground-truth records (JSONL) here. */
  groundTruthPath?: string;
  /** Numbers (E.164) that are busy / never answer / fail. */
  busyNumbers?: string[];
  noAnswerNumbers?: string[];
  failedNumbers?: string[];
  /**
   * Lines M (calls beyond get Twilio `busy`), voice agents with an ACD queue (capacity, longest
   * wait, overflow prompt). @default unbounded lines, no ACD (every call gets an agent after queueWaitMs)
   */
  capacity?: VoiceCapacityOptions;
  /** Agents hang up after this handle time (centre ms × timeScale, seeded). @default conversation-driven */
  handleTime?: HandleTimeOptions;
  /** Agent wrap-up between calls with an ACD (centre ms × timeScale). @default 3000 */
  wrapUpMs?: number;
  /** Seed of the handle-time spread. @default 1 */
  seed?: number;
  /** The per-contact truth (share the chat centre's). @default a ledger of its own */
  ledger?: ContactLedger;
}

/** The chat brain types at 8 characters a second (mocks/centre/agent/reply-builder.ts). */
const CHAT_TYPING_CPS = 8;

/**
 * A chat reply's delay is think time plus typing; on the phone there is no typing, so only the think
 * time remains (at least a breath). Long deliberate delays (slow profile, silent hold) stay long.
 */
export function thinkMs(text: string, chatDelayMs: number): number {
  return Math.max(300, chatDelayMs - Math.round((text.length / CHAT_TYPING_CPS) * 1000));
}

/** Line left open after the busy/overflow prompt before the centre hangs up (not scaled). */
const TURN_AWAY_HANGUP_MS = 1500;

type Phase = 'menu' | 'queue' | 'agent' | 'ended';
type RecordFields = GroundTruthRecord extends infer R ? (R extends unknown ? Omit<R, 'sessionId' | 'ref' | 'at'> : never) : never;

interface SessionDeps {
  name: string;
  queueWaitMs: number;
  menuTimeoutMs: number;
  timeScale: number;
  agents: VoiceAgentFactory;
  writer?: GroundTruthWriter;
  ledger: ContactLedger;
  /** The ACD, when voice agents are configured. */
  pool?: AgentPool;
  overflowPrompt: string;
  handleTimeMs(ref: string): number | undefined;
}

class IvrAgentSession implements CentreCallSession, PoolClient {
  private phase: Phase = 'menu';
  /** Bumped by every menu and key press, so a pending "no key" repeat knows it is stale. */
  private menuEpoch = 0;
  private silentRepeats = 0;
  private agent?: VoiceAgent;
  private readonly sessionId = randomUUID();
  private seq = 0;
  private hungUpByAgent = false;
  /** The ACD slot this call holds, handed back on hang-up. */
  private slot?: AgentIdentity;
  private waiting = false;

  constructor(
    private readonly ctx: CentreCallContext,
    private readonly deps: SessionDeps,
    private readonly truth: ContactTruth,
    private readonly releaseLine: () => void,
  ) {
    // The ledger's contact is this call: same ref and session id as the call's other records.
    truth.ref = ctx.callSid;
    truth.sessionId = this.sessionId;
    this.playMenu(true);
  }

  private playMenu(welcome: boolean): void {
    const prompt = `${welcome ? `您好，欢迎致电${this.deps.name}客服热线。` : ''}普通话服务请按1，English service please press 2。`;
    const spoken = this.say(prompt, 'ivr');
    const epoch = ++this.menuEpoch;
    // Repeat the menu when no key comes; after two silent repeats the IVR gives up, as real ones do.
    this.ctx.after(spoken.endAt - this.ctx.now() + this.deps.menuTimeoutMs, () => {
      if (this.phase !== 'menu' || this.menuEpoch !== epoch) return;
      this.silentRepeats++;
      if (this.silentRepeats > 2) {
        this.phase = 'ended';
        const bye = this.say('对不起，您没有选择，再见。', 'ivr');
        this.ctx.after(bye.endAt - this.ctx.now(), () => this.ctx.hangup());
      } else {
        this.playMenu(false);
      }
    });
  }

  onDigit(digit: string): void {
    if (this.phase !== 'menu') return;
    this.menuEpoch++; // cancels the pending repeat
    if (digit !== '1' && digit !== '2') {
      const retry = this.say('您的输入有误，请重新选择。', 'ivr');
      this.ctx.after(retry.endAt - this.ctx.now(), () => this.playMenu(false));
      return;
    }
    this.phase = 'queue';
    const transfer = this.say('正在为您转接人工服务，请稍候。', 'ivr');
    this.agent = this.deps.agents(this.ctx.callSid);
    this.record({ type: 'session', channel: 'voice', profile: this.agent.profile as ProfileName, agentId: null, agentName: null }, this.ctx.now());
    if (this.deps.pool) {
      // The ACD is asked once the transfer prompt has been said.
      this.ctx.after(transfer.endAt - this.ctx.now(), () => this.requestAgent(digit));
      return;
    }
    this.ctx.mark('queued', { digit }, transfer.endAt);
    this.record({ type: 'queued', position: 1 }, transfer.endAt);
    this.ctx.after(transfer.endAt - this.ctx.now(), () => this.deps.ledger.enterAcd(this.truth));
    this.ctx.after(transfer.endAt - this.ctx.now() + this.deps.queueWaitMs, () => {
      if (this.phase !== 'queue' || !this.agent) return;
      this.agentJoins(this.agent.id);
    });
  }

  private requestAgent(digit: string): void {
    const pool = this.deps.pool!;
    this.deps.ledger.enterAcd(this.truth);
    const slot = pool.tryAcquire();
    if (slot) return this.assign(slot);
    this.ctx.mark('queued', { digit });
    if (pool.enqueue(this) === 'busy') {
      this.deps.ledger.busy(this.truth, 'queue');
      this.turnAway('busy');
    }
  }

  /** PoolClient: waiting in the ACD queue; the caller hears the position once, then hold music. */
  queued(position: number): void {
    if (this.phase !== 'queue' || this.waiting) return;
    this.waiting = true;
    this.deps.ledger.queued(this.truth);
    this.record({ type: 'queued', position }, this.ctx.now());
    this.say(`您前面还有${position - 1}位客户在等待，请稍候。`, 'ivr');
  }

  /** PoolClient: an agent slot is free for this call. */
  assign(slot: AgentIdentity): void {
    this.waiting = false;
    if (this.phase !== 'queue' || !this.agent) {
      this.deps.pool?.release(slot);
      return;
    }
    this.slot = slot;
    // The brain speaks as the agent the ACD chose (its 工号 in the greeting).
    this.agent = this.deps.agents(this.ctx.callSid, slot);
    this.agentJoins(slot.id);
  }

  /** PoolClient: waited the longest queue wait. */
  overflowed(): void {
    this.waiting = false;
    if (this.phase !== 'queue') return;
    this.deps.ledger.overflow(this.truth);
    this.turnAway('overflow');
  }

  /** Busy or overflow: the sorry prompt, then the centre hangs up. */
  private turnAway(by: 'busy' | 'overflow'): void {
    this.phase = 'ended';
    this.record({ type: 'end', by }, this.ctx.now());
    const sorry = this.say(this.deps.overflowPrompt, 'ivr');
    // A moment of line after the prompt, as real IVRs leave: the caller's speech recognition gets it.
    this.ctx.after(sorry.endAt - this.ctx.now() + TURN_AWAY_HANGUP_MS, () => this.ctx.hangup());
  }

  private agentJoins(agentId: string): void {
    const agent = this.agent!;
    this.phase = 'agent';
    const at = this.ctx.now();
    this.deps.ledger.answered(this.truth, agentId);
    this.ctx.mark('agent-joined', { agentId, profile: agent.profile }, at);
    this.record({ type: 'agent-joined', agentId, agentName: this.slot?.name ?? agent.name }, at);
    this.play(agent.opening());
    const handleMs = this.deps.handleTimeMs(this.ctx.callSid);
    if (handleMs !== undefined) {
      // The configured handle time is up: the closing line, then the agent hangs up.
      this.ctx.after(handleMs, () => {
        if (this.phase !== 'agent') return;
        const bye = this.say('感谢您的来电，祝您生活愉快，再见！', 'agent');
        this.ctx.after(bye.endAt - this.ctx.now(), () => {
          this.hungUpByAgent = true;
          this.ctx.hangup();
        });
      });
    }
  }

  onSpeech(text: string): void {
    this.record({ type: 'message', seq: ++this.seq, speaker: 'customer', text }, this.ctx.now());
    if (this.phase !== 'agent' || !this.agent) return; // the IVR only listens for keys
    this.play(this.agent.respond(text));
  }

  onHangup(): void {
    if (this.agent && this.phase !== 'ended') this.record({ type: 'end', by: this.hungUpByAgent ? 'agent' : 'customer' }, this.ctx.now());
    this.phase = 'ended';
    if (this.waiting) this.deps.pool?.cancel(this);
    this.waiting = false;
    if (this.slot) this.deps.pool?.release(this.slot);
    this.slot = undefined;
    this.deps.ledger.ended(this.truth, this.hungUpByAgent ? 'agent' : 'customer');
    this.releaseLine();
  }

  /** Speak each planned reply after its think time, counted from the end of the previous one. */
  private play(turn: VoiceAgentTurn): void {
    let anchor = this.ctx.now();
    for (const reply of turn.replies) {
      const spoken = this.say(reply.text, 'agent', anchor - this.ctx.now() + this.scaled(thinkMs(reply.text, reply.delayMs)), (seq) => {
        for (const f of reply.facts ?? []) this.record({ type: 'fact', key: f.key, stated: f.stated, correct: f.correct, seq }, spoken.startAt);
        for (const d of reply.defects ?? []) {
          this.record({ type: 'defect', check: d.check as CheckId, kind: d.kind, ...(d.quote !== undefined ? { quote: d.quote } : {}), ...(d.detail !== undefined ? { detail: d.detail } : {}), ...(d.alsoTriggers ? { alsoTriggers: d.alsoTriggers as CheckId[] } : {}), seq }, spoken.startAt);
        }
      });
      if (reply.hold === 'start') this.ctx.mark('hold-start', {}, spoken.endAt);
      if (reply.hold === 'end') this.ctx.mark('hold-end', {}, spoken.startAt);
      anchor = spoken.endAt;
    }
    if (turn.close) {
      // The agent waits a moment for the caller to hang up first, as the standard asks.
      // Not shortened below 1.5 s by the time scale: the caller's hang-up must get the chance to come first.
      this.ctx.after(anchor - this.ctx.now() + Math.max(this.scaled(3000), 1500), () => {
        this.hungUpByAgent = true;
        this.ctx.hangup();
      });
    }
  }

  /** Speak, and log the line to the ground truth when it actually starts (not if the call ends first). */
  private say(text: string, speaker: 'ivr' | 'agent', delayMs = 0, onStart?: (seq: number) => void) {
    const spoken = this.ctx.speak(text, speaker, delayMs);
    this.ctx.after(spoken.startAt - this.ctx.now(), () => {
      const seq = ++this.seq;
      this.record({ type: 'message', seq, speaker: speaker === 'ivr' ? 'system' : 'agent', text }, spoken.startAt);
      onStart?.(seq);
    });
    return spoken;
  }

  private scaled(ms: number): number {
    return Math.max(0, Math.round(ms * this.deps.timeScale));
  }

  private record(fields: RecordFields, at: number): void {
    this.deps.writer?.write({ ...fields, sessionId: this.sessionId, ref: this.ctx.callSid, at } as GroundTruthRecord);
  }
}

export interface VoiceCentreHandle extends VoiceCentre {
  /** Write out buffered ground-truth records (and stop the ACD's timers). */
  flush(): Promise<void>;
  /** The per-contact truth of the calls (shared with the chat centre when given one). */
  ledger: ContactLedger;
  /** Trunk lines taken right now. */
  linesInUse(): number;
}

export function createVoiceCentre(options: VoiceCentreOptions = {}): VoiceCentreHandle {
  validateCapacity('createVoiceCentre', { voice: options.capacity, handleTime: options.handleTime });
  const ringMs = options.ringMs ?? 3000;
  const timeScale = options.timeScale ?? 1;
  const seed = options.seed ?? 1;
  const capacity = options.capacity ?? {};
  const writer = options.groundTruthPath ? new GroundTruthWriter(options.groundTruthPath) : undefined;
  const ledger = options.ledger ?? new ContactLedger();
  ledger.addWriter(writer);
  const pool =
    capacity.agents === undefined
      ? undefined
      : new AgentPool(makeRoster(capacity.agents), Math.round((options.wrapUpMs ?? 3000) * timeScale), {
          queueCapacity: capacity.queueCapacity ?? Number.POSITIVE_INFINITY,
          maxQueueWaitMs: scaledSec(capacity.maxQueueWaitSec, timeScale),
        });
  const deps: SessionDeps = {
    name: options.name ?? '星海银行',
    queueWaitMs: options.queueWaitMs ?? 4000,
    menuTimeoutMs: options.menuTimeoutMs ?? 8000,
    timeScale,
    agents: options.agents ?? sharedBrainAgents(),
    writer,
    ledger,
    pool,
    overflowPrompt: capacity.overflowPrompt ?? OVERFLOW_PROMPT,
    handleTimeMs: (ref) => handleTimeFor(options.handleTime, seed, ref, timeScale),
  };
  const lines = capacity.lines ?? Number.POSITIVE_INFINITY;
  let linesInUse = 0;
  const busy = new Set(options.busyNumbers);
  const noAnswer = new Set(options.noAnswerNumbers);
  const failed = new Set(options.failedNumbers);
  return {
    answer({ to, callSid }): AnswerPlan {
      if (busy.has(to)) return { result: 'busy', ringMs: Math.min(ringMs, 500) };
      if (failed.has(to)) return { result: 'failed', ringMs: 0 };
      if (noAnswer.has(to)) return { result: 'no-answer', ringMs: Number.POSITIVE_INFINITY };
      const truth = ledger.offer('voice', callSid, callSid);
      if (linesInUse >= lines) {
        // Every trunk line is taken: the network answers busy (SIP 486) at once.
        ledger.busy(truth, 'lines');
        return { result: 'busy', ringMs: Math.min(ringMs, 500) };
      }
      // The line is taken from the first ring until the call ends, answered or not.
      linesInUse++;
      let held = true;
      const releaseLine = () => {
        if (held) linesInUse--;
        held = false;
      };
      return {
        result: 'answer',
        ringMs,
        start: (ctx) => new IvrAgentSession(ctx, deps, truth, releaseLine),
        // Hung up while ringing: the customer abandoned before the centre picked up.
        released: () => {
          ledger.ended(truth, 'customer');
          releaseLine();
        },
      };
    },
    ledger,
    linesInUse: () => linesInUse,
    flush: async () => {
      pool?.close();
      await writer?.flush();
    },
  };
}
