/**
 * The contract between the Twilio emulator (which carries the audio) and the simulated centre's voice
 * side (IVR, queue, agents). The emulator owns the clock and the two audio channels; the centre only
 * decides what to say and when, so the same centre logic works for 1 or 1,000 concurrent calls.
 */

export type CentreSpeaker = 'ivr' | 'agent';

/** An utterance scheduled on the centre's channel; epoch ms. */
export interface ScheduledSpeech {
  speaker: CentreSpeaker;
  text: string;
  startAt: number;
  endAt: number;
}

/** What the emulator offers a centre session for one answered call. */
export interface CentreCallContext {
  readonly callSid: string;
  /** Epoch ms (the emulator's clock). */
  now(): number;
  /**
   * Speak on the centre's channel, `delayMs` from now but never over the centre's own previous
   * utterance; returns when it will start and end.
   */
  speak(text: string, speaker: CentreSpeaker, delayMs?: number): ScheduledSpeech;
  /** Run `fn` after `ms` unless the call has ended by then. */
  after(ms: number, fn: () => void): void;
  /** Record a ground-truth event (queued, agent-joined, hold-start …) at `at` (default now). */
  mark(type: string, detail?: Record<string, unknown>, at?: number): void;
  /** The centre hangs up. */
  hangup(): void;
}

/** One answered call on the centre's side. */
export interface CentreCallSession {
  /** A DTMF digit finished playing. */
  onDigit(digit: string): void;
  /** The customer finished an utterance. */
  onSpeech(text: string): void;
  /** The call ended (either side); release timers and state. */
  onHangup(): void;
}

export type AnswerPlan =
  | {
      result: 'answer';
      ringMs: number;
      start(ctx: CentreCallContext): CentreCallSession;
      /** The call ended before `start` (hung up or timed out while ringing): free what `answer` took. */
      released?(): void;
    }
  | { result: 'busy' | 'no-answer' | 'failed'; ringMs: number };

/** The centre's voice side: decides, per incoming call, whether and how it is answered. */
export interface VoiceCentre {
  answer(call: { callSid: string; to: string; from: string }): AnswerPlan;
}

/**
 * The agent on a call, transport-independent: the same contract as the chat centre's AgentBrain
 * (mocks/centre/agent), whose BrainTurn fits VoiceAgentTurn as is. `delayMs` is the agent's think
 * time before a reply (unscaled; the centre multiplies it by its time scale).
 */
export interface VoiceAgentReply {
  text: string;
  delayMs: number;
  facts?: { key: string; stated: string; correct: boolean }[];
  defects?: { check: string; kind: string; quote?: string; detail?: string; alsoTriggers?: string[] }[];
  hold?: 'start' | 'end';
}
export interface VoiceAgentTurn {
  replies: VoiceAgentReply[];
  /** Hang up after the last reply (the closing line was said). */
  close: boolean;
}
export interface VoiceAgent {
  readonly id: string;
  readonly name: string;
  /** Quality profile (exemplary, slow, wrong-fact …), logged in the ground truth. */
  readonly profile: string;
  opening(): VoiceAgentTurn;
  respond(customerText: string): VoiceAgentTurn;
}
/**
 * Makes the agent for one call; `ref` is the call SID (Interaction.centreRef). `identity`: the agent
 * the centre's ACD assigned (factories that name their agents themselves may ignore it).
 */
export type VoiceAgentFactory = (ref: string, identity?: { id: string; name: string }) => VoiceAgent;
