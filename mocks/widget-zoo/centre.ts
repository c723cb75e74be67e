/**
 * The zoo's scripted centre: one conversation per chat session. It answers every customer line,
 * hands a bot chat over to a human on 转人工, and closes politely on 再见/谢谢. Timings are
 * deterministic per page and turn (no randomness), and always 300–1500 ms after the line, so a
 * scenario's waits and the self-test are reproducible.
 */
import { CLOSED_NOTICE, CONVERSATION_SCRIPTS, HANDOFF_NOTICE, type ConversationScript } from './scripts.js';
import type { CentreSpeaker, PlannedMessage, ReplyPlan, ZooPageId } from './types.js';

export const HANDOFF_RE = /转人工|人工客服|找人工/u;
export const CLOSING_RE = /再见|拜拜|谢谢|没有其他|没别的/u;

/** Earliest and latest bubble after the customer's line. */
export const REPLY_MIN_MS = 300;
export const REPLY_MAX_MS = 1500;
/** Gap between two bubbles of one answer. */
const FOLLOW_UP_GAP_MS = 250;
/** Longest typing indicator before a bubble, and the least time it starts after the previous event. */
const TYPING_MAX_MS = 600;
const TYPING_GAP_MS = 100;
/** Streamed bubbles take this long to complete, whatever their length. */
const STREAM_TOTAL_MS = 1200;

type Phase = 'bot' | 'human' | 'closed';

/** Small FNV-1a hash: the deterministic "randomness" of reply delays. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Split a text into 2-character tokens, the way an LLM-backed widget streams it. */
export function streamTokens(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += 2) out.push(chars.slice(i, i + 2).join(''));
  return out;
}

export class ScriptedConversation {
  private phase: Phase;
  private turn = 0;
  private botTurn = 0;
  private humanTurn = 0;
  private readonly script: ConversationScript;

  constructor(readonly page: ZooPageId) {
    this.script = CONVERSATION_SCRIPTS[page];
    this.phase = this.script.bot ? 'bot' : 'human';
  }

  get ended(): boolean {
    return this.phase === 'closed';
  }

  /** What the centre sends when the chat opens (the bot's or the agent's greeting). */
  opening(): ReplyPlan {
    const first = this.script.bot
      ? this.message('bot', this.script.bot.greeting, 0, 0)
      : this.message('agent', this.script.agent.greeting, 0, 0);
    return this.plan([first], false);
  }

  /** The centre's answer to one customer line; empty once the chat is closed. */
  reply(line: string): ReplyPlan {
    if (this.phase === 'closed') return { messages: [], ends: false };
    this.turn++;
    if (CLOSING_RE.test(line)) return this.close();
    if (this.phase === 'bot' && HANDOFF_RE.test(line)) return this.handOff();
    if (this.phase === 'bot') {
      const answers = this.script.bot!.answers;
      const text = answers[Math.min(this.botTurn++, answers.length - 1)]!;
      return this.plan([this.message('bot', text, 0, 0)], false);
    }
    const answers = this.script.agent.answers;
    const bubbles = answers[this.humanTurn++ % answers.length]!;
    return this.plan(bubbles.map((text, i) => this.message('agent', text, i, 0)), false);
  }

  /** The customer pressed the widget's end button: a closing notice, then the chat ends. */
  endedByCustomer(): ReplyPlan {
    if (this.phase === 'closed') return { messages: [], ends: false };
    this.phase = 'closed';
    this.turn++;
    return this.plan([this.message('system', CLOSED_NOTICE, 0, 0)], true);
  }

  private handOff(): ReplyPlan {
    this.phase = 'human';
    return this.plan([this.message('system', HANDOFF_NOTICE, 0, 0), this.message('agent', this.script.agent.greeting, 1, 500)], false);
  }

  private close(): ReplyPlan {
    const speaker: CentreSpeaker = this.phase === 'bot' ? 'bot' : 'agent';
    this.phase = 'closed';
    return this.plan([this.message(speaker, this.script.agent.closing, 0, 0), this.message('system', CLOSED_NOTICE, 1, 0)], true);
  }

  /**
   * A human types, so each agent bubble gets its typing indicator: up to TYPING_MAX_MS, starting
   * after the previous bubble (two windows never overlap, so every indicator really shows).
   * Bots and system notices appear at once.
   */
  private plan(messages: PlannedMessage[], ends: boolean): ReplyPlan {
    let previousAt = 0;
    for (const m of messages) {
      if (this.script.typing && m.speaker === 'agent') m.typingMs = Math.max(0, Math.min(TYPING_MAX_MS, m.atMs - previousAt - TYPING_GAP_MS));
      previousAt = m.atMs;
    }
    return { messages, ends };
  }

  /**
   * Time a bubble: the first of an answer lands 300–800 ms after the line (per page and turn), each
   * further one FOLLOW_UP_GAP_MS (+ `extraGapMs`) later, never past REPLY_MAX_MS.
   */
  private message(speaker: CentreSpeaker, text: string, index: number, extraGapMs: number): PlannedMessage {
    const first = REPLY_MIN_MS + (hash(`${this.page}#${this.turn}`) % 500);
    const atMs = Math.min(REPLY_MAX_MS, first + index * FOLLOW_UP_GAP_MS + extraGapMs);
    const planned: PlannedMessage = { speaker, text, atMs, typingMs: 0 };
    if (this.script.stream && speaker !== 'system') {
      const chunks = streamTokens(text);
      planned.stream = { chunks, intervalMs: Math.max(40, Math.round(STREAM_TOTAL_MS / Math.max(1, chunks.length - 1))) };
    }
    return planned;
  }
}
