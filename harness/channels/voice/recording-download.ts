/**
 * Downloads a call recording (Twilio's media URL) into memory. Plain node:http(s) rather than
 * fetch: at the end of a 1,000-call load run the recordings come in at ~100 per second while other
 * calls are still live, and in the profile of that phase fetch's web-stream machinery (chunk
 * copies, promise hops) was the largest single item of the harness's CPU, which delayed the live
 * calls' webhooks.
 * Behaves as fetch did for this use: follows redirects (Twilio answers media requests with a
 * redirect to its storage) without sending the credentials to another host, and retries transport
 * errors, 429 and 5xx through the retry policy (harness/retry/policy.ts), since a download is idempotent.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { RetryPolicy } from '../../retry/policy.js';

export interface DownloadOptions {
  /** `Authorization` header for the first host (Twilio's Basic auth). */
  authorization?: string;
  /** Per attempt. @default 60000 */
  timeoutMs?: number;
  /** Attempts when no `policy` is given. @default 3 */
  attempts?: number;
  /** The retry policy (transport errors, 429 and 5xx; a download is idempotent). @default RetryPolicy with `attempts` */
  policy?: RetryPolicy;
  /** Told before each retry (for the contact's events). */
  onRetry?: (info: { attempt: number; delayMs: number; failure: { kind: string; status?: number } }) => void;
  /** @default 5 */
  maxRedirects?: number;
}

export class DownloadError extends Error {
  constructor(
    message: string,
    /** HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}

function get(url: URL, headers: Record<string, string>, timeoutMs: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { method: 'GET', headers, timeout: timeoutMs }, resolve);
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end();
  });
}

function readBody(res: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => resolve(Buffer.concat(chunks)));
    res.on('error', reject);
    res.on('aborted', () => reject(new Error('the connection closed before the whole recording arrived')));
  });
}

async function downloadOnce(start: URL, options: DownloadOptions): Promise<Buffer> {
  let url = start;
  const timeoutMs = options.timeoutMs ?? 60_000;
  for (let hop = 0; ; hop++) {
    // Credentials go to the host they were given for, never to the storage a redirect points at.
    const headers: Record<string, string> = options.authorization && url.host === start.host ? { authorization: options.authorization } : {};
    const res = await get(url, headers, timeoutMs);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= (options.maxRedirects ?? 5)) throw new DownloadError(`too many redirects (last to ${res.headers.location})`, status);
      url = new URL(res.headers.location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw new DownloadError(`HTTP ${status}`, status);
    }
    return readBody(res);
  }
}

/** Throws the last cause when every attempt failed. */
export async function downloadRecording(url: string, options: DownloadOptions = {}): Promise<Buffer> {
  const policy = options.policy ?? new RetryPolicy({ maxAttempts: Math.max(1, options.attempts ?? 3) });
  const outcome = await policy.run(() => downloadOnce(new URL(url), options), { onRetry: options.onRetry });
  if (outcome.ok) return outcome.value;
  throw outcome.error;
}
