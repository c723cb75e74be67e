/**
 * The Twilio emulator: the REST endpoints twilio-node uses for calls and recordings, on 127.0.0.1.
 * Point the real SDK at it with `client.api.baseUrl = emulator.url` (harness/channels/voice/
 * twilio-client.ts does this when `voice.twilio.baseUrl` is set). Calls it creates are played out
 * against the simulated centre's voice side (mocks/centre-voice) by EmulatedCall.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { createVoiceCentre } from '../centre-voice/centre.js';
import type { VoiceCentre } from '../centre-voice/types.js';
import { DEFAULT_TIMING, EmulatedCall, type CallGroundTruth, type CallParams, type CallTiming, type RecordingInfo } from './call.js';
import { TwilioErrors, isE164, type TwilioErrorBody } from './errors.js';
import { recordingWavParts } from './recording.js';
import { makeSid } from './sids.js';
import { WebhookSender } from './webhook-sender.js';

export interface TwilioEmulatorOptions {
  /** @default a random AC… SID */
  accountSid?: string;
  /** @default a random 32-hex token */
  authToken?: string;
  /** @default createVoiceCentre() */
  centre?: VoiceCentre;
  timing?: Partial<CallTiming>;
  /** Destination prefixes without geo permission (error 21215), e.g. ["+882"]. @default [] */
  geoBlockedPrefixes?: string[];
  /** Reject creates beyond this many per second with 429 / 20429 (Twilio queues instead; this is for fault tests). */
  rejectAboveCps?: number;
  /** Fault injection: never send recording status callbacks (as when our webhook was unreachable). */
  dropRecordingCallbacks?: boolean;
  /** @default 0 */
  port?: number;
}

/** Statistics for tests and the benchmark. */
export interface EmulatorStats {
  /** Epoch ms at which each accepted calls.create arrived. */
  createTimes: number[];
  /** Most calls alive (created, not yet ended) at once. */
  maxConcurrent: number;
  webhookLatenciesMs: number[];
  /** Epoch ms each webhook was sent at, same order as the latencies. */
  webhookSentAt: number[];
}

export interface TwilioEmulator {
  url: string;
  accountSid: string;
  authToken: string;
  stats: EmulatorStats;
  calls: Map<string, EmulatedCall>;
  recordings: Map<string, RecordingInfo>;
  groundTruth(callSid: string): CallGroundTruth | undefined;
  /** Creates within any sliding 1 s window above `cps`: must be 0 for a well-behaved client. */
  cpsViolations(cps: number): number;
  /** Resolves when every call created so far has ended and delivered its callbacks. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const API = '/2010-04-01/Accounts/:accountSid';

function fail(res: Response, body: TwilioErrorBody): void {
  res.status(body.status).json(body);
}

function field(body: Record<string, unknown>, name: string): string | undefined {
  const v = body[name];
  return Array.isArray(v) ? String(v[0]) : v === undefined ? undefined : String(v);
}

/** Writes the parts one at a time, waiting for the socket to drain; stops if the client goes. */
async function streamParts(res: Response, parts: Iterable<Buffer>): Promise<void> {
  for (const part of parts) {
    if (res.destroyed) return;
    if (res.write(part)) continue;
    await new Promise<void>((resolve) => {
      const go = () => {
        res.off('drain', go);
        res.off('close', go);
        resolve();
      };
      res.on('drain', go);
      res.on('close', go);
    });
  }
  res.end();
}

function list(body: Record<string, unknown>, name: string): string[] {
  const v = body[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(/[\s,]+/u)).filter(Boolean);
}

export async function startTwilioEmulator(options: TwilioEmulatorOptions = {}): Promise<TwilioEmulator> {
  const accountSid = options.accountSid ?? makeSid('AC');
  const authToken = options.authToken ?? makeSid('SK').slice(2);
  const centre = options.centre ?? createVoiceCentre();
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const sender = new WebhookSender(authToken);
  const calls = new Map<string, EmulatedCall>();
  const recordings = new Map<string, RecordingInfo>();
  const stats: EmulatorStats = { createTimes: [], maxConcurrent: 0, webhookLatenciesMs: sender.latenciesMs, webhookSentAt: sender.sentAt };
  let alive = 0;
  let baseUrl = '';

  const app = express();
  app.disable('x-powered-by');
  // Twilio's API sends no ETag, and hashing every 2 MB recording for one was the emulator's
  // second-largest cost at the end of a 1,000-call run.
  app.set('etag', false);
  app.use(express.urlencoded({ extended: false }));

  // Basic auth with AccountSid:AuthToken, and the path's account must be the caller's.
  app.use('/2010-04-01/Accounts/:accountSid', (req, res, next) => {
    const header = req.header('authorization') ?? '';
    const [user, pass] = Buffer.from(header.replace(/^Basic\s+/iu, ''), 'base64').toString('utf-8').split(':');
    const isMedia = /\/Recordings\/RE[0-9a-f]{32}(\.wav)?$/u.test(req.path);
    // Recording media is public by default on Twilio; credentials, when sent, must still be right.
    if (isMedia && !header) return next();
    if (user !== accountSid || pass !== authToken || req.params.accountSid !== accountSid) return fail(res, TwilioErrors.authenticate());
    next();
  });

  function callJson(call: EmulatedCall) {
    const t = call.truth;
    const uri = `/2010-04-01/Accounts/${accountSid}/Calls/${call.sid}.json`;
    return {
      sid: call.sid,
      account_sid: accountSid,
      parent_call_sid: null,
      to: call.params.to,
      to_formatted: call.params.to,
      from: call.params.from,
      from_formatted: call.params.from,
      status: call.status,
      direction: 'outbound-api',
      api_version: '2010-04-01',
      answered_by: call.params.machineDetection ? 'human' : null,
      date_created: new Date(t.createdAt).toUTCString().replace('GMT', '+0000'),
      date_updated: new Date().toUTCString().replace('GMT', '+0000'),
      start_time: t.answeredAt ? new Date(t.answeredAt).toUTCString().replace('GMT', '+0000') : null,
      end_time: t.endedAt ? new Date(t.endedAt).toUTCString().replace('GMT', '+0000') : null,
      duration: call.isFinal ? String(call.durationSec()) : null,
      price: null,
      price_unit: 'USD',
      queue_time: '0',
      uri,
      subresource_uris: { recordings: uri.replace('.json', '/Recordings.json') },
    };
  }

  function recordingJson(r: RecordingInfo) {
    return {
      sid: r.sid,
      account_sid: accountSid,
      call_sid: r.callSid,
      api_version: '2010-04-01',
      status: 'completed',
      channels: r.channels,
      source: 'OutboundAPI',
      duration: String(Math.round(r.durationSec)),
      start_time: new Date(r.startAt).toUTCString().replace('GMT', '+0000'),
      date_created: new Date(r.startAt).toUTCString().replace('GMT', '+0000'),
      media_url: `${baseUrl}/2010-04-01/Accounts/${accountSid}/Recordings/${r.sid}`,
      uri: `/2010-04-01/Accounts/${accountSid}/Recordings/${r.sid}.json`,
      error_code: null,
    };
  }

  app.post(`${API}/Calls.json`, (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const to = field(body, 'To');
    const from = field(body, 'From');
    const url = field(body, 'Url');
    if (!to) return fail(res, TwilioErrors.missingTo());
    if (!from) return fail(res, TwilioErrors.missingFrom());
    if (!url && !field(body, 'Twiml')) return fail(res, TwilioErrors.missingUrl());
    if (!isE164(to)) return fail(res, TwilioErrors.invalidTo(to));
    if (!isE164(from)) return fail(res, TwilioErrors.invalidFrom(from));
    if (options.geoBlockedPrefixes?.some((p) => to.startsWith(p))) return fail(res, TwilioErrors.geoPermission(to));
    const now = Date.now();
    if (options.rejectAboveCps !== undefined) {
      const recent = stats.createTimes.filter((t) => t > now - 1000).length;
      if (recent >= options.rejectAboveCps) return fail(res, TwilioErrors.tooManyRequests());
    }
    stats.createTimes.push(now);
    const params: CallParams = {
      to,
      from,
      url: url!,
      method: (field(body, 'Method') ?? 'POST').toUpperCase(),
      statusCallback: field(body, 'StatusCallback'),
      statusCallbackMethod: (field(body, 'StatusCallbackMethod') ?? 'POST').toUpperCase(),
      statusCallbackEvents: new Set(list(body, 'StatusCallbackEvent')),
      record: field(body, 'Record') === 'true',
      recordingChannels: field(body, 'RecordingChannels') === 'dual' ? 'dual' : 'mono',
      recordingStatusCallback: field(body, 'RecordingStatusCallback'),
      timeoutSec: Math.min(600, Math.max(5, Number(field(body, 'Timeout') ?? 60))),
      machineDetection: field(body, 'MachineDetection'),
    };
    if (options.dropRecordingCallbacks) params.recordingStatusCallback = undefined;
    const call = new EmulatedCall(params, {
      accountSid,
      baseUrl,
      sender,
      centre,
      timing,
      onEnded: (ended, recording) => {
        alive--;
        if (recording) recordings.set(recording.sid, recording);
        void ended;
      },
    });
    calls.set(call.sid, call);
    alive++;
    stats.maxConcurrent = Math.max(stats.maxConcurrent, alive);
    res.status(201).json(callJson(call));
    call.done = call.run();
  });

  // Call list with Twilio's filters (To, From, Status, StartTime, StartTime>, StartTime<), newest
  // first, one page: resume asks it for calls already placed for a contact before dialling again.
  // The emulator's "start time" for filtering is when the call was created (dialled), as Twilio's.
  app.get(`${API}/Calls.json`, (req, res) => {
    const q = req.query as Record<string, unknown>;
    const text = (name: string) => (typeof q[name] === 'string' ? (q[name] as string) : undefined);
    const time = (name: string) => {
      const v = text(name);
      return v === undefined ? undefined : Date.parse(/^\d{4}-\d{2}-\d{2}$/u.test(v) ? `${v}T00:00:00Z` : v);
    };
    const [to, from, status] = [text('To'), text('From'), text('Status')];
    const [on, after, before] = [time('StartTime'), time('StartTime>'), time('StartTime<')];
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const items = [...calls.values()]
      .filter((c) => (to === undefined || c.params.to === to) && (from === undefined || c.params.from === from) && (status === undefined || c.status === status))
      .filter((c) => (after === undefined || c.truth.createdAt >= after) && (before === undefined || c.truth.createdAt <= before))
      .filter((c) => on === undefined || day(c.truth.createdAt) === day(on))
      .sort((a, b) => b.truth.createdAt - a.truth.createdAt)
      .map(callJson);
    res.json({ calls: items, page: 0, page_size: Math.max(50, items.length), first_page_uri: req.originalUrl, next_page_uri: null, previous_page_uri: null, uri: req.originalUrl, start: 0, end: Math.max(0, items.length - 1) });
  });

  app.get(`${API}/Calls/:sid.json`, (req, res) => {
    const call = calls.get(String(req.params.sid));
    if (!call) return fail(res, TwilioErrors.notFound(`/Calls/${req.params.sid}.json`));
    res.json(callJson(call));
  });

  app.post(`${API}/Calls/:sid.json`, (req, res) => {
    const call = calls.get(String(req.params.sid));
    if (!call) return fail(res, TwilioErrors.notFound(`/Calls/${req.params.sid}.json`));
    const status = field((req.body ?? {}) as Record<string, unknown>, 'Status');
    if (status === 'completed' || status === 'canceled') call.hangUpFromApi();
    else if (field((req.body ?? {}) as Record<string, unknown>, 'Url') && call.isFinal) return fail(res, TwilioErrors.callNotInProgress());
    res.json(callJson(call));
  });

  app.get(`${API}/Calls/:sid/Recordings.json`, (req, res) => {
    const sid = String(req.params.sid);
    const items = [...recordings.values()].filter((r) => r.callSid === sid).map(recordingJson);
    res.json({ recordings: items, page: 0, page_size: 50, first_page_uri: null, next_page_uri: null, previous_page_uri: null, uri: req.originalUrl, start: 0, end: Math.max(0, items.length - 1) });
  });

  app.get(`${API}/Recordings/:file`, (req, res) => {
    const m = /^(RE[0-9a-f]{32})(\.json|\.wav)?$/u.exec(String(req.params.file));
    const recording = m ? recordings.get(m[1]!) : undefined;
    if (!m || !recording) return fail(res, TwilioErrors.notFound(`/Recordings/${req.params.file}`));
    if (m[2] === '.json') return res.json(recordingJson(recording));
    // Media (no extension or .wav): encoded on demand, so idle recordings cost only their timeline,
    // and streamed in small parts as the connection drains (see recordingWavParts).
    const wav = recordingWavParts({ durationSec: recording.durationSec, utterances: recording.utterances });
    res.status(200).type('audio/x-wav').setHeader('content-length', wav.length);
    void streamParts(res, wav.parts);
  });

  app.use((req, res) => fail(res, TwilioErrors.notFound(req.path)));

  const server: Server = await new Promise((resolve) => {
    // Deep accept backlog for bursts of connections (see harness/server/webhook-server.ts).
    const s = app.listen({ port: options.port ?? 0, host: '127.0.0.1', backlog: 4096 }, () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    accountSid,
    authToken,
    stats,
    calls,
    recordings,
    groundTruth: (sid) => calls.get(sid)?.truth,
    cpsViolations(cps) {
      const times = [...stats.createTimes].sort((a, b) => a - b);
      let violations = 0;
      for (let i = cps; i < times.length; i++) if (times[i]! - times[i - cps]! < 1000) violations++;
      return violations;
    },
    async settled() {
      await Promise.all([...calls.values()].map((c) => c.done));
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const call of calls.values()) call.hangUpFromApi();
        sender.close();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
