/**
 * Test helper: one chat session driven over HTTP like the page does, reading the SSE stream with
 * fetch + a reader (Node has no EventSource). Waits are event-driven with generous timeouts.
 */
export interface ChatEvent {
  event: string;
  data: Record<string, unknown>;
}

export class ChatClient {
  readonly events: ChatEvent[] = [];
  private listeners: Array<() => void> = [];
  private subscribers: Array<(e: ChatEvent) => void> = [];
  private controller = new AbortController();
  ended = false;

  private constructor(
    readonly base: string,
    readonly sessionId: string,
  ) {}

  static async open(base: string, ref: string, profile?: string): Promise<ChatClient> {
    const r = await fetch(`${base}/chat/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ref, ...(profile ? { profile } : {}) }),
    });
    if (r.status !== 201) throw new Error(`create session: HTTP ${r.status} ${await r.text()}`);
    const { sessionId } = (await r.json()) as { sessionId: string };
    const client = new ChatClient(base, sessionId);
    await client.connect();
    return client;
  }

  private async connect(): Promise<void> {
    const res = await fetch(`${this.base}/chat/api/sessions/${this.sessionId}/events`, { signal: this.controller.signal });
    if (res.status !== 200 || !res.body) throw new Error(`events: HTTP ${res.status}`);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const event = /^event: (.*)$/mu.exec(block)?.[1];
            const data = /^data: (.*)$/mu.exec(block)?.[1];
            if (event && data) {
              const parsed: ChatEvent = { event, data: JSON.parse(data) as Record<string, unknown> };
              this.events.push(parsed);
              for (const fn of this.subscribers) fn(parsed);
            }
            this.notify();
          }
        }
      } catch {
        // aborted by disconnect()
      }
      this.ended = true;
      this.notify();
    })();
  }

  /** Called for every event from now on (after the ones already received, which are replayed). */
  subscribe(fn: (e: ChatEvent) => void): void {
    for (const e of this.events) fn(e);
    this.subscribers.push(fn);
  }

  private notify(): void {
    for (const l of this.listeners.splice(0)) l();
  }

  /** Resolves with the first event satisfying `predicate` (already received or future). */
  async waitFor(predicate: (e: ChatEvent) => boolean, timeoutMs = 30_000, what = 'event'): Promise<ChatEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      if (this.ended) throw new Error(`stream ended before ${what}; got: ${this.transcript()}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; got: ${this.transcript()}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.listeners.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Wait for an agent message containing `pattern`, after `afterSeq`. */
  agentSays(pattern: RegExp, afterSeq = 0, timeoutMs = 30_000): Promise<ChatEvent> {
    return this.waitFor(
      (e) => e.event === 'msg' && e.data.speaker === 'agent' && Number(e.data.seq) > afterSeq && pattern.test(String(e.data.text)),
      timeoutMs,
      `agent message /${pattern.source}/`,
    );
  }

  async say(text: string): Promise<number> {
    const r = await fetch(`${this.base}/chat/api/sessions/${this.sessionId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    if (r.status !== 200) throw new Error(`say: HTTP ${r.status}`);
    return ((await r.json()) as { seq: number }).seq;
  }

  async end(): Promise<void> {
    await fetch(`${this.base}/chat/api/sessions/${this.sessionId}/end`, { method: 'POST' });
  }

  /** Drop the stream as a closed browser tab would. */
  disconnect(): void {
    this.controller.abort();
  }

  transcript(): string {
    return this.events
      .filter((e) => e.event === 'msg')
      .map((e) => `${String(e.data.speaker)}: ${String(e.data.text)}`)
      .join(' | ');
  }
}
