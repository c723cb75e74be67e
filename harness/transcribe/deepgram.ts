/**
 * Deepgram (pre-recorded, @deepgram/sdk v5) as a Transcriber: nova-3, zh-CN, multichannel,
 * utterances, punctuate, smart_format. Each utterance becomes a turn; its channel gives the speaker
 * (customer, or the centre split into IVR / agent), and its start/end give turn times, so overlaps
 * (抢话) and silences can be scored. Pointed at the emulator when `deepgram.baseUrl` is set.
 */
import { readFile } from 'node:fs/promises';
import { DeepgramClient, DeepgramError, DeepgramTimeoutError } from '@deepgram/sdk';
import type { DeepgramConfig } from '../config/types.js';
import type { InteractionError, Turn } from '../interaction/types.js';
import { createCentreSpeakerClassifier, tidyTranscript } from './centre-speaker.js';
import type { ChannelRole, RecordingInput, TranscribeOptions, TranscribeResult, Transcriber } from './transcriber.js';

export interface DeepgramTranscriberOptions {
  /** SDK retries on 5xx / timeouts. @default 2 */
  maxRetries?: number;
  /** @default 120 */
  timeoutSec?: number;
}

export function createDeepgramClient(config: DeepgramConfig, options: DeepgramTranscriberOptions = {}): DeepgramClient {
  if (!config.apiKey) throw new Error('createDeepgramClient: DEEPGRAM_API_KEY is not set');
  return new DeepgramClient({
    apiKey: config.apiKey,
    ...(config.baseUrl ? { baseUrl: config.baseUrl.replace(/\/+$/u, '') } : {}),
    maxRetries: options.maxRetries ?? 2,
    timeoutInSeconds: options.timeoutSec ?? 120,
  });
}

interface DgUtterance {
  start?: number;
  end?: number;
  confidence?: number;
  channel?: number;
  transcript?: string;
}

/** Deepgram utterances (seconds, per channel) → turns on the contact's clock. */
export function utterancesToTurns(utterances: DgUtterance[], roles: ChannelRole[], offsetMs: number): Turn[] {
  const classify = createCentreSpeakerClassifier();
  return [...utterances]
    .filter((u) => u.transcript?.trim())
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0))
    .map((u) => {
      const channel = u.channel ?? 0;
      const text = tidyTranscript(u.transcript!);
      const role = roles[channel] ?? 'centre';
      const turn: Turn = {
        speaker: role === 'customer' ? 'customer' : classify(text),
        text,
        startMs: Math.round(offsetMs + (u.start ?? 0) * 1000),
        endMs: Math.round(offsetMs + (u.end ?? 0) * 1000),
        audioChannel: channel,
      };
      if (u.confidence !== undefined) turn.confidence = u.confidence;
      return turn;
    });
}

/** A Deepgram failure as contact-level error data, with what to do about it. */
export function describeDeepgramError(err: unknown): InteractionError {
  const statusCode = err instanceof DeepgramError ? err.statusCode : undefined;
  // Without a status code the request never got an answer; the SDK reports some timeouts this way too.
  if (err instanceof DeepgramTimeoutError || (err instanceof Error && !statusCode && /time ?out/iu.test(err.message))) {
    return { code: 'E_TRANSCRIBE_TIMEOUT', message: `Deepgram did not answer in time: ${err.message}`, hint: 'retry later; the recording is kept and can be transcribed again' };
  }
  if (err instanceof DeepgramError && statusCode) {
    const body = err.body as { err_code?: string; err_msg?: string } | undefined;
    const detail = body?.err_msg ? `${body.err_code ?? 'error'}: ${body.err_msg}` : err.message;
    const status = statusCode;
    const hint =
      status === 401 || status === 403
        ? 'check DEEPGRAM_API_KEY (Deepgram console → API keys)'
        : status === 402
          ? 'the Deepgram project is out of credit'
          : status === 429
            ? 'Deepgram rate limit: lower voice concurrency or retry later'
            : status >= 500
              ? 'Deepgram had a server error; the recording is kept, transcribe it again later'
              : 'check the recording file and the model/language options';
    return { code: `E_DEEPGRAM_${status}`, message: `Deepgram transcription failed (HTTP ${status}): ${detail}`, hint };
  }
  return { code: 'E_TRANSCRIBE', message: `Deepgram transcription failed: ${(err as Error).message}`, hint: 'check the network and the Deepgram base URL' };
}

export function createDeepgramTranscriber(config: DeepgramConfig, options: DeepgramTranscriberOptions = {}): Transcriber {
  const client = createDeepgramClient(config, options);
  const request = {
    model: config.model,
    language: config.language,
    multichannel: true,
    utterances: true,
    punctuate: true,
    smart_format: true,
  };
  return {
    name: 'deepgram',
    async transcribe(recording: RecordingInput, opts: TranscribeOptions = {}): Promise<TranscribeResult> {
      const roles = opts.channelRoles ?? ['customer', 'centre'];
      // The SDK adds an abort listener per request and never removes it: give it a signal of its
      // own (following the run's), so a run of a thousand calls does not pile listeners on one.
      const local = new AbortController();
      const follow = () => local.abort(opts.signal?.reason);
      if (opts.signal?.aborted) follow();
      else opts.signal?.addEventListener('abort', follow, { once: true });
      try {
        const requestOptions = opts.signal ? { abortSignal: local.signal } : undefined;
        const response = recording.audio || recording.path
          ? await client.listen.v1.media.transcribeFile(recording.audio ?? (await readFile(recording.path!)), request, requestOptions)
          : await client.listen.v1.media.transcribeUrl({ url: recording.url!, ...request }, requestOptions);
        const results = (response as { results?: { utterances?: DgUtterance[] } }).results;
        if (!results) {
          return { turns: [], source: 'deepgram', error: { code: 'E_DEEPGRAM_ASYNC', message: 'Deepgram accepted the request for a callback instead of answering', hint: 'do not set a callback URL for pre-recorded transcription' } };
        }
        return { turns: utterancesToTurns(results.utterances ?? [], roles, opts.offsetMs ?? 0), source: 'deepgram' };
      } catch (err) {
        return { turns: [], source: 'deepgram', error: describeDeepgramError(err) };
      } finally {
        opts.signal?.removeEventListener('abort', follow);
      }
    },
  };
}
