/**
 * The Deepgram emulator: POST /v1/listen (pre-recorded) on 127.0.0.1, for the real @deepgram/sdk
 * pointed at it with `baseUrl`. Accepts raw audio or a JSON `{url}` (fetched over loopback only),
 * checks `Authorization: Token …` and the query parameters, and answers with Deepgram's response
 * shape built from the timeline the Twilio emulator embeds in its WAV recordings. Errors use
 * Deepgram's bodies (`{err_code, err_msg, request_id}`).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express, { type Response } from 'express';
import { readRecordingWav, WavFormatError } from '../twilio/recording.js';
import type { AsrNoise } from './noise.js';
import { buildListenResponse, type ListenOptions } from './transcript.js';

export interface DeepgramEmulatorOptions {
  /** @default "dg-emulator-key" */
  apiKey?: string;
  noise?: AsrNoise;
  /** @default 0 */
  port?: number;
}

export interface DeepgramEmulator {
  url: string;
  apiKey: string;
  /** Query strings of every accepted request, for tests. */
  requests: { query: Record<string, string>; bytes: number }[];
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

export async function startDeepgramEmulator(options: DeepgramEmulatorOptions = {}): Promise<DeepgramEmulator> {
  const apiKey = options.apiKey ?? 'dg-emulator-key';
  const requests: DeepgramEmulator['requests'] = [];
  const app = express();
  app.disable('x-powered-by');

  app.post(
    '/v1/listen',
    express.json({ limit: '1mb' }),
    express.raw({ type: (req) => !String(req.headers['content-type'] ?? '').includes('json'), limit: '512mb' }),
    async (req, res) => {
      const auth = req.header('authorization') ?? '';
      const key = /^(?:Token|Bearer)\s+(.+)$/iu.exec(auth)?.[1];
      if (key !== apiKey) return dgError(res, 401, 'INVALID_AUTH', 'Invalid credentials.');

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

      let audio: Buffer;
      if (Buffer.isBuffer(req.body)) {
        audio = req.body;
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
        if (got instanceof Error || !got.ok) {
          return dgError(res, 400, 'REMOTE_CONTENT_ERROR', `Could not fetch ${url.href}: ${got instanceof Error ? got.message : `HTTP ${got.status}`}`);
        }
        audio = Buffer.from(await got.arrayBuffer());
      }
      if (!audio.length) return dgError(res, 400, 'Bad Request', 'Bad Request: payload is empty');

      try {
        const wav = readRecordingWav(audio);
        const timeline = wav.timeline ?? { durationSec: wav.durationSec, utterances: [] };
        requests.push({ query, bytes: audio.length });
        res.json(buildListenResponse(audio, timeline, wav.channels, opts, options.noise));
      } catch (err) {
        if (err instanceof WavFormatError || err instanceof SyntaxError) {
          return dgError(res, 400, 'Bad Request', 'Bad Request: failed to process audio: corrupt or unsupported data');
        }
        throw err;
      }
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
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
