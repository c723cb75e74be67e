/**
 * Sends Twilio's webhooks (TwiML fetches, status and recording callbacks): form-encoded, signed with
 * X-Twilio-Signature over the exact URL requested, with Twilio's user agent. Latencies are kept for
 * the benchmark (webhook p50/p99 as the emulator, i.e. Twilio, sees them). Plain node:http with a
 * keep-alive agent rather than fetch: a thousand concurrent calls send tens of thousands of
 * webhooks, and fetch costs several times the CPU per request.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { randomUUID } from 'node:crypto';
import { signTwilioRequest } from './signature.js';

/**
 * Keep one warm connection per concurrent call. Measured at 1,000 calls on a loaded machine: every
 * webhook slower than a second went out on a *new* connection (1–4 s from send to the server's
 * request event, <1 ms in the handler), none on a reused one. Node's default agent keeps only 256
 * idle sockets (maxFreeSockets) and reuses the most recent first (lifo), so with ~1,000 calls it
 * closed the surplus after each burst and reconnected it for the next one. fifo spreads webhooks
 * over all idle sockets, so none idles past the server's keep-alive timeout.
 */
const KEEP_ALIVE = { keepAlive: true, maxFreeSockets: 4096, scheduling: 'fifo' } as const;

export interface WebhookResult {
  status: number;
  body: string;
  /** Transport error (connection refused, timeout); status is 0 then. */
  error?: string;
}

export class WebhookSender {
  /** Round-trip times of every webhook sent, ms. */
  readonly latenciesMs: number[] = [];
  /** Epoch ms each of those webhooks was sent at (same order), to tell load phases apart. */
  readonly sentAt: number[] = [];
  /** Webhooks slower than a second (epoch ms sent, duration, URL), for diagnosing load runs. */
  readonly slow: { at: number; ms: number; url: string; token?: string; reused?: boolean; connectMs?: number }[] = [];
  /** Per-webhook phases, for diagnosing load runs: was a new TCP connection needed, and how long it took. */
  readonly connections = { reused: 0, opened: 0, connectMs: [] as number[], firstByteMs: [] as number[] };
  private readonly httpAgent = new HttpAgent(KEEP_ALIVE);
  private readonly httpsAgent = new HttpsAgent(KEEP_ALIVE);

  constructor(
    private readonly authToken: string,
    /** Twilio gives up on a webhook after 15 s. @default 15000 */
    private readonly timeoutMs = 15_000,
  ) {}

  /**
   * Send one webhook. Like Twilio's default connection policy, a request that failed before any
   * answer (connection refused or reset, e.g. a keep-alive socket the server had just closed) is
   * retried once on a fresh connection.
   */
  async send(url: string, params: Record<string, string>, method = 'POST'): Promise<WebhookResult> {
    const first = await this.sendOnce(url, params, method);
    const { retryable, ...result } = first.status === 0 && first.retryable ? await this.sendOnce(url, params, method) : first;
    void retryable;
    return result;
  }

  private sendOnce(url: string, params: Record<string, string>, method: string): Promise<WebhookResult & { retryable?: boolean }> {
    const started = performance.now();
    const isGet = method === 'GET';
    const query = new URLSearchParams(params).toString();
    const target = isGet ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url;
    const body = isGet ? undefined : Buffer.from(query, 'utf-8');
    const signature = signTwilioRequest(this.authToken, target, isGet ? {} : params);
    const token = randomUUID();
    let reused: boolean | undefined;
    let connectMs: number | undefined;
    return new Promise((resolve) => {
      let parsed: URL;
      try {
        parsed = new URL(target);
      } catch (err) {
        resolve({ status: 0, body: '', error: (err as Error).message });
        return;
      }
      const secure = parsed.protocol === 'https:';
      const req = (secure ? httpsRequest : httpRequest)(
        parsed,
        {
          method,
          agent: secure ? this.httpsAgent : this.httpAgent,
          timeout: this.timeoutMs,
          headers: {
            'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
            ...(body ? { 'content-length': body.length } : {}),
            'user-agent': 'TwilioProxy/1.1',
            'x-twilio-signature': signature,
            'i-twilio-idempotency-token': token,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const ms = performance.now() - started;
            this.latenciesMs.push(ms);
            this.sentAt.push(Date.now() - ms);
            if (ms > 1000) this.slow.push({ at: Date.now() - ms, ms: Math.round(ms), url, token, reused, connectMs });
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf-8') });
          });
          res.on('error', (err) => resolve({ status: 0, body: '', error: err.message }));
        },
      );
      req.on('socket', (socket) => {
        reused = !socket.connecting;
        if (!socket.connecting) {
          this.connections.reused++;
          return;
        }
        this.connections.opened++;
        socket.once('connect', () => this.connections.connectMs.push((connectMs = performance.now() - started)));
      });
      req.once('response', () => this.connections.firstByteMs.push(performance.now() - started));
      let timedOut = false;
      req.on('timeout', () => {
        timedOut = true;
        req.destroy(new Error(`no answer within ${this.timeoutMs} ms`));
      });
      req.on('error', (err) => resolve({ status: 0, body: '', error: err.message, retryable: !timedOut }));
      req.end(body);
    });
  }

  /** Close idle keep-alive connections. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}
