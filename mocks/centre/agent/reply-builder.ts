/**
 * Builds one brain turn: the replies with their simulated delays, and the profile's defects that
 * show in them (slow replies, silent holds, curt wording, wrong facts). Topic logic in brain.ts
 * only says *what* to say; this file decides *how* the profile says it.
 */
import type { KbFact } from '../knowledge-base.js';
import type { Rng } from '../prng.js';
import type { CheckId, ProfileName } from '../profiles.js';
import { curtify, PHRASES } from './phrases.js';
import type { BrainTurn, CommittedDefect, PlannedReply, StatedFact } from './types.js';

/** Why a reply comes when it does; decides its delay. */
export type ReplyTiming = 'first' | 'next' | 'after-hold' | 'after-silence';

interface Draft {
  text: string;
  timing: ReplyTiming;
  facts: StatedFact[];
  defects: CommittedDefect[];
  hold?: 'start' | 'end';
}

/** Typing speed of a practised agent, characters per second. */
const TYPING_CPS = 8;

export interface ReplyBuilderContext {
  profile: ProfileName;
  rng: Rng;
  /** Key of the one fact the `wrong-fact` profile misstates (null: none); read when a fact is stated. */
  wrongFactKey: () => string | null;
  /** The turn opens the contact (its first reply is the first response, not a reply latency). */
  opening?: boolean;
}

export class ReplyBuilder {
  private readonly drafts: Draft[] = [];

  constructor(private readonly ctx: ReplyBuilderContext) {}

  get empty(): boolean {
    return this.drafts.length === 0;
  }

  /** Start a new message; the first one of a turn is timed as the reply to the customer. */
  say(text: string, timing: ReplyTiming = this.drafts.length ? 'next' : 'first'): this {
    this.drafts.push({ text, timing, facts: [], defects: [] });
    return this;
  }

  /** Append text to the current message (starting one if there is none). */
  append(text: string): this {
    if (!this.drafts.length) return this.say(text);
    this.drafts.at(-1)!.text += text;
    return this;
  }

  /** Put text in front of the turn's first message. */
  prepend(text: string): this {
    if (!this.drafts.length) return this.say(text);
    this.drafts[0]!.text = text + this.drafts[0]!.text;
    return this;
  }

  /** State a fact in the current message, correctly unless it is this session's wrong fact. */
  fact(fact: KbFact, wrap: (sentence: string) => string = (s) => s): this {
    const wrong = this.ctx.wrongFactKey() === fact.key;
    const sentence = wrong ? fact.wrongSentence : fact.sentence;
    this.append(wrap(sentence));
    const current = this.drafts.at(-1)!;
    current.facts.push({ key: fact.key, stated: wrong ? fact.wrong[0]! : fact.expected, correct: !wrong });
    if (wrong) {
      current.defects.push({
        check: 'fact-accuracy',
        alsoTriggers: ['no-misinformation'],
        kind: 'wrong-fact',
        quote: sentence,
        detail: `${fact.label}：说成了「${fact.wrong[0]}」，正确为「${fact.expected}」`,
      });
    }
    return this;
  }

  /** Attach a defect to the current (or the turn's first) message: it is logged when that one is sent. */
  defect(defect: CommittedDefect, on: 'current' | 'first' = 'current'): this {
    const draft = on === 'first' ? this.drafts[0] : this.drafts.at(-1);
    if (!draft) throw new Error('ReplyBuilder.defect: no message to attach the defect to');
    draft.defects.push(defect);
    return this;
  }

  /** The fact was already stated in this turn. */
  mentions(key: string): boolean {
    return this.drafts.some((d) => d.facts.some((f) => f.key === key));
  }

  /**
   * A lookup (查询) that takes a while. The exemplary agent asks the customer to wait and thanks
   * them afterwards; `no-hold-notice` answers briefly, then goes silent for a long time.
   * `before` is said first; `after` writes the result message (started for it).
   */
  lookup(before: string, after: (b: this) => void): this {
    if (this.ctx.profile === 'no-hold-notice') {
      this.say(before || '好的。');
      this.say('', 'after-silence');
      const gap = this.drafts.at(-1)!;
      after(this);
      gap.defects.push({
        check: 'dead-air',
        alsoTriggers: ['hold-etiquette'],
        kind: 'silent-hold',
        quote: gap.text,
        detail: '查询期间长时间沉默，事先未请客户稍等，事后未致谢',
      });
      return this;
    }
    this.say(before + PHRASES.holdNotice);
    this.drafts.at(-1)!.hold = 'start';
    this.say(PHRASES.holdThanks, 'after-hold');
    this.drafts.at(-1)!.hold = 'end';
    after(this);
    return this;
  }

  build(close = false): BrainTurn {
    const replies = this.drafts.filter((d) => d.text.trim()).map((d) => this.finish(d));
    return { replies, close };
  }

  private finish(draft: Draft): PlannedReply {
    const { profile, rng } = this.ctx;
    const defects = [...draft.defects];
    let text = draft.text;
    if (profile === 'impolite') {
      const curt = curtify(text);
      if (curt !== text) defects.push({ check: 'politeness', kind: 'curt-reply', quote: curt, detail: '省略敬语（您/请/谢谢），语气生硬' });
      text = curt;
    }
    const typing = Math.round((text.length / TYPING_CPS) * 1000);
    let delayMs: number;
    switch (draft.timing) {
      case 'first':
        if (profile === 'slow') {
          delayMs = rng.int(35_000, 60_000);
          defects.push({
            check: this.ctx.opening ? 'first-response' : 'response-latency',
            // A reply the customer waits ≥ 30 s for, unannounced, is also dead air and an
            // unannounced hold (the spec's silence accounting: in a chat the same rule applies to
            // overdue replies; 30 s is both thresholds in chat, and well over a call's 8/15 s).
            ...(this.ctx.opening ? {} : { alsoTriggers: ['dead-air', 'hold-etiquette'] as CheckId[] }),
            kind: this.ctx.opening ? 'slow-first-response' : 'slow-reply',
            quote: text,
            detail: `约${Math.round(delayMs / 1000)}秒后才回复`,
          });
        } else delayMs = rng.int(1_000, 4_000) + typing;
        break;
      case 'next':
        delayMs = rng.int(600, 1_500) + typing;
        break;
      case 'after-hold':
        delayMs = rng.int(5_000, 10_000) + typing;
        break;
      case 'after-silence': {
        delayMs = rng.int(45_000, 70_000) + typing;
        const silence = defects.find((d) => d.kind === 'silent-hold');
        if (silence) Object.assign(silence, { quote: text, detail: `${silence.detail}（约${Math.round(delayMs / 1000)}秒无任何消息）` });
        break;
      }
    }
    // Omissions (no survey, no reference …) quote the message where the missing words belonged.
    const quoted = defects.map((d) => (d.quote === undefined ? { ...d, quote: text } : d));
    return { text, delayMs, facts: draft.facts, defects: quoted, ...(draft.hold ? { hold: draft.hold } : {}) };
  }
}
