/**
 * The Deepgram emulator: POST /v1/listen (pre-recorded) on 127.0.0.1, for the real @deepgram/sdk
 * pointed at it with `baseUrl`. Accepts raw audio or a JSON `{url}` (fetched over loopback only),
 * checks `Authorization: Token …` and the query parameters, and answers with Deepgram's response
 * shape built from the timeline the Twilio emulator embeds in its WAV recordings. Errors use
 * Deepgram's bodies (`{err_code, err_msg, request_id}`).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import express, { type Response } from 'express';
import { WavFormatError, WavScanner, type WavInfo } from '../twilio/recording.js';
import type { AsrNoise } from './noise.js';
import { buildListenResponse, type ListenOptions } from './transcript.js';
import { createFaultInjector, type FaultCounter, type FaultOptions } from '../faults/injector.js';

export interface DeepgramEmulatorOptions {
  /** @default "dg-emulator-key" */
  apiKey?: string;
  noise?: AsrNoise;
  /**
   * Fault injection on authenticated /v1/listen requests: 429/500/503 refuse, timeout/reset/
   * malformed spoil the answer after the transcription was done. @default none
   */
  faults?: FaultOptions;
  /** @default 0 */
  port?: number;
}

export interface DeepgramEmulator {
  url: string;
  apiKey: string;
  /** Query strings of every accepted request, for tests. */
  requests: { query: Record<string, string>; bytes: number }[];
  /** What the fault injector did (zeros without `faults`). */
  faults: FaultCounter;
  close(): Promise<void>;
}

const MODELS = new Set(['nova-3', 'nova-3-general', 'nova-2', 'nova-2-general', 'nova', 'enhanced', 'base', 'whisper']);
const BOOLEAN_PARAMS = ['multichannel', 'utterances', 'punctuate', 'smart_format', 'diarize'] as const;

function dgError(res: Response, status: number, errCode: string, errMsg: string): void {
  res.status(status).json({ err_code: errCode, err_msg: errMsg, request_id: randomUUID() });
}

function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** Reads audio to its end: WAV format and timeline, size, SHA-256. Throws WavFormatError (after draining). */
async function scanAudio(source: AsyncIterable<Uint8Array>): Promise<{ wav: WavInfo; bytes: number; sha256: string }> {
  const scanner = new WavScanner();
  const hash = createHash('sha256');
  let bytes = 0;
  let failure: unknown;
  for await (const piece of source) {
    const chunk = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    bytes += chunk.length;
    hash.update(chunk);
    if (failure) continue; // keep reading, so the client gets our answer rather than a reset
    try {
      scanner.push(chunk);
    } catch (err) {
      failure = err;
    }
  }
  if (!bytes) return { wav: { channels: 0, sampleRate: 0, durationSec: 0 }, bytes, sha256: hash.digest('hex') };
  if (failure) throw failure;
  return { wav: scanner.finish(), bytes, sha256: hash.digest('hex') };
}

export async function startDeepgramEmulator(options: DeepgramEmulatorOptions = {}): Promise<DeepgramEmulator> {
  const apiKey = options.apiKey ?? 'dg-emulator-key';
  const requests: DeepgramEmulator['requests'] = [];
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  const injector = createFaultInjector(options.faults ?? { rate: 0 }, (status) =>
    status === 429
      ? { err_code: 'TOO_MANY_REQUESTS', err_msg: 'Too many requests. Please try again later', request_id: randomUUID() }
      : { err_code: status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR', err_msg: 'The service is temporarily unavailable', request_id: randomUUID() },
  );

  app.post(
    '/v1/listen',
    (req, res, next) => {
      const auth = req.header('authorization') ?? '';
      const key = /^(?:Token|Bearer)\s+(.+)$/iu.exec(auth)?.[1];
      if (key !== apiKey) {
        // Drain the upload first, so the client reads our answer rather than a reset.
        req.resume();
        req.on('end', () => dgError(res, 401, 'INVALID_AUTH', 'Invalid credentials.'));
        return;
      }
      if (!options.faults) return next();
      // A refusal is answered once the upload is in (a real server reads the request first too).
      injector.middleware(req, res, next);
      if (res.headersSent || res.writableEnded) req.resume();
    },
    express.json({ limit: '1mb' }),
    async (req, res) => {

      const query: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.query)) query[k] = String(Array.isArray(v) ? v[0] : v);
      for (const name of BOOLEAN_PARAMS) {
        if (query[name] !== undefined && query[name] !== 'true' && query[name] !== 'false') {
          return dgError(res, 400, 'Bad Request', `Invalid value for ${name}: expected true or false, got "${query[name]}"`);
        }
      }
      const model = query.model ?? 'base';
      if (!MODELS.has(model)) return dgError(res, 400, 'Bad Request', `No such model/language/tier combination found: model=${model}`);
      const opts: ListenOptions = {
        model,
        language: query.language ?? 'en',
        multichannel: query.multichannel === 'true',
        utterances: query.utterances === 'true',
        punctuate: query.punctuate === 'true',
        smartFormat: query.smart_format === 'true',
      };

      // Audio is read as it streams in (WavScanner): never a whole upload in memory.
      let source: AsyncIterable<Uint8Array>;
      if (!req.is('json')) {
        source = req;
      } else {
        const raw = (req.body as { url?: unknown } | undefined)?.url;
        let url: URL;
        try {
          url = new URL(String(raw));
        } catch {
          return dgError(res, 400, 'Bad Request', 'Invalid JSON body: expected {"url": "<audio URL>"}');
        }
        // Offline by design: the emulator only fetches from this machine.
        if (!isLoopback(url)) return dgError(res, 400, 'REMOTE_CONTENT_ERROR', `Could not fetch ${url.href}: only loopback URLs are reachable offline`);
        const got = await fetch(url).catch((err: Error) => err);
        if (got instanceof Error || !got.ok || !got.body) {
          return dgError(res, 400, 'REMOTE_CONTENT_ERROR', `Could not fetch ${url.href}: ${got instanceof Error ? got.message : `HTTP ${got.status}`}`);
        }
        source = Readable.fromWeb(got.body as WebReadableStream<Uint8Array>);
      }
      let scanned: { wav: WavInfo; bytes: number; sha256: string };
      try {
        scanned = await scanAudio(source);
      } catch (err) {
        if (err instanceof WavFormatError || err instanceof SyntaxError) {
          return dgError(res, 400, 'Bad Request', 'Bad Request: failed to process audio: corrupt or unsupported data');
        }
        throw err;
      }
      if (!scanned.bytes) return dgError(res, 400, 'Bad Request', 'Bad Request: payload is empty');
      const timeline = scanned.wav.timeline ?? { durationSec: scanned.wav.durationSec, utterances: [] };
      requests.push({ query, bytes: scanned.bytes });
      res.json(buildListenResponse(scanned.sha256, timeline, scanned.wav.channels, opts, options.noise));
    },
  );

  app.use((req, res) => dgError(res, 404, 'NOT_FOUND', `No route for ${req.method} ${req.path}`));

  const server: Server = await new Promise((resolve) => {
    // Deep accept backlog for bursts of connections (see harness/server/webhook-server.ts).
    const s = app.listen({ port: options.port ?? 0, host: '127.0.0.1', backlog: 4096 }, () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    apiKey,
    requests,
    faults: injector.counter,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
