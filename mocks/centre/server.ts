/**
 * The simulated contact centre (web-chat side): serves the chat page, queues chats for a fixed
 * number of agents, lets the agent brain answer in the style of a quality profile, and logs the
 * ground truth (JSONL) that the harness's findings are checked against.
 *
 *   GET  /chat?ref=<contact id>[&profile=<name>]   chat page (title 在线客服)
 *   POST /chat/api/sessions                         {ref, profile?} → 201 {sessionId, ref}
 *   GET  /chat/api/sessions/:id/events              SSE: state / msg / end events
 *   POST /chat/api/sessions/:id/messages            {text} → {seq}
 *   POST /chat/api/sessions/:id/end                 customer ends the chat
 *   GET  /healthz  → ok          GET /api/stats → CentreStats
 *   GET  /truth/counts[?channel=webchat|voice]      TruthCounts (+ capacity) from the contact ledger
 *   GET  /truth/contacts[?channel=webchat|voice]    ContactTruth[] (one per contact offered)
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AgentPool, makeRoster } from './agent-pool.js';
import { capacityOf, handleTimeFor, scaledSec, validateCapacity, type CentreCapacity, type ChatCapacityOptions, type HandleTimeOptions } from './capacity.js';
import { ContactLedger, type LedgerChannel } from './contact-ledger.js';
import { chatPageHtml } from './chat-page.js';
import { ChatSession } from './chat-session.js';
import { GroundTruthWriter } from './ground-truth.js';
import { seedFor } from './prng.js';
import { chooseProfile, isProfileName, PROFILE_NAMES, type ProfileName } from './profiles.js';

export interface CentreOptions {
  /** @default 0 (a free port; always bound on 127.0.0.1) */
  port?: number;
  /** Profile choice and agent behaviour are deterministic from seed + ref. @default 1 */
  seed?: number;
  /** Simulated agents; more sessions than agents wait in a FIFO queue. @default 4 */
  agents?: number;
  /** JSONL file the ground truth is appended to (created with its directory when missing). */
  groundTruthPath: string;
  /** Force one quality profile for every session (tests); `?profile=` on a chat URL still wins. */
  profile?: ProfileName;
  /** Weights for the seeded profile choice. @default exemplary-heavy mix incl. every defect profile */
  profileWeights?: Partial<Record<ProfileName, number>>;
  /** Multiply every simulated delay (typing, thinking, queue) by this. @default 1; tests use ~0.02-0.1 */
  timeScale?: number;
  /**
   * Customer silence after which the centre ends a chat, in real ms: NOT multiplied by timeScale,
   * because the customer's side (typing, pauses) runs in real time. 0 or Infinity: never. @default 120000
   */
  idleTimeoutMs?: number;
  /** Agent wrap-up between two contacts (unscaled ms). @default 3000 */
  wrapUpMs?: number;
  /**
   * Base URL of the widget zoo (mocks/widget-zoo). When set, `GET /zoo[/…]` redirects there, so
   * scenarios written as `{{centre}}/zoo/<page>` run against the lab. @default none (404)
   */
  zooUrl?: string;
  /**
   * Chat capacity: agents N (overrides `agents`), chats per agent K, queue capacity, longest queue
   * wait (then "all agents busy" and the chat ends). @default 4 agents × 1 chat, unbounded queue
   */
  chat?: ChatCapacityOptions;
  /** Agents close each chat after this handle time (centre ms × timeScale, seeded spread). @default conversation-driven */
  handleTime?: HandleTimeOptions;
  /**
   * The per-contact truth to record into (share one with the voice side: mocks/lab/lab.ts does).
   * @default a ledger of its own
   */
  ledger?: ContactLedger;
  /** Reported by `capacity()` and `/truth/counts` for the voice side sharing the ledger. @default none (Infinity) */
  voiceCapacity?: { lines?: number; agents?: number; maxQueueWaitSec?: number };
  /**
   * Instrumentation (the chat bench): called for every chat message pushed to a page once its bytes
   * were handed to the OS, with the ms since its ground-truth stamp. @default none
   */
  onMessageWritten?: (stampToWrittenMs: number) => void;
}

export interface CentreStats {
  sessions: { total: number; connecting: number; queued: number; active: number; ended: number };
  agents: { total: number; busy: number; free: number };
  /** Sessions ever placed in the queue. */
  queuedEver: number;
}

export interface RunningCentre {
  url: string;
  groundTruthPath: string;
  close(): Promise<void>;
  stats(): CentreStats;
  /** The per-contact truth: `counts(channel?)`, `contacts(channel?)`. */
  ledger: ContactLedger;
  /** True capacity from the configuration (N×K chats, min(lines, agents) calls) and real-time knobs. */
  capacity(): CentreCapacity;
}

/** Sessions created but never connected (page closed before the stream opened) are dropped. */
const UNATTACHED_TTL_MS = 60_000;
const HEARTBEAT_MS = 15_000;
const MAX_BODY_BYTES = 64 * 1024;

export async function startCentre(opts: CentreOptions): Promise<RunningCentre> {
  const seed = opts.seed ?? 1;
  const timeScale = opts.timeScale ?? 1;
  if (!(timeScale > 0)) throw new Error(`startCentre: timeScale must be > 0 (got ${timeScale})`);
  const agentCount = opts.chat?.agents ?? opts.agents ?? 4;
  if (!Number.isInteger(agentCount) || agentCount < 1) throw new Error(`startCentre: agents must be a positive integer (got ${agentCount})`);
  if (opts.profile !== undefined && !isProfileName(opts.profile)) throw new Error(`startCentre: unknown profile "${opts.profile}"`);
  validateCapacity('startCentre', { chat: opts.chat, handleTime: opts.handleTime });

  const writer = new GroundTruthWriter(opts.groundTruthPath);
  const ledger = opts.ledger ?? new ContactLedger();
  ledger.addWriter(writer);
  const capacity = (): CentreCapacity =>
    capacityOf({ chat: { ...opts.chat, agents: agentCount }, voice: opts.voiceCapacity, handleTime: opts.handleTime, timeScale, wrapUpMs: opts.wrapUpMs });
  const pool = new AgentPool(makeRoster(agentCount), Math.round((opts.wrapUpMs ?? 3_000) * timeScale), {
    slotsPerAgent: opts.chat?.chatsPerAgent ?? 1,
    queueCapacity: opts.chat?.queueCapacity ?? Number.POSITIVE_INFINITY,
    maxQueueWaitMs: scaledSec(opts.chat?.maxQueueWaitSec, timeScale),
  });
  const sessions = new Map<string, ChatSession>();
  const counts = { total: 0, ended: 0, queuedEver: 0 };

  function createSession(ref: string, requested: string | undefined): ChatSession | string {
    if (requested !== undefined && requested !== '' && !isProfileName(requested)) {
      return `unknown profile "${requested}"; use one of ${PROFILE_NAMES.join(', ')}`;
    }
    const profile: ProfileName = requested ? (requested as ProfileName) : (opts.profile ?? chooseProfile(seed, ref, opts.profileWeights));
    const id = randomUUID();
    const session = new ChatSession(id, ref, profile, {
      pool,
      writer,
      timeScale,
      idleTimeoutMs: opts.idleTimeoutMs ?? 120_000,
      brainSeed: seedFor(seed, ref, 'brain'),
      ledger,
      handleTimeMs: handleTimeFor(opts.handleTime, seed, ref, timeScale),
      ...(opts.onMessageWritten ? { onMessageWritten: opts.onMessageWritten } : {}),
      onEnded: () => {
        counts.ended++;
        // Keep it a little so late POSTs get 409 rather than 404, then forget it.
        setTimeout(() => sessions.delete(id), 30_000).unref();
      },
    });
    sessions.set(id, session);
    counts.total++;
    setTimeout(() => {
      if (!session.attached && session.state === 'connecting') {
        sessions.delete(id);
        counts.total--;
      }
    }, UNATTACHED_TTL_MS).unref();
    return session;
  }

  const stats = (): CentreStats => {
    const byState = { connecting: 0, queued: 0, active: 0 };
    for (const s of sessions.values()) {
      if (s.state === 'connecting') byState.connecting++;
      else if (s.state === 'queued') byState.queued++;
      else if (s.state === 'chatting') byState.active++;
    }
    const p = pool.stats();
    return {
      sessions: { total: counts.total, ...byState, ended: counts.ended },
      agents: { total: p.agents, busy: p.busy, free: p.free },
      queuedEver: counts.queuedEver,
    };
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/healthz') return text(res, 200, 'ok');
    if (req.method === 'GET' && opts.zooUrl && (path === '/zoo' || path.startsWith('/zoo/'))) {
      res.writeHead(302, { location: `${opts.zooUrl}${path}${url.search}`, 'cache-control': 'no-store' });
      res.end();
      return;
    }
    if (req.method === 'GET' && path === '/api/stats') return json(res, 200, stats());
    if (req.method === 'GET' && (path === '/truth/counts' || path === '/truth/contacts')) {
      const raw = url.searchParams.get('channel');
      if (raw !== null && raw !== 'webchat' && raw !== 'voice') return json(res, 400, { code: 'E_CHANNEL', message: `channel must be webchat or voice (got "${raw}")` });
      const channel = (raw ?? undefined) as LedgerChannel | undefined;
      if (path === '/truth/contacts') return json(res, 200, ledger.contacts(channel));
      return json(res, 200, { ...ledger.counts(channel), channel: channel ?? 'all', capacity: capacity() }); // JSON writes an unbounded (Infinity) capacity as null
    }
    if (req.method === 'GET' && (path === '/chat' || path === '/chat/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(chatPageHtml());
      return;
    }
    if (req.method === 'POST' && path === '/chat/api/sessions') {
      const body = await readJson(req);
      const ref = typeof body.ref === 'string' && body.ref ? body.ref : `anon-${randomUUID().slice(0, 8)}`;
      const created = createSession(ref, typeof body.profile === 'string' ? body.profile : undefined);
      if (typeof created === 'string') return json(res, 400, { code: 'E_PROFILE', message: created });
      return json(res, 201, { sessionId: created.id, ref });
    }
    const m = /^\/chat\/api\/sessions\/([\w-]+)\/(events|messages|end)$/u.exec(path);
    if (m) {
      const session = sessions.get(m[1]!);
      const action = m[2]!;
      if (action === 'events' && req.method === 'GET') {
        // 204 tells EventSource not to reconnect (unknown, ended or already streaming).
        if (!session || session.state === 'ended' || session.attached) return text(res, 204, '');
        session.attach(res);
        if (session.state === 'queued') counts.queuedEver++;
        return;
      }
      if (req.method !== 'POST') return json(res, 405, { code: 'E_METHOD', message: `${req.method} not allowed here` });
      if (!session) return json(res, 404, { code: 'E_NO_SESSION', message: `no session ${m[1]}` });
      if (action === 'messages') {
        const body = await readJson(req);
        const msg = typeof body.text === 'string' ? body.text.trim() : '';
        if (!msg) return json(res, 400, { code: 'E_EMPTY', message: 'text must be a non-empty string' });
        const seq = session.customerMessage(msg);
        if (seq === null) return json(res, 409, { code: 'E_ENDED', message: 'the session has ended' });
        return json(res, 200, { seq });
      }
      session.end('customer');
      return json(res, 200, { ended: true });
    }
    return json(res, 404, { code: 'E_NOT_FOUND', message: `${req.method} ${path}` });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      if (!res.headersSent) json(res, err instanceof BadRequest ? 400 : 500, { code: err instanceof BadRequest ? 'E_BAD_REQUEST' : 'E_INTERNAL', message: err.message });
      else res.end();
    });
  });
  server.keepAliveTimeout = 30_000;
  const heartbeat = setInterval(() => {
    for (const s of sessions.values()) s.heartbeat();
  }, HEARTBEAT_MS);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | null = null;

  return {
    url: `http://127.0.0.1:${port}`,
    groundTruthPath: opts.groundTruthPath,
    stats,
    ledger,
    capacity,
    close() {
      closing ??= (async () => {
        clearInterval(heartbeat);
        pool.close();
        for (const s of sessions.values()) s.end('disconnect');
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await writer.flush();
      })();
      return closing;
    },
  };
}

class BadRequest extends Error {}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('request body too large');
    chunks.push(chunk);
  }
  if (!size) return {};
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    throw new BadRequest('body is not JSON');
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
}
