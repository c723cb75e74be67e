/**
 * The webhook server Twilio calls during a voice contact: TwiML for the call, Gather results,
 * status callbacks and recording callbacks, on 127.0.0.1 (config.voice.webhookPort, default 0).
 * Every request must carry a valid X-Twilio-Signature, checked by twilio's own `webhook()`
 * middleware against the URL Twilio was given (publicWebhookUrl + path when set): unsigned → 400,
 * forged or tampered → 403. Each contact registers a handler under its own path, so one server
 * serves every concurrent call.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import twilio from 'twilio';

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
}

export interface WebhookServer {
  /** Base URL given to Twilio (public URL when set, else the local one). */
  readonly baseUrl: string;
  readonly localUrl: string;
  urlFor(contactId: string, kind: WebhookKind): string;
  register(contactId: string, handler: WebhookHandler): void;
  unregister(contactId: string): void;
  close(): Promise<void>;
}

function flatten(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) out[k] = Array.isArray(v) ? String(v[0]) : String(v);
  return out;
}

export async function startWebhookServer(options: WebhookServerOptions): Promise<WebhookServer> {
  const handlers = new Map<string, WebhookHandler>();
  const publicBase = options.publicUrl?.replace(/\/+$/u, '');
  // A tunnel may publish us under a path (https://host/hooks): requests then arrive with that path.
  const publicOrigin = publicBase ? new URL(publicBase).origin : undefined;
  const prefix = publicBase ? new URL(publicBase).pathname.replace(/\/+$/u, '') : '';
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.use((req: Request, res: Response, next: NextFunction) => {
    res.locals.arrivedAt = performance.now();
    // Twilio webhooks are form posts; anything else is not from Twilio.
    if (req.method !== 'POST' || !req.is('application/x-www-form-urlencoded')) {
      return res.status(400).type('text/plain').send('Bad request: Twilio webhooks are form-encoded POSTs.');
    }
    next();
  });
  app.use(express.urlencoded({ extended: false, limit: '64kb' }));

  // twilio.webhook() per request, so the URL validated is exactly the one Twilio was given.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const validate = publicOrigin
      ? twilio.webhook(options.authToken, { url: publicOrigin + req.originalUrl })
      : twilio.webhook(options.authToken, { protocol: 'http' });
    validate(req, res, next);
  });

  app.post(`${prefix}/voice/:contactId/:kind`, (req: Request, res: Response) => {
    const kind = String(req.params.kind) as WebhookKind;
    const handler = handlers.get(String(req.params.contactId));
    if (!WEBHOOK_KINDS.includes(kind)) return res.status(404).type('text/plain').send('Unknown webhook.');
    if (!handler) {
      // A call we no longer track (finished, or from an earlier run): end it politely.
      return kind === 'twiml' || kind === 'gather'
        ? res.type('text/xml').send('<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>')
        : res.status(404).type('text/plain').send('Unknown contact.');
    }
    const twiml = handler({ kind, params: flatten(req.body), arrivedAt: res.locals.arrivedAt as number, path: req.path });
    if (typeof twiml === 'string') res.type('text/xml').send(twiml);
    else res.status(204).end();
  });

  app.use((_req: Request, res: Response) => res.status(404).type('text/plain').send('Not found.'));

  const server: Server = await new Promise((resolve) => {
    // A deep accept backlog: a thousand calls open connections in bursts, and with Node's default
    // (511) the kernel drops SYNs whenever the loop is busy, which costs the caller 1–15 s retries.
    const s = app.listen({ port: options.port ?? 0, host: '127.0.0.1', backlog: 4096 }, () => resolve(s));
  });
  // Keep Twilio's connections open across the gaps of a call (a turn or a queue wait can exceed
  // 10 s): at 1,000 calls, every webhook slower than a second was one that needed a new connection.
  // Still bounded, so idle ones do not pile up forever.
  server.keepAliveTimeout = 65_000;
  const localUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const baseUrl = publicBase ?? localUrl;

  return {
    baseUrl,
    localUrl,
    urlFor: (contactId, kind) => `${baseUrl}/voice/${encodeURIComponent(contactId)}/${kind}`,
    register: (contactId, handler) => void handlers.set(contactId, handler),
    unregister: (contactId) => void handlers.delete(contactId),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
