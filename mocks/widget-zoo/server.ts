/**
 * The widget zoo: chat widgets built like the vendors' (launchers, cross-origin iframes, shadow
 * roots, contenteditable composers, bots handing over to humans, streamed and virtualised
 * messages), each with a scripted centre and ground truth reported by the page itself.
 *
 * Two servers on 127.0.0.1, so that a chat iframe is really cross-origin:
 *   host origin   (`url`)           GET /zoo, /zoo/<pageId>?ref=…   POST /zoo/api/truth
 *   widget origin (`widgetOrigin`)  GET /zoo-frame/<pageId>[/<part>]?ref=…
 * Both serve the chat API for the documents loaded from them:
 *   POST /zoo/api/start {page, ref} → {conversationId}   GET /zoo/api/events/<id> (SSE)
 *   POST /zoo/api/say {conversationId, text}             POST /zoo/api/end {conversationId}
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CATALOG, findPage } from './catalog.js';
import type { RenderContext } from './pages/common.js';
import { SessionRegistry } from './sessions.js';
import { parseTruthReport, TruthRejected, TruthStore } from './truth.js';
import { isZooPageId, type TruthRecord, type ZooPage } from './types.js';

export interface WidgetZooOptions {
  /** Append every truth record to this JSONL file (directory created when missing). @default none (memory only) */
  truthLog?: string;
  /** Port of the host origin. @default 0 (a free port) */
  port?: number;
  /** Port of the widget origin. @default 0 (a free port) */
  widgetPort?: number;
  /**
   * Host name in the widget origin's URLs. The default keeps both origins on 127.0.0.1: cross-origin
   * but the same *site* (ports do not count), so Chromium keeps the chat iframe in the shop page's
   * renderer process. `localhost` (also served from 127.0.0.1) makes the iframe cross-site, as a
   * vendor's widget (salesforce.com in a shop's page) is: then site isolation gives it a renderer of
   * its own (an out-of-process iframe), which is what real runs pay for. @default "127.0.0.1"
   */
  widgetHost?: string;
}

export interface WidgetZoo {
  /** Host origin, e.g. http://127.0.0.1:PORT; pages are at `${url}/zoo/<pageId>`. */
  url: string;
  /** A second origin the chat iframes are loaded from. */
  widgetOrigin: string;
  pages: ZooPage[];
  /** Every message the pages of contact `ref` inserted, in insertion order. */
  truth(ref: string): TruthRecord[];
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;

class BadRequest extends Error {
  readonly code = 'E_BAD_REQUEST';
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadRequest(`body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new BadRequest('body is not JSON');
  }
}

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}
const json = (res: ServerResponse, status: number, body: unknown, extra?: Record<string, string>) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), extra);
const html = (res: ServerResponse, body: string) => send(res, 200, 'text/html; charset=utf-8', body);

function indexPage(pages: ZooPage[], base: string): string {
  const rows = pages
    .map((p) => `<li><a href="${base}${p.path}?ref=manual-${p.id}">${p.id}</a> — ${p.title}<br><small>${p.imitates}; ${p.features.join(', ')}</small></li>`)
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Widget zoo</title></head><body><h1>Widget zoo</h1><ul>${rows}</ul></body></html>`;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startWidgetZoo(options: WidgetZooOptions = {}): Promise<WidgetZoo> {
  const store = new TruthStore(options.truthLog);
  const sessions = new SessionRegistry();
  const pages: ZooPage[] = CATALOG.map(({ render: _render, ...page }) => page);
  const hostServer = createServer();
  const widgetServer = createServer();
  const hostPort = await listen(hostServer, options.port ?? 0);
  const widgetPort = await listen(widgetServer, options.widgetPort ?? 0);
  const ctx: RenderContext = {
    hostOrigin: `http://127.0.0.1:${hostPort}`,
    widgetOrigin: `http://${options.widgetHost ?? '127.0.0.1'}:${widgetPort}`,
    truthUrl: `http://127.0.0.1:${hostPort}/zoo/api/truth`,
  };

  /** The chat API, served on both origins (each chat document talks to its own origin). */
  async function chatApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method === 'POST' && path === '/zoo/api/start') {
      const body = (await readBody(req)) as Record<string, unknown>;
      const page = typeof body.page === 'string' ? body.page : '';
      if (!isZooPageId(page)) return json(res, 400, { code: 'E_PAGE', message: `unknown page "${page}"` });
      const session = sessions.create(page, typeof body.ref === 'string' ? body.ref : '');
      return json(res, 201, { conversationId: session.id });
    }
    const events = /^\/zoo\/api\/events\/([\w-]+)$/u.exec(path);
    if (req.method === 'GET' && events) {
      const session = sessions.get(events[1]!);
      // 204 stops EventSource from reconnecting (unknown, already streamed, or closed).
      if (!session?.canAttach) return send(res, 204, 'text/plain', '');
      return session.attach(res);
    }
    if (req.method === 'POST' && (path === '/zoo/api/say' || path === '/zoo/api/end')) {
      const body = (await readBody(req)) as Record<string, unknown>;
      const session = sessions.get(typeof body.conversationId === 'string' ? body.conversationId : '');
      if (!session) return json(res, 404, { code: 'E_NO_SESSION', message: 'unknown conversationId' });
      if (path === '/zoo/api/end') return json(res, 200, { ended: session.customerEnd() });
      const text = typeof body.text === 'string' ? body.text.trim() : '';
      if (!text) return json(res, 400, { code: 'E_EMPTY', message: 'text must be a non-empty string' });
      if (!session.customerLine(text)) return json(res, 409, { code: 'E_ENDED', message: 'the chat has ended' });
      return json(res, 200, { accepted: true });
    }
    json(res, 404, { code: 'E_NOT_FOUND', message: `${req.method} ${path}` });
  }

  function framePage(res: ServerResponse, path: string): boolean {
    const m = /^\/zoo-frame\/([\w-]+)(?:\/([\w-]+))?$/u.exec(path);
    const frame = m ? findPage(m[1]!)?.render.frames?.[m[2] ?? ''] : undefined;
    if (!frame) return false;
    html(res, frame(ctx));
    return true;
  }

  async function handleHost(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', ctx.hostOrigin).pathname.replace(/\/$/u, '') || '/';
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' };
    if (path === '/zoo/api/truth' && req.method === 'OPTIONS') return send(res, 204, 'text/plain', '', cors);
    if (path === '/zoo/api/truth' && req.method === 'POST') {
      const { record, seq } = parseTruthReport(await readBody(req));
      store.add(record, seq);
      return json(res, 201, { ok: true }, cors);
    }
    if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');
    if (req.method === 'GET' && (path === '/' || path === '/zoo')) return html(res, indexPage(pages, ctx.hostOrigin));
    const page = /^\/zoo\/([\w-]+)$/u.exec(path);
    const entry = page && req.method === 'GET' ? findPage(page[1]!) : undefined;
    if (entry) return html(res, entry.render.host(ctx));
    if (path.startsWith('/zoo/api/')) return chatApi(req, res, path);
    if (req.method === 'GET' && framePage(res, path)) return;
    json(res, 404, { code: 'E_NOT_FOUND', message: `${req.method} ${path}` });
  }

  async function handleWidget(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', ctx.widgetOrigin).pathname.replace(/\/$/u, '') || '/';
    if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');
    if (path === '/zoo/api/truth') return json(res, 404, { code: 'E_NOT_FOUND', message: 'truth is reported to the host origin, not the widget origin' });
    if (path.startsWith('/zoo/api/')) return chatApi(req, res, path);
    if (req.method === 'GET' && framePage(res, path)) return;
    json(res, 404, { code: 'E_NOT_FOUND', message: `${req.method} ${path} (widget origin serves /zoo-frame/… and the chat API)` });
  }

  const guard = (handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) => (req: IncomingMessage, res: ServerResponse) => {
    handler(req, res).catch((err: Error) => {
      const client = err instanceof BadRequest || err instanceof TruthRejected;
      if (!res.headersSent) json(res, client ? 400 : 500, { code: client ? (err as BadRequest).code : 'E_INTERNAL', message: err.message });
      else res.end();
    });
  };
  hostServer.on('request', guard(handleHost));
  widgetServer.on('request', guard(handleWidget));

  let closing: Promise<void> | null = null;
  const stop = (server: Server) =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return {
    url: ctx.hostOrigin,
    widgetOrigin: ctx.widgetOrigin,
    pages,
    truth: (ref) => store.truth(ref),
    close() {
      closing ??= (async () => {
        sessions.closeAll();
        await Promise.all([stop(hostServer), stop(widgetServer)]);
        await store.flush();
      })();
      return closing;
    },
  };
}
