/**
 * Chat sessions of the zoo, driven from the server over SSE as real widgets are: the page POSTs
 * the customer's lines, the centre's bubbles, typing indicator and token stream come back as
 * events at the times the scripted centre planned.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { ScriptedConversation } from './centre.js';
import type { ReplyPlan, ZooPageId } from './types.js';

/** Sessions never attached (page closed before the stream opened) are dropped after this. */
const UNATTACHED_TTL_MS = 60_000;
/** Closed sessions are kept this long so that late lines get 409 (ended) rather than 404. */
const CLOSED_TTL_MS = 30_000;

export class ZooSession {
  readonly id = randomUUID();
  private readonly conversation: ScriptedConversation;
  private stream: ServerResponse | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  private streamIds = 0;
  private everAttached = false;
  private closed = false;

  constructor(
    readonly page: ZooPageId,
    readonly ref: string,
    private readonly onClosed: () => void = () => {},
  ) {
    this.conversation = new ScriptedConversation(page);
  }

  get attached(): boolean {
    return this.stream !== null;
  }

  /**
   * Only the first stream is accepted: an EventSource that reconnects after a drop must not get
   * the greeting again (the conversation cannot be replayed without duplicating messages).
   */
  get canAttach(): boolean {
    return !this.everAttached && !this.closed;
  }

  /** Start the SSE stream; the greeting is planned from this moment (the widget is now listening). */
  attach(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': zoo\n\n');
    this.everAttached = true;
    this.stream = res;
    res.on('close', () => this.close());
    this.play(this.conversation.opening());
  }

  /** A customer line: plan the centre's answer relative to now. */
  customerLine(text: string): boolean {
    if (this.closed || this.conversation.ended) return false;
    this.play(this.conversation.reply(text));
    return true;
  }

  /** The customer's end button. */
  customerEnd(): boolean {
    if (this.closed || this.conversation.ended) return false;
    this.play(this.conversation.endedByCustomer());
    return true;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.stream?.end();
    this.stream = null;
    this.onClosed();
  }

  private at(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) fn();
    }, Math.max(0, ms));
    this.timers.add(timer);
  }

  private emit(event: string, data: unknown): void {
    this.stream?.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  private play(plan: ReplyPlan): void {
    let lastMs = 0;
    for (const m of plan.messages) {
      if (m.typingMs > 0) {
        this.at(m.atMs - m.typingMs, () => this.emit('typing', { on: true }));
        this.at(m.atMs, () => this.emit('typing', { on: false }));
      }
      if (!m.stream) {
        this.at(m.atMs, () => this.emit('msg', { speaker: m.speaker, text: m.text }));
        lastMs = Math.max(lastMs, m.atMs);
        continue;
      }
      const id = ++this.streamIds;
      const { chunks, intervalMs } = m.stream;
      this.at(m.atMs, () => this.emit('stream-start', { id, speaker: m.speaker, text: chunks[0] ?? '' }));
      chunks.slice(1).forEach((chunk, i) => this.at(m.atMs + (i + 1) * intervalMs, () => this.emit('stream-chunk', { id, text: chunk })));
      const endMs = m.atMs + Math.max(0, chunks.length - 1) * intervalMs;
      this.at(endMs, () => this.emit('stream-end', { id, text: m.text }));
      lastMs = Math.max(lastMs, endMs);
    }
    // Ending after the last bubble lets the page disable its composer, as real widgets do.
    if (plan.ends) this.at(lastMs + 50, () => this.emit('end', {}));
  }
}

export class SessionRegistry {
  private readonly sessions = new Map<string, ZooSession>();

  create(page: ZooPageId, ref: string): ZooSession {
    const session: ZooSession = new ZooSession(page, ref, () => {
      setTimeout(() => this.sessions.delete(session.id), CLOSED_TTL_MS).unref();
    });
    this.sessions.set(session.id, session);
    setTimeout(() => {
      if (session.canAttach) this.drop(session.id);
    }, UNATTACHED_TTL_MS).unref();
    return session;
  }

  get(id: string): ZooSession | undefined {
    return this.sessions.get(id);
  }

  drop(id: string): void {
    this.sessions.get(id)?.close();
    this.sessions.delete(id);
  }

  closeAll(): void {
    for (const id of [...this.sessions.keys()]) this.drop(id);
  }
}
