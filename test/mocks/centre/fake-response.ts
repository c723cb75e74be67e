/**
 * Test helper: just enough of ServerResponse for an SSE stream (what sseTransport and
 * ChatSession.attach use), recording what was written.
 */
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';

export class FakeResponse extends EventEmitter {
  /** The arguments of writeHead. */
  head: unknown[] = [];
  chunks: string[] = [];
  ended = false;
  noDelay = false;
  socket = { setNoDelay: (on: boolean) => (this.noDelay = on) };
  writeHead(...args: unknown[]): this {
    this.head = args;
    return this;
  }
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }
  end(): void {
    this.ended = true;
  }
  /** Parsed SSE events so far. */
  events(): Array<{ event: string; data: Record<string, unknown> }> {
    return this.chunks
      .filter((c) => c.startsWith('event: '))
      .map((c) => {
        const [, event, data] = /^event: (.*)\ndata: (.*)\n\n$/u.exec(c)!;
        return { event: event!, data: JSON.parse(data!) as Record<string, unknown> };
      });
  }
  /** Typed as the real thing for the code under test. */
  get asResponse(): ServerResponse {
    return this as unknown as ServerResponse;
  }
}
