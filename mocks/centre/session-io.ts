/**
 * The two seams of a chat session (chat-session.ts) with the outside world: the clock its timers
 * run on and the transport its events go out on. The centre uses the real ones (Node timers,
 * Date.now, an SSE response); the browser-free simulator (mocks/lab/simulate.ts) runs the very
 * same ChatSession on a virtual clock with a callback transport, so there is one implementation
 * of the session logic (reply pacing, closing, idle timeout, ground truth) to keep right.
 */
import type { ServerResponse } from 'node:http';
import type { EndedBy } from './ground-truth.js';

/**
 * Time as the session sees it. `H` is the clock's own timer handle; the session only hands it back
 * to `clearTimeout`. (Method syntax on purpose: a `SessionClock<VirtualTimer>` is then usable where
 * a `SessionClock` is expected.)
 */
export interface SessionClock<H = unknown> {
  /** Epoch ms: the `at` of the ground-truth records. */
  now(): number;
  /** Run `fn` after `ms`, like the global setTimeout. */
  setTimeout(fn: () => void, ms: number): H;
  clearTimeout(handle: H): void;
}

/** Node's timers and Date.now, looked up at each call (so test fake timers still apply). */
export const systemClock: SessionClock<NodeJS.Timeout> = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle),
};

/** What the centre sends to the page: the SSE event name and its data. */
export type SessionPush =
  | { event: 'state'; state: 'queued'; position: number }
  | { event: 'state'; state: 'chatting'; agent: string }
  // The customer's own lines are not pushed: the page renders them when they are sent.
  | { event: 'msg'; seq: number; speaker: 'agent' | 'system'; who: string; text: string }
  | { event: 'end'; by: EndedBy };

/** Where a session's events go. */
export interface SessionTransport {
  /** `onWritten`: called once the event's bytes were handed to the OS (instrumentation; optional). */
  send(push: SessionPush, onWritten?: () => void): void;
  /** Keep-alive during long silences. */
  heartbeat(): void;
  /** The session is over: close the stream. */
  close(): void;
  /** Called once when the other side goes away (tab closed, page navigated). */
  onClose(listener: () => void): void;
}

/** An EventSource stream on `res`: headers and the retry hint are written at once. */
export function sseTransport(res: ServerResponse): SessionTransport {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.socket?.setNoDelay(true);
  // The server answers a second stream for a session with 204: ask EventSource to wait an hour instead.
  res.write('retry: 3600000\n\n');
  return {
    send: ({ event, ...data }, onWritten) => {
      // Node's http corks the socket for the rest of this tick: the callback says when the bytes left.
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`, onWritten && (() => onWritten()));
    },
    heartbeat: () => {
      res.write(': ping\n\n');
    },
    close: () => {
      res.end();
    },
    onClose: (listener) => {
      res.on('close', listener);
    },
  };
}
