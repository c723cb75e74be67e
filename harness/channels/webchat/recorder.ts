/**
 * Turns page-clock records into the Interaction's turns and events and feeds the script's Inbox.
 * All times are page times (epoch ms from the page) converted to ms since the contact's start, so
 * the order and gaps between messages are what the customer's browser saw.
 */
import { Inbox, type InboxMessage } from '../../interaction/inbox.js';
import { matches, normaliseForMatch } from '../../interaction/match.js';
import type { InteractionError, InteractionEvent, Turn } from '../../interaction/types.js';
import type { PageRecord } from './page-clock.js';
import { DEFAULT_STATES, type ChatSelectors } from './presets.js';

export type ChatPhase = 'connecting' | 'queued' | 'chatting' | 'ended';

interface Entry {
  turn: Turn;
  message: InboxMessage;
}

export class ChatRecorder {
  readonly inbox = new Inbox();
  /** Chat phase as last reported by the page (status element, system notices, first agent line). */
  phase: ChatPhase = 'connecting';
  /** Node time (epoch ms) of the last phase change: the ready wait restarts when the queue ends. */
  phaseChangedAt = Date.now();
  /** Node time (epoch ms) of the last message record, for the trailing-quiet wait. */
  lastMessageAt = Date.now();
  /** A problem that makes the chat unusable (e.g. an invalid selector), reported by the page. */
  fatal: InteractionError | null = null;

  private readonly entries = new Map<string, Entry>();
  private readonly turnList: Turn[] = [];
  private readonly eventList: InteractionEvent[] = [];
  private readonly seen = new Set<string>();
  private readonly messageListeners = new Set<() => void>();
  private closedResolve: (() => void) | null = null;
  /** A hand-off line sent but not yet seen in the log; `fallbackAtMs` is when Node sent it. */
  private handoff: { line: string; fallbackAtMs: number | null } | null = null;
  private humanJoined = false;
  // ── customer patience (h/capacity) ──
  /** Set with the `agent-joined` event: the customer has an agent. */
  agentJoinedAtMs: number | null = null;
  /** Node time (epoch ms) a hand-off to a human was first asked for (the wait for an agent begins). */
  handoffRequestedAt: number | null = null;
  /** The centre said "all agents busy" before any agent joined; `queued`: after the chat had been queued. */
  turnedAway: { atMs: number; queued: boolean } | null = null;
  // ── end customer patience ──
  private readyResolve: (() => void) | null = null;
  /** Resolves when the page clock reports that the ready selector matched in the chat frame. */
  readonly readySeen: Promise<void> = new Promise((resolve) => {
    this.readyResolve = resolve;
  });
  /** Resolves when the page says the chat is closed (used to stop waiting on a disabled end button). */
  readonly closed: Promise<void> = new Promise((resolve) => {
    this.closedResolve = resolve;
  });

  constructor(
    readonly startedAt: number,
    private readonly selectors: ChatSelectors,
  ) {}

  /** Ms since the start on the Node clock (step events, customer turns of widgets that hide them). */
  now(): number {
    return Date.now() - this.startedAt;
  }

  private sinceStart(epochMs: number): number {
    return Math.max(0, Math.round(epochMs - this.startedAt));
  }

  addEvent(event: InteractionEvent): void {
    if (event.type === 'agent-joined') this.agentJoinedAtMs ??= event.atMs; // customer patience (h/capacity)
    this.eventList.push(event);
  }

  /** Called for every message record (and by the quiet wait to learn of new ones). */
  onMessage(listener: () => void): () => void {
    this.messageListeners.add(listener);
    return () => this.messageListeners.delete(listener);
  }

  handle(record: PageRecord): void {
    // The flush before closing returns records that may already have arrived through the binding.
    const key = record.kind === 'message' ? `m:${record.id}` : `${record.kind}:${JSON.stringify(record)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    switch (record.kind) {
      case 'message':
        return this.addMessage(record.speaker, record.text, this.sinceStart(record.at), record.id, record.late);
      case 'update': {
        const entry = this.entries.get(record.id);
        if (!entry) return;
        // The InboxMessage is shared with the inbox, so later waits and the stored turn both see it.
        entry.turn.text = record.text;
        entry.message.text = record.text;
        this.lastMessageAt = Date.now();
        this.inbox.revised(entry.message);
        return;
      }
      case 'typing':
        this.addEvent({ type: record.on ? 'typing-start' : 'typing-end', atMs: this.sinceStart(record.at) });
        return;
      case 'state':
        this.addEvent({ type: 'status', atMs: this.sinceStart(record.at), detail: { value: record.value } });
        return this.onStatus(record.value, this.sinceStart(record.at));
      case 'ready':
        this.readyResolve?.();
        return;
      case 'problem':
        this.addEvent({ type: 'page-problem', atMs: this.sinceStart(record.at), detail: { message: record.message } });
        if (/invalid selector/i.test(record.message) && !this.fatal) {
          this.fatal = {
            code: 'E_SELECTOR_INVALID',
            message: `the chat page rejected a selector: ${record.message}`,
            hint: 'fix target.selectors in the scenario: each must be a valid CSS selector',
          };
          this.inbox.close(record.message);
        }
        return;
    }
  }

  /**
   * A hand-off is being requested with `line` ("" = nothing is sent). `handoff-requested` is
   * recorded when the line shows in the log (the customer's own message), else at the Node time
   * given to `handoffSent` once the first human message or the end of the contact comes first.
   */
  expectHandoff(line: string): void {
    this.handoffRequestedAt ??= Date.now(); // customer patience (h/capacity)
    if (!line) {
      this.addEvent({ type: 'handoff-requested', atMs: this.now(), detail: { say: '', source: 'wait-only' } });
      return;
    }
    this.handoff = { line, fallbackAtMs: null };
  }

  /** The hand-off line was sent (Node time, ms since start). */
  handoffSent(atMs: number): void {
    if (this.handoff) this.handoff.fallbackAtMs = atMs;
  }

  /** Record a hand-off whose line never showed in the log at the time Node sent it. */
  settleHandoff(): void {
    const pending = this.handoff;
    if (!pending || pending.fallbackAtMs === null) return;
    this.handoff = null;
    this.addEvent({ type: 'handoff-requested', atMs: pending.fallbackAtMs, detail: { say: pending.line, source: 'node' } });
  }

  /** A customer line the widget does not show in its own DOM, timed on the Node side. */
  addCustomerTurn(text: string, atMs: number): void {
    this.addMessage('customer', text, atMs, `node-${this.turnList.length}`);
  }

  private addMessage(speaker: Turn['speaker'], text: string, atMs: number, id: string, late?: boolean): void {
    const turn: Turn = { speaker, text, startMs: atMs, endMs: atMs };
    const message: InboxMessage = { speaker, text, atMs };
    this.entries.set(id, { turn, message });
    this.turnList.push(turn);
    this.lastMessageAt = Date.now();
    if (late) this.addEvent({ type: 'late-message', atMs, detail: { note: 'already on the page when observed; time is when it was seen' } });
    if (speaker === 'system') this.onSystemText(text, atMs);
    if (speaker === 'customer') this.onCustomerText(text, atMs);
    if (speaker === 'agent') this.onHumanMessage(atMs);
    this.inbox.push(message);
    for (const listener of this.messageListeners) listener();
  }

  private hasPhaseSignals(): boolean {
    return Boolean(this.selectors.status || this.selectors.systemPatterns?.agentJoined);
  }

  /**
   * With a bot in front (`botMessage` set) `agent-joined` is the first human message, whatever the
   * status element or system notices said before (the widget is "chatting" with the bot); without
   * one it is the status / system notice when the page has them, else the first agent message.
   */
  private get joinedByHuman(): boolean {
    return Boolean(this.selectors.botMessage);
  }

  private onHumanMessage(atMs: number): void {
    this.settleHandoff();
    if (this.joinedByHuman && !this.humanJoined) {
      this.humanJoined = true;
      this.addEvent({ type: 'agent-joined', atMs, detail: { source: 'first-human-message' } });
    }
    if (this.phase !== 'chatting' && this.phase !== 'ended' && (this.joinedByHuman || !this.hasPhaseSignals())) {
      this.enter('chatting', atMs, 'first-agent-message');
    }
  }

  private onCustomerText(text: string, atMs: number): void {
    const pending = this.handoff;
    if (!pending || normaliseForMatch(text) !== normaliseForMatch(pending.line)) return;
    this.handoff = null;
    this.addEvent({ type: 'handoff-requested', atMs, detail: { say: pending.line, source: 'log' } });
  }

  private onStatus(value: string, atMs: number): void {
    const states = this.selectors.states ?? DEFAULT_STATES;
    const v = value.trim().toLowerCase();
    const is = (list: string[]) => list.some((s) => s.toLowerCase() === v);
    if (is(states.queued)) this.enter('queued', atMs, 'status');
    else if (is(states.chatting)) this.enter('chatting', atMs, 'status');
    else if (is(states.ended)) this.enter('ended', atMs, 'status');
  }

  private onSystemText(text: string, atMs: number): void {
    const p = this.selectors.systemPatterns;
    if (!p) return;
    // Turned away for want of agents (h/capacity): before the ended notice that usually follows.
    if (p.busy && matches(p.busy, text) && this.agentJoinedAtMs === null && !this.turnedAway) {
      this.turnedAway = { atMs, queued: this.phase === 'queued' };
      this.addEvent({ type: 'centre-busy', atMs, detail: { text: text.slice(0, 60), queued: this.turnedAway.queued } });
      return;
    }
    if (p.ended && matches(p.ended, text)) this.enter('ended', atMs, 'system-message');
    else if (p.agentJoined && matches(p.agentJoined, text)) this.enter('chatting', atMs, 'system-message');
    else if (p.queued && matches(p.queued, text)) this.enter('queued', atMs, 'system-message');
  }

  /**
   * The window a launcher opened for the chat closed itself (some close a few seconds after
   * 本次会话已结束): to the customer the chat is over, as when the page says so — waits end, an
   * optional one is skipped, a required one fails as closed by the centre, and `end` has nothing to click.
   */
  chatWindowClosed(): void {
    this.enter('ended', this.now(), 'chat-window-closed');
  }

  private enter(phase: ChatPhase, atMs: number, source: string): void {
    if (this.phase === phase || this.phase === 'ended') return;
    this.phase = phase;
    this.phaseChangedAt = Date.now();
    if (phase === 'queued') this.addEvent({ type: 'queued', atMs, detail: { source } });
    else if (phase === 'chatting' && !this.joinedByHuman) this.addEvent({ type: 'agent-joined', atMs, detail: { source } });
    else if (phase === 'ended') {
      this.addEvent({ type: 'chat-closed', atMs, detail: { source } });
      this.inbox.close('the chat was closed');
      this.closedResolve?.();
    }
  }

  /** Turns in page-time order (a late-filled bubble may be reported after a later one). */
  turns(): Turn[] {
    return this.turnList.map((t, i) => ({ t, i })).sort((a, b) => a.t.startMs - b.t.startMs || a.i - b.i).map(({ t }) => ({ ...t }));
  }

  events(): InteractionEvent[] {
    return this.eventList.map((e, i) => ({ e, i })).sort((a, b) => a.e.atMs - b.e.atMs || a.i - b.i).map(({ e }) => e);
  }
}
