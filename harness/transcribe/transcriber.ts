/**
 * The Transcriber extension point: turns a call recording into timed turns. Errors are data (the
 * contact keeps its provisional transcript and recording, and records why transcription failed).
 */
import type { InteractionError, TranscriptSource, Turn } from '../interaction/types.js';

export interface RecordingInput {
  /** Local file (preferred: the harness downloads recordings before transcribing). */
  path?: string;
  /** The file's bytes when the caller has them in memory already (saves reading the file back). */
  audio?: Buffer;
  /** Or a URL the engine fetches itself. */
  url?: string;
  /** Audio channels in the recording (2 for dual-channel calls). */
  channels: number;
}

/** What each audio channel carries; the centre channel is split into IVR and agent by content. */
export type ChannelRole = 'customer' | 'centre';

export interface TranscribeOptions {
  /** @default ["customer", "centre"] (Twilio dual-channel: our leg first, the called party second) */
  channelRoles?: ChannelRole[];
  /** Added to every time (ms): where the recording starts on the contact's clock. @default 0 */
  offsetMs?: number;
  signal?: AbortSignal;
}

export interface TranscribeResult {
  turns: Turn[];
  source: TranscriptSource;
  error?: InteractionError;
  /** Requests made (retries included). */
  attempts?: number;
  /** With `error`: another try later may succeed (429, 5xx, network). */
  retryable?: boolean;
}

export interface Transcriber {
  readonly name: string;
  transcribe(recording: RecordingInput, opts?: TranscribeOptions): Promise<TranscribeResult>;
}
