/**
 * The voice channel: places each contact as a Twilio call (the real twilio SDK; the emulator
 * offline), plays the customer from the webhook server, waits for completion, downloads the
 * dual-channel recording, transcribes it (Deepgram when configured, else the Gather results as a
 * provisional transcript) and returns the Interaction. Concurrent calls and calls per second are
 * capped by two p-queues shared by every contact placed through this channel (see rateLimits).
 * Contact-level failures are data.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import PQueue from 'p-queue';
import type { HarnessConfig } from '../../config/types.js';
import type { InteractionError, Interaction, Turn, TranscriptSource } from '../../interaction/types.js';
import { startWebhookServer, type WebhookServer } from '../../server/webhook-server.js';
import { provisionalTranscript } from '../../transcribe/gather.js';
import { transcriberFor } from '../../transcribe/registry.js';
import type { Transcriber } from '../../transcribe/transcriber.js';
import type { Channel, ContactContext } from '../channel.js';
import { watchPatience } from '../patience.js';
import { CallSession, type RecordingRef } from './call-session.js';
import { buildVoiceInteraction, callOutcome } from './interaction.js';
import { createTwilioClient, twilioCredentials, type TwilioClient, type TwilioCredentials } from './twilio-client.js';
import { describeTwilioError } from './twilio-errors.js';
import { downloadRecording } from './recording-download.js';

export interface VoiceChannelOptions {
  /** Replace the configured transcriber; `null` forces the provisional Gather transcript. */
  transcriber?: Transcriber | null;
  /** How long to wait for the recording callback after the call ends, ms. @default 15000 */
  recordingWaitMs?: number;
  /** Timeout of each Twilio REST request, ms. @default 30000 */
  twilioTimeoutMs?: number;
  /**
   * Recordings downloaded and transcribed at once while no call is in progress. @default 8
   */
  postCallConcurrency?: number;
  /**
   * The same while calls are in progress. Post-call work is bulky (megabytes per call, ~20 ms of
   * our CPU each) and can wait; live calls cannot: their webhooks wait behind it and their timings
   * shift. Measured at 1,000 calls ending at 100 per second, webhook p99 of the calls still live:
   * 120–230 ms with 8 at once, 45–75 ms with 2, ~42 ms with 1. The backlog is worked off at
   * `postCallConcurrency` once the last call has ended. @default 1
   */
  postCallConcurrencyWhileLive?: number;
}

export interface RateLimits {
  /** Calls in progress at once (the call queue's concurrency). */
  concurrentCalls: number;
  /** calls.create slots (the create queue's concurrency). */
  createSlots: number;
  /** How long a slot stays taken after its create request has been answered, ms. */
  slotHoldMs: number;
  /** Least time between two creates being sent, ms (0: none). */
  spacingMs: number;
}

/**
 * Queue settings for a CPS limit. A create slot is held until `slotHoldMs` after Twilio answered
 * the create request. Twilio receives a request before it answers it, so any two creates that
 * share a slot arrive more than a second apart on Twilio's clock, whatever our event loop's lag:
 * at most `createSlots` arrive in any second. (Slots released on a timer from when the request was
 * *sent* can be squeezed together by a stalled event loop.) Fractional CPS holds one slot longer.
 *
 * The slots alone would send a second's creates in one burst (all 100 at once at 100 CPS, and the
 * calls then ring, answer and fetch TwiML in step): `spacingMs` spreads them over the second, as
 * Twilio's own queue dequeues at an even rate. Measured at 1,000 calls, 100 CPS: the bursts were
 * what made webhooks wait hundreds of ms during the ramp-up.
 */
export function rateLimits(callsPerSecond: number, maxConcurrentCalls: number): RateLimits {
  const cps = callsPerSecond > 0 ? callsPerSecond : 1;
  return {
    concurrentCalls: Math.max(1, Math.floor(maxConcurrentCalls)),
    createSlots: cps >= 1 ? Math.floor(cps) : 1,
    slotHoldMs: cps >= 1 ? 1000 : Math.ceil(1000 / cps),
    spacingMs: cps > 1 ? Math.floor(1000 / cps) : 0,
  };
}

interface TranscriptParts {
  turns: Turn[];
  source: TranscriptSource;
  recordingPath?: string;
  error?: InteractionError;
}

function gatherOnly(turns: Turn[], error?: InteractionError): TranscriptParts {
  return error ? { turns, source: 'gather', error } : { turns, source: 'gather' };
}

function wait(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}

export async function createVoiceChannel(config: HarnessConfig, options: VoiceChannelOptions = {}): Promise<Channel> {
  let setupError: InteractionError | undefined;
  let client: TwilioClient | undefined;
  let server: WebhookServer | undefined;
  let creds: TwilioCredentials | undefined;
  try {
    creds = twilioCredentials(config.voice);
    const { authToken } = creds;
    client = createTwilioClient(config.voice, { timeoutMs: options.twilioTimeoutMs });
    server = await startWebhookServer({ authToken, port: config.voice.webhookPort, publicUrl: config.voice.publicWebhookUrl });
  } catch (err) {
    const e = err as Error & { code?: string; hint?: string };
    setupError = { code: e.code ?? 'E_CONFIG', message: e.message, hint: e.hint };
  }
  const transcriber = options.transcriber === undefined ? transcriberFor(config) : (options.transcriber ?? undefined);
  const limits = rateLimits(config.voice.callsPerSecond, config.voice.maxConcurrentCalls);
  const callQueue = new PQueue({ concurrency: limits.concurrentCalls });
  const createQueue = new PQueue({ concurrency: limits.createSlots, ...(limits.spacingMs ? { interval: limits.spacingMs, intervalCap: 1 } : {}) });
  const postCall = { idle: Math.max(1, options.postCallConcurrency ?? 8), live: Math.max(1, options.postCallConcurrencyWhileLive ?? 1) };
  const postCallQueue = new PQueue({ concurrency: postCall.idle });
  // Live calls first: post-call work narrows while any call is placed or in progress.
  callQueue.on('active', () => (postCallQueue.concurrency = Math.min(postCall.live, postCall.idle)));
  callQueue.on('idle', () => (postCallQueue.concurrency = postCall.idle));
  /** One abort listener per run signal (not per contact), so 1,000 calls do not pile them up. */
  const hangUpsBySignal = new WeakMap<AbortSignal, Set<() => void>>();

  function onAbort(signal: AbortSignal, hangUp: () => void): () => void {
    let set = hangUpsBySignal.get(signal);
    if (!set) {
      const fresh = new Set<() => void>();
      hangUpsBySignal.set(signal, fresh);
      signal.addEventListener('abort', () => fresh.forEach((fn) => fn()), { once: true });
      set = fresh;
    }
    set.add(hangUp);
    return () => set.delete(hangUp);
  }

  /** calls.create through a CPS slot; resolves as soon as Twilio answers, the slot lingers on. */
  function createCall(params: Parameters<TwilioClient['calls']['create']>[0]) {
    return new Promise<Awaited<ReturnType<TwilioClient['calls']['create']>>>((resolve, reject) => {
      void createQueue.add(async () => {
        try {
          resolve(await client!.calls.create(params));
        } catch (err) {
          reject(err);
        } finally {
          await wait(limits.slotHoldMs);
        }
      });
    });
  }
  const recordingWaitMs = options.recordingWaitMs ?? 15_000;
  /** Basic auth for recording media, made once rather than per download. */
  const mediaAuthorization = creds ? `Basic ${Buffer.from(`${creds.accountSid}:${creds.authToken}`).toString('base64')}` : undefined;

  async function runCall(ctx: ContactContext, session: CallSession, to: string, from: string): Promise<InteractionError | undefined> {
    const contact = ctx.contactId;
    session.dialing();
    try {
      const call = await createCall({
        to,
        from,
        url: server!.urlFor(contact, 'twiml'),
        method: 'POST',
        statusCallback: server!.urlFor(contact, 'status'),
        statusCallbackMethod: 'POST',
        statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
        record: true,
        recordingChannels: 'dual',
        recordingStatusCallback: server!.urlFor(contact, 'recording'),
        recordingStatusCallbackEvent: ['completed'],
        timeout: config.voice.ringTimeoutSec,
        ...(config.voice.machineDetection ? { machineDetection: 'Enable' } : {}),
      });
      session.callSid = call.sid;
      session.events.push({ type: 'call-created', atMs: session.now(), detail: { callSid: call.sid } });
    } catch (err) {
      session.abandon('failed');
      return describeTwilioError(err);
    }
    const limitMs = config.voice.ringTimeoutSec * 1000 + (ctx.scenario.sla?.handleTimeMs ?? 600_000) + 60_000;
    const hangUp = () => client!.calls(session.callSid!).update({ status: 'completed' }).catch(() => undefined);
    const forgetAbort = onAbort(ctx.signal, () => void hangUp());
    if (ctx.signal.aborted) void hangUp();
    // ── customer patience (h/capacity): no agent heard within patienceMs of the answer → hang up ──
    const patience = watchPatience({
      patienceMs: ctx.patienceMs,
      waitingSince: () => (session.answeredAtMs === undefined ? undefined : session.startedAt + session.answeredAtMs),
      agentJoined: () => session.agentHeardAtMs !== undefined || session.finalStatus !== undefined,
      onExpire: (waitedMs) => {
        session.giveUp(waitedMs);
        void hangUp();
      },
    });
    void session.finished.then(() => patience.stop());
    // ── end customer patience ──
    const timedOut = await Promise.race([session.finished.then(() => false), wait(limitMs).then(() => true)]);
    if (timedOut) {
      await hangUp();
      await Promise.race([session.finished, wait(10_000)]);
      session.abandon('canceled');
    }
    forgetAbort();
    return undefined;
  }

  async function recordingFromApi(session: CallSession): Promise<RecordingRef | undefined> {
    try {
      const list = await client!.calls(session.callSid!).recordings.list({ limit: 5 });
      const r = list.find((x) => x.status === 'completed');
      if (!r) return undefined;
      const base = String(client!.api.baseUrl ?? 'https://api.twilio.com').replace(/\/+$/u, '');
      session.events.push({ type: 'recording-fetched', atMs: session.now(), detail: { sid: r.sid, via: 'api' } });
      return { sid: r.sid, url: `${base}/2010-04-01/Accounts/${r.accountSid}/Recordings/${r.sid}`, channels: r.channels, durationSec: Number(r.duration) };
    } catch {
      return undefined;
    }
  }

  /** Waits for the recording (callback, else the API), then queues its download and transcription. */
  async function collectTranscript(ctx: ContactContext, session: CallSession): Promise<TranscriptParts> {
    const provisional = provisionalTranscript(session.said, session.heard, undefined, session.answeredAtMs ?? 0);
    if (session.answeredAtMs === undefined) return gatherOnly(provisional);
    // The recording callback can be late or lost (our webhook was unreachable): then ask the API.
    const recording = (await Promise.race([session.recordingReady, wait(recordingWaitMs).then(() => undefined)])) ?? (await recordingFromApi(session));
    if (!recording) {
      return gatherOnly(provisional, { code: 'E_RECORDING_MISSING', message: `no recording arrived within ${recordingWaitMs} ms of the call ending`, hint: 'the transcript is the provisional Gather one; check the recording status callback URL' });
    }
    return postCallQueue.add(() => downloadAndTranscribe(ctx, session, recording, provisional));
  }

  async function downloadAndTranscribe(ctx: ContactContext, session: CallSession, recording: RecordingRef, provisional: Turn[]): Promise<TranscriptParts> {
    let recordingPath: string;
    let audio: Buffer;
    try {
      audio = await downloadRecording(`${recording.url}.wav`, { authorization: mediaAuthorization });
      await mkdir(ctx.recordingsDir, { recursive: true });
      recordingPath = join(ctx.recordingsDir, `${ctx.contactId}.wav`);
      await writeFile(recordingPath, audio);
    } catch (err) {
      return gatherOnly(provisional, { code: 'E_RECORDING_DOWNLOAD', message: `could not download recording ${recording.sid}: ${(err as Error).message}`, hint: 'the transcript is the provisional Gather one; the recording stays on Twilio' });
    }
    if (!transcriber) return { ...gatherOnly(provisional), recordingPath };
    const result = await transcriber.transcribe({ path: recordingPath, audio, channels: recording.channels }, { offsetMs: session.answeredAtMs, signal: ctx.signal });
    // A failed transcription keeps the provisional turns and the file: nothing captured is lost.
    if (result.error) return { ...gatherOnly(provisional, result.error), recordingPath };
    return { turns: result.turns, source: result.source, recordingPath };
  }

  return {
    kind: 'voice',
    async place(ctx: ContactContext): Promise<Interaction> {
      const session = new CallSession(ctx.scenario.steps, ctx.vars, server?.urlFor(ctx.contactId, 'gather') ?? '');
      const to = ctx.scenario.target?.phone;
      const from = ctx.scenario.target?.from ?? config.voice.from;
      const early = setupError ?? (to ? undefined : { code: 'E_NO_PHONE', message: `scenario ${ctx.scenario.id} has no number to dial`, hint: 'set target.phone (E.164) in the scenario' });
      if (early) {
        session.abandon('failed');
        return buildVoiceInteraction({ ctx, session, turns: [], transcriptSource: 'gather', ...callOutcome(session, early) });
      }
      server!.register(ctx.contactId, (req) => session.handle(req));
      try {
        const createError = await callQueue.add(() => runCall(ctx, session, to!, from));
        const { outcome, error } = callOutcome(session, createError);
        const transcript = createError ? gatherOnly([]) : await collectTranscript(ctx, session);
        const transcriptError = transcript.error;
        return buildVoiceInteraction({
          ctx,
          session,
          turns: transcript.turns,
          transcriptSource: transcript.source,
          // A contact whose recording could not be fetched or transcribed is failed, with the reason.
          outcome: transcriptError && outcome === 'completed' ? 'failed' : outcome,
          error: error ?? transcriptError,
          recording: transcript.recordingPath,
        });
      } finally {
        server!.unregister(ctx.contactId);
      }
    },
    async close() {
      callQueue.clear();
      createQueue.clear();
      postCallQueue.clear();
      await server?.close().catch(() => undefined);
      server = undefined;
    },
  };
}
