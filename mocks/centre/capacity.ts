/**
 * The simulated centre's capacity: how many contacts it can serve at once, how its ACD queue
 * behaves (capacity, longest wait, overflow), how long an agent keeps a contact, and the centre's
 * own per-contact truth that the harness's answer rate and ASA are checked against.
 *
 * True capacity follows from configuration alone (`capacityOf`): N chat agents × K chats each,
 * and min(M lines, voice agents) calls. Everything here is off by default, so a centre started
 * without capacity options behaves exactly as before (4 agents, unbounded queue, no busy).
 *
 * Times: the centre's own durations (handle time, wrap-up, longest queue wait) are centre time,
 * multiplied by the centre's `timeScale` like every agent delay; the customer's times (patience,
 * idle) are real ms. `capacityOf` reports the real (scaled) values so tests need not compute them.
 */
import { createRng, seedFor } from './prng.js';

export interface HandleTimeOptions {
  /** Mean time an agent keeps a contact, from answer to the agent closing it (centre ms, × timeScale). */
  meanMs: number;
  /** Each contact's handle time is uniform in mean ± spread, seeded by (seed, ref). @default 0 */
  spreadMs?: number;
}

export interface AcdOptions {
  /** Contacts that may wait in the queue; one more gets "busy" at once. @default Infinity */
  queueCapacity?: number;
  /** Longest queue wait (centre seconds, × timeScale); then the contact overflows ("all agents busy"). @default Infinity */
  maxQueueWaitSec?: number;
}

export interface ChatCapacityOptions extends AcdOptions {
  /** Chat agents N. @default 4 (the centre's `agents` option when that is set) */
  agents?: number;
  /** Concurrent chats per agent K. @default 1 */
  chatsPerAgent?: number;
}

export interface VoiceCapacityOptions extends AcdOptions {
  /** Trunk lines M: a call beyond M gets Twilio status `busy`. @default Infinity */
  lines?: number;
  /**
   * Voice agents: when set, calls past the IVR wait in an ACD queue (a position announcement, then
   * hold music) for a free agent. @default unset: every call gets an agent after `queueWaitMs` (as before)
   */
  agents?: number;
  /** Said before the centre hangs up on a call that waited `maxQueueWaitSec`. @default OVERFLOW_PROMPT */
  overflowPrompt?: string;
}

/** What a chat sees when the queue is full / it waited too long (the harness's preset matches 坐席全忙). */
export const CHAT_BUSY_TEXT = '当前坐席全忙，请您稍后再试。';
export const CHAT_OVERFLOW_TEXT = '当前坐席全忙，暂时无法为您服务，请您稍后再试。';
export const OVERFLOW_PROMPT = '当前坐席全忙，请您稍后再拨，再见。';

export interface CentreCapacity {
  /** N × K: chats served at once. Infinity when unbounded. */
  webchat: number;
  /** min(lines, voice agents): calls served by an agent at once. Infinity when unbounded. */
  voice: number;
  /** Mean handle time in real ms (null: conversation-driven). */
  handleTimeMs: number | null;
  /** Agent wrap-up between contacts, real ms (an agent slot is busy for handle + wrap-up). */
  wrapUpMs: number;
  /** Longest queue wait in real ms per channel (null: unbounded). */
  maxQueueWaitMs: { webchat: number | null; voice: number | null };
  /** Sustainable contacts per second per channel: capacity / (handle + wrap-up); null without a handle time. */
  throughputPerSec: { webchat: number | null; voice: number | null };
}

/** Real ms from centre seconds; Infinity/undefined stays Infinity. */
export function scaledSec(sec: number | undefined, timeScale: number): number {
  return sec === undefined || !Number.isFinite(sec) ? Number.POSITIVE_INFINITY : Math.max(0, Math.round(sec * 1000 * timeScale));
}

export function capacityOf(opts: {
  chat?: ChatCapacityOptions;
  voice?: VoiceCapacityOptions;
  handleTime?: HandleTimeOptions;
  timeScale?: number;
  wrapUpMs?: number;
  /** The chat centre's `agents` when `chat.agents` is not given. @default 4 */
  agents?: number;
}): CentreCapacity {
  const ts = opts.timeScale ?? 1;
  const webchat = (opts.chat?.agents ?? opts.agents ?? 4) * (opts.chat?.chatsPerAgent ?? 1);
  const voice = Math.min(opts.voice?.lines ?? Number.POSITIVE_INFINITY, opts.voice?.agents ?? Number.POSITIVE_INFINITY);
  const handleTimeMs = opts.handleTime ? Math.round(opts.handleTime.meanMs * ts) : null;
  const wrapUpMs = Math.round((opts.wrapUpMs ?? 3_000) * ts);
  const finiteOrNull = (ms: number) => (Number.isFinite(ms) ? ms : null);
  const rate = (slots: number) => (handleTimeMs === null || !Number.isFinite(slots) ? null : slots / ((handleTimeMs + wrapUpMs) / 1000));
  return {
    webchat,
    voice,
    handleTimeMs,
    wrapUpMs,
    maxQueueWaitMs: { webchat: finiteOrNull(scaledSec(opts.chat?.maxQueueWaitSec, ts)), voice: finiteOrNull(scaledSec(opts.voice?.maxQueueWaitSec, ts)) },
    throughputPerSec: { webchat: rate(webchat), voice: rate(voice) },
  };
}

/** This contact's handle time in real ms (seeded: the same seed and ref give the same time), or undefined. */
export function handleTimeFor(handleTime: HandleTimeOptions | undefined, seed: number, ref: string, timeScale: number): number | undefined {
  if (!handleTime) return undefined;
  const spread = Math.max(0, handleTime.spreadMs ?? 0);
  const u = createRng(seedFor(seed, ref, 'handle-time')).next() * 2 - 1;
  return Math.max(0, Math.round((handleTime.meanMs + u * spread) * timeScale));
}

/** Checks shared by the start functions: a clear message rather than a silently odd centre. */
export function validateCapacity(where: string, opts: { chat?: ChatCapacityOptions; voice?: VoiceCapacityOptions; handleTime?: HandleTimeOptions }): void {
  const positiveInt = (name: string, v: number | undefined) => {
    if (v !== undefined && !(Number.isInteger(v) && v >= 1) && v !== Number.POSITIVE_INFINITY) {
      throw new Error(`${where}: ${name} must be a positive integer (got ${v})`);
    }
  };
  const nonNegative = (name: string, v: number | undefined) => {
    if (v !== undefined && !(v >= 0)) throw new Error(`${where}: ${name} must be ≥ 0 (got ${v})`);
  };
  positiveInt('chat.agents', opts.chat?.agents);
  positiveInt('chat.chatsPerAgent', opts.chat?.chatsPerAgent);
  positiveInt('voice.lines', opts.voice?.lines);
  positiveInt('voice.agents', opts.voice?.agents);
  nonNegative('chat.queueCapacity', opts.chat?.queueCapacity);
  nonNegative('voice.queueCapacity', opts.voice?.queueCapacity);
  nonNegative('chat.maxQueueWaitSec', opts.chat?.maxQueueWaitSec);
  nonNegative('voice.maxQueueWaitSec', opts.voice?.maxQueueWaitSec);
  if (opts.handleTime) {
    if (!(opts.handleTime.meanMs > 0)) throw new Error(`${where}: handleTime.meanMs must be > 0 (got ${opts.handleTime.meanMs})`);
    nonNegative('handleTime.spreadMs', opts.handleTime.spreadMs);
  }
}
