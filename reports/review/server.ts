/**
 * The review page: a local web server (127.0.0.1, random port, random token in the URL) where an
 * assessor goes through a run's contacts, listens, overrides item scores with a required reason,
 * fills in the items the tool cannot score, and signs the run off. Everything it writes goes to
 * review.json through ReviewStore (append-only, locked, optimistic concurrency per item).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { buildReportModel, type ReportModel } from '../html/model.js';
import { writeReportPage } from '../html/page.js';
import { loadMaskedRunData, type RunData } from '../html/run-data.js';
import { maskDeep } from '../privacy/mask-data.js';
import type { PrivacyOptions } from '../privacy/types.js';
import { latestOverrides, reviewContact, reviewSummary } from '../review-apply.js';
import type { ReviewFile, ScoreOverride, SignOff } from '../review-types.js';
import { ReviewConflictError, ReviewStore } from './review-store.js';

export interface ReviewServerOptions {
  /** Interface to listen on; only loopback makes sense for a page that writes the run. @default '127.0.0.1' */
  host?: string;
  /** Port; 0 picks a free one. @default 0 */
  port?: number;
  /** The secret in the URL. @default 24 random bytes, base64url */
  token?: string;
  /** Personal-data masking of the page (transcripts, evidence, notes). @default mask every kind */
  privacy?: PrivacyOptions;
}

export interface ReviewServer {
  /** The page's URL, token included. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export class ReviewInputError extends Error {
  readonly code = 'E_REVIEW_INPUT';
  constructor(message: string) {
    super(message);
    this.name = 'ReviewInputError';
  }
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** 401 without a token, 403 with a wrong one: nothing is served otherwise, not even the page. */
function requireToken(token: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = (typeof req.query.token === 'string' ? req.query.token : undefined) ?? req.get('x-review-token');
    if (!given) return void res.status(401).json({ code: 'E_REVIEW_TOKEN', message: 'open the URL printed by `review`, token included' });
    if (!sameSecret(given, token)) return void res.status(403).json({ code: 'E_REVIEW_TOKEN', message: 'wrong token' });
    next();
  };
}

function text(v: unknown, field: string, required = true): string | undefined {
  if (v === undefined || v === null || v === '') {
    if (required) throw new ReviewInputError(`${field} is required`);
    return undefined;
  }
  if (typeof v !== 'string') throw new ReviewInputError(`${field} must be a string`);
  const t = v.trim();
  if (required && !t) throw new ReviewInputError(`${field} is required`);
  return t || undefined;
}

/** The current (reviewed) score of a cell, and its maximum; throws when the cell does not exist. */
function currentCell(data: RunData, contactId: string | undefined, sheetId: string, item: string): { score: number | null; max: number } {
  const overrides = latestOverrides(data.review);
  let sheets;
  if (contactId !== undefined) {
    const c = data.contacts.find((x) => x.contactId === contactId);
    if (!c) throw new ReviewInputError(`no contact ${contactId} in this run`);
    sheets = reviewContact(c, overrides, data.summary.passLine).sheets;
  } else {
    const reviewed = data.contacts.filter((c) => c.sheets.length).map((c) => reviewContact(c, overrides, data.summary.passLine));
    sheets = reviewSummary(data.summary, reviewed, overrides).overall.sheets;
  }
  const it = sheets.find((s) => s.sheetId === sheetId)?.items.find((i) => i.item === item);
  if (!it) throw new ReviewInputError(`no item "${item}" on sheet ${sheetId}${contactId ? ` of ${contactId}` : ''}`);
  return { score: it.score, max: it.max };
}

function viewsAfter(data: RunData, contactId: string | undefined): { run: ReportModel['run']; contact: ReportModel['contacts'][number] | null } {
  const model = buildReportModel(data, { only: new Set(contactId ? [contactId] : []) });
  return { run: model.run, contact: model.contacts[0] ?? null };
}

export async function startReviewServer(runDir: string, opts: ReviewServerOptions = {}): Promise<ReviewServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  // review.json is re-read as reviewers write it: its reasons and notes are masked like the rest of the page
  const { data, mask } = await loadMaskedRunData(runDir, { privacy: opts.privacy });
  const shown = (review: ReviewFile): ReviewFile => maskDeep(review, mask);
  const store = new ReviewStore(runDir);
  const app = express();
  app.disable('x-powered-by');
  // Locked down (h/safety): the token never leaves in a Referer, nothing is cached or framed
  // (sign-off by clickjacking), and this applies to refusals too.
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.set({ 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" });
    next();
  });
  app.use(requireToken(token));
  app.use(express.json({ limit: '64kb' }));

  app.get('/', async (_req, res, next) => {
    try {
      data.review = shown(await store.read()); // another server or reviewer may have written since
      res.type('html');
      await writeReportPage(res, buildReportModel(data), { mode: 'review' });
      res.end();
    } catch (err) {
      next(err);
    }
  });

  // Recordings (and only those), with Range support so the audio element can seek.
  const recordings = path.resolve(runDir, 'recordings');
  app.get('/files/*rel', (req, res) => {
    const rel = ([] as string[]).concat((req.params as { rel: string | string[] }).rel).join('/');
    const abs = path.resolve(runDir, rel);
    if (!abs.startsWith(recordings + path.sep)) return void res.status(404).json({ code: 'E_REVIEW_NOT_FOUND', message: 'only recordings/ is served' });
    res.sendFile(abs, { dotfiles: 'deny' }, (err) => {
      if (err && !res.headersSent) res.status(404).json({ code: 'E_REVIEW_NOT_FOUND', message: `no recording ${rel}` });
    });
  });

  app.post('/api/override', async (req, res, next) => {
    try {
      const b = (req.body ?? {}) as Record<string, unknown>;
      const reviewer = text(b.reviewer, 'reviewer')!;
      const reason = text(b.reason, 'reason (why the score changes)')!;
      const sheetId = text(b.sheetId, 'sheetId')!;
      const item = text(b.item, 'item')!;
      const contactId = text(b.contactId, 'contactId', false);
      if (!(b.new === null || (typeof b.new === 'number' && Number.isFinite(b.new)))) throw new ReviewInputError('new must be a number (or null for not applicable)');
      if (typeof b.revision !== 'number') throw new ReviewInputError('revision (of the item as you saw it) is required');
      data.review = shown(await store.read());
      const cell = currentCell(data, contactId, sheetId, item);
      if (typeof b.new === 'number' && (b.new < 0 || b.new > cell.max)) throw new ReviewInputError(`new must be between 0 and ${cell.max}`);
      const entry: ScoreOverride = { kind: 'override', at: new Date().toISOString(), reviewer, ...(contactId ? { contactId } : {}), sheetId, item, old: cell.score, new: b.new as number | null, reason };
      data.review = shown(await store.append(entry, b.revision));
      res.json({ revision: b.revision + 1, ...viewsAfter(data, contactId) });
    } catch (err) {
      if (err instanceof ReviewConflictError) {
        data.review = shown(await store.read());
        const contactId = typeof req.body?.contactId === 'string' ? req.body.contactId : undefined;
        return void res.status(409).json({ code: err.code, message: err.message, revision: err.revision, latest: err.latest ? maskDeep(err.latest, mask) : null, ...viewsAfter(data, contactId) });
      }
      next(err);
    }
  });

  app.post('/api/signoff', async (req, res, next) => {
    try {
      const b = (req.body ?? {}) as Record<string, unknown>;
      const note = text(b.note, 'note', false);
      const contactId = text(b.contactId, 'contactId', false);
      const entry: SignOff = { kind: 'sign-off', at: new Date().toISOString(), reviewer: text(b.reviewer, 'reviewer')!, ...(contactId ? { contactId } : {}), ...(note ? { note } : {}) };
      data.review = shown(await store.append(entry));
      res.json(viewsAfter(data, contactId));
    } catch (err) {
      next(err);
    }
  });

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const e = err as { code?: string; message?: string; status?: number; type?: string };
    if (err instanceof ReviewInputError) return void res.status(400).json({ code: e.code, message: e.message });
    if (e.type === 'entity.parse.failed') return void res.status(400).json({ code: 'E_REVIEW_INPUT', message: 'the body is not valid JSON' });
    if (e.type === 'entity.too.large') return void res.status(413).json({ code: 'E_REVIEW_INPUT', message: 'the body is over 64 kB' });
    if (e.code === 'E_REVIEW_LOCKED') return void res.status(503).json({ code: e.code, message: e.message });
    res.status(500).json({ code: e.code ?? 'E_REVIEW_INTERNAL', message: e.message ?? String(err) });
  });

  const host = opts.host ?? '127.0.0.1';
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(opts.port ?? 0, host, (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://${host}:${port}/?token=${encodeURIComponent(token)}`,
    token,
    port,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

