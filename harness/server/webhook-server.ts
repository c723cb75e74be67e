/**
 * The webhook server Twilio calls during a voice contact: TwiML for the call, Gather results,
 * status callbacks and recording callbacks, on 127.0.0.1 unless told otherwise
 * (config.voice.listenHost, warned about; port config.voice.webhookPort, default 0).
 * Locked down (webhook-guard.ts): every request must be a form POST of at most 64 kB (else 400 /
 * 413), signed by Twilio for the exact URL it was given (publicWebhookUrl + path when set), never
 * seen before, and about a call we placed for that contact — otherwise 403, logged without the
 * token. Each contact registers a handler under its own path, so one server serves every
 * concurrent call.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { isLoopbackHost, listenWarning, WebhookGuard, type RejectionReason, type SecurityLog } from './webhook-guard.js';

export type WebhookKind = 'twiml' | 'gather' | 'status' | 'recording';
export const WEBHOOK_KINDS: readonly WebhookKind[] = ['twiml', 'gather', 'status', 'recording'];

export interface WebhookRequest {
  kind: WebhookKind;
  params: Record<string, string>;
  /** performance.now() when the request arrived (before any of our work). */
  arrivedAt: number;
  path: string;
}

/** One contact's handler: returns TwiML for twiml/gather, anything (ignored) for callbacks. */
export type WebhookHandler = (req: WebhookRequest) => string | void;

export interface WebhookServerOptions {
  authToken: string;
  /** @default 0 */
  port?: number;
  /** Public base URL Twilio reaches us at (a tunnel); signatures are checked against it. */
  publicUrl?: string;
  /** Interface to listen on; anything but loopback is logged as a warning. @default "127.0.0.1" */
  host?: string;
  /** Our account: callbacks naming another AccountSid are refused. @default unchecked */
  accountSid?: string;
  /** Where refusals are logged (the run's redacted pino log). @default nowhere (still counted) */
  log?: SecurityLog;
  /** Largest accepted body. @default "64kb" */
  bodyLimit?: string;
}

export interface WebhookServer {
  /** Base URL given to Twilio (public URL when set, else the local one). */
  readonly baseUrl: string;
  readonly localUrl: string;
  urlFor(contactId: string, kind: WebhookKind): string;
  register(contactId: string, handler: WebhookHandler): void;
  /** The call Twilio created for a contact: only its webhooks are accepted for that contact. */
  bindCall(contactId: string, callSid: string): void;
  unregister(contactId: string): void;
  /** Requests refused so far, by reason. */
  readonly rejected: Readonly<Partial<Record<RejectionReason, number>>>;
  close(): Promise<void>;
}

function flatten(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) out[k] = Array.isArray(v) ? String(v[0]) : String(v);
  return out;
}

export async function startWebhookServer(options: WebhookServerOptions): Promise<WebhookServer> {
  const handlers = new Map<string, WebhookHandler>();
  const host = options.host ?? '127.0.0.1';
  const log: SecurityLog = options.log ?? { warn: () => undefined };
  const guard = new WebhookGuard(options.authToken, log, options.accountSid);
  const publicBase = options.publicUrl?.replace(/\/+$/u, '');
  // A tunnel may publish us under a path (https://host/hooks): requests then arrive with that path.
  const publicOrigin = publicBase ? new URL(publicBase).origin : undefined;
  const prefix = publicBase ? new URL(publicBase).pathname.replace(/\/+$/u, '') : '';
  let localUrl = '';
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  const where = (req: Request) => ({ path: req.path, ip: req.ip });

  app.use((req: Request, res: Response, next: NextFunction) => {
    res.locals.arrivedAt = performance.now();
    // Twilio webhooks are form posts; anything else is not from Twilio.
    if (req.method !== 'POST' || !req.is('application/x-www-form-urlencoded')) {
      guard.reject(400, 'not-a-form-post', where(req));
      return res.status(400).type('text/plain').send('Bad request: Twilio webhooks are form-encoded POSTs.');
    }
    next();
  });
  app.use(express.urlencoded({ extended: false, limit: options.bodyLimit ?? '64kb', parameterLimit: 200 }));

  // The URL Twilio signed: the public one when behind a tunnel, else ours (never the Host header).
  app.use((req: Request, res: Response, next: NextFunction) => {
    const url = (publicOrigin ?? localUrl) + req.originalUrl;
    const verdict = guard.checkSignature(req.get('x-twilio-signature'), url, flatten(req.body), where(req));
    if (!verdict.ok) return res.status(verdict.status).type('text/plain').send('Forbidden.');
    next();
  });

  app.post(`${prefix}/voice/:contactId/:kind`, (req: Request, res: Response) => {
    const kind = String(req.params.kind) as WebhookKind;
    const contactId = String(req.params.contactId);
    if (!WEBHOOK_KINDS.includes(kind)) return res.status(404).type('text/plain').send('Unknown webhook.');
    const handler = handlers.get(contactId);
    const params = flatten(req.body);
    const verdict = guard.checkCall(contactId, Boolean(handler), params, where(req));
    if (!verdict.ok) return res.status(verdict.status).type('text/plain').send('Forbidden.');
    if (!handler) {
      // One of our calls we no longer track (finished): end it politely.
      return kind === 'twiml' || kind === 'gather'
        ? res.type('text/xml').send('<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>')
        : res.status(404).type('text/plain').send('Unknown contact.');
    }
    const twiml = handler({ kind, params, arrivedAt: res.locals.arrivedAt as number, path: req.path });
    if (typeof twiml === 'string') res.type('text/xml').send(twiml);
    else res.status(204).end();
  });

  app.use((_req: Request, res: Response) => res.status(404).type('text/plain').send('Not found.'));
  // Body parser failures: too large → 413, unreadable → 400; never echo the body.
  app.use((err: { type?: string; status?: number }, req: Request, res: Response, _next: NextFunction) => {
    const tooLarge = err.type === 'entity.too.large' || err.status === 413;
    guard.reject(tooLarge ? 413 : 400, tooLarge ? 'too-large' : 'bad-body', where(req));
    res.status(tooLarge ? 413 : 400).type('text/plain').send(tooLarge ? 'Payload too large.' : 'Bad request.');
  });

  const server: Server = await new Promise((resolve) => {
    // A deep accept backlog: a thousand calls open connections in bursts, and with Node's default
    // (511) the kernel drops SYNs whenever the loop is busy, which costs the caller 1–15 s retries.
    const s = app.listen({ port: options.port ?? 0, host, backlog: 4096 }, () => resolve(s));
  });
  // Keep Twilio's connections open across the gaps of a call (a turn or a queue wait can exceed
  // 10 s): at 1,000 calls, every webhook slower than a second was one that needed a new connection.
  // Still bounded, so idle ones do not pile up forever.
  server.keepAliveTimeout = 65_000;
  const port = (server.address() as AddressInfo).port;
  const loopHost = isLoopbackHost(host) ? host : '127.0.0.1';
  localUrl = `http://${loopHost.includes(':') ? `[${loopHost}]` : loopHost}:${port}`;
  const warning = listenWarning(host);
  if (warning) log.warn({ event: 'webhook-listen', host, port }, warning);
  const baseUrl = publicBase ?? localUrl;

  return {
    baseUrl,
    localUrl,
    urlFor: (contactId, kind) => `${baseUrl}/voice/${encodeURIComponent(contactId)}/${kind}`,
    register: (contactId, handler) => void handlers.set(contactId, handler),
    bindCall: (contactId, callSid) => guard.bindCall(contactId, callSid),
    unregister: (contactId) => {
      handlers.delete(contactId);
      guard.forgetContact(contactId);
    },
    rejected: guard.rejected,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
