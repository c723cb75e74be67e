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
import { RetryPolicy, type RetryPolicyOptions } from '../retry/policy.js';

export interface DeepgramTranscriberOptions {
  /**
   * The SDK's own retries. Off: harness/retry/policy.ts retries instead (429, 5xx, network, with
   * Retry-After and bounds), one policy rather than two stacked. @default 0
   */
  maxRetries?: number;
  /** Per request. @default 120 */
  timeoutSec?: number;
  /** Retries of each transcription request. @default RetryPolicy defaults: 5 attempts, 60 s in all */
  retry?: RetryPolicyOptions;
}

export function createDeepgramClient(config: DeepgramConfig, options: DeepgramTranscriberOptions = {}): DeepgramClient {
  if (!config.apiKey) throw new Error('createDeepgramClient: DEEPGRAM_API_KEY is not set');
  return new DeepgramClient({
    apiKey: config.apiKey,
    ...(config.baseUrl ? { baseUrl: config.baseUrl.replace(/\/+$/u, '') } : {}),
    maxRetries: options.maxRetries ?? 0,
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
export function describeDeepgramError(err: unknown, attempts = 1): InteractionError {
  const described = describeDeepgramErrorOnce(err);
  return attempts > 1 ? { ...described, message: `${described.message} (after ${attempts} attempts)` } : described;
}

function describeDeepgramErrorOnce(err: unknown): InteractionError {
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
  const policy = new RetryPolicy(options.retry);
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
        const audio = recording.audio ?? (recording.path ? await readFile(recording.path) : undefined);
        // Transcribing a recording is idempotent: every failure worth retrying is retried.
        const outcome = await policy.run(async () => {
          const answer = audio ? await client.listen.v1.media.transcribeFile(audio, request, requestOptions) : await client.listen.v1.media.transcribeUrl({ url: recording.url!, ...request }, requestOptions);
          // The SDK hands back a body it could not parse as it came (a proxy's error page): retry it.
          // (An answer for a callback has a request_id and no results; anything else is not Deepgram's.)
          if (typeof answer !== 'object' || answer === null || !('results' in answer || 'request_id' in answer)) {
            throw new SyntaxError(`Deepgram answered with a body that is not its JSON: ${JSON.stringify(answer)?.slice(0, 80)}`);
          }
          return answer;
        }, { signal: local.signal });
        if (!outcome.ok) {
          // Given up while the failure was of a retryable kind (or the run stopped): a later try may work.
          const retryable = outcome.gaveUp !== 'not-retryable';
          return { turns: [], source: 'deepgram', error: describeDeepgramError(outcome.error, outcome.attempts), attempts: outcome.attempts, retryable };
        }
        const results = (outcome.value as { results?: { utterances?: DgUtterance[] } }).results;
        if (!results) {
          return { turns: [], source: 'deepgram', attempts: outcome.attempts, retryable: false, error: { code: 'E_DEEPGRAM_ASYNC', message: 'Deepgram accepted the request for a callback instead of answering', hint: 'do not set a callback URL for pre-recorded transcription' } };
        }
        return { turns: utterancesToTurns(results.utterances ?? [], roles, opts.offsetMs ?? 0), source: 'deepgram', attempts: outcome.attempts };
      } catch (err) {
        // Reading the recording failed: retrying the engine will not help until the file is back.
        return { turns: [], source: 'deepgram', error: describeDeepgramError(err), attempts: 0, retryable: false };
      } finally {
        opts.signal?.removeEventListener('abort', follow);
      }
    },
  };
}
