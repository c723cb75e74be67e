/**
 * The Interaction: one contact (a chat or a call) as the simulated customer experienced it.
 * Everything downstream (scorers, sheets, reports) reads only this shape, so it is also the
 * import format of `score --interactions` (one Interaction JSON per line).
 *
 * All `atMs` / `startMs` / `endMs` values are milliseconds since `startedAt` (epoch ms), measured
 * on the caller's side (for web chat: inside the page, see channels/webchat/page-clock.ts).
 */

/**
 * `bot`: an automated chat assistant on the centre's side (the chat's counterpart of the IVR); the
 * human agent who takes over after a hand-off is `agent`.
 */
export type Speaker = 'agent' | 'customer' | 'ivr' | 'bot' | 'system';

export type Outcome = 'completed' | 'no-answer' | 'busy' | 'failed' | 'abandoned';

export type ChannelKind = 'webchat' | 'voice';

export type TranscriptSource = 'chat-dom' | 'deepgram' | 'gather' | 'emulator' | 'import';

export interface Turn {
  speaker: Speaker;
  text: string;
  startMs: number;
  endMs: number;
  /** ASR confidence 0..1 where the transcript comes from speech recognition. */
  confidence?: number;
  /** Audio channel index for dual-channel recordings. */
  audioChannel?: number;
}

/**
 * Well-known event types; channels may add their own (the type stays a string so that imported
 * Interactions from other systems are not rejected).
 */
export type EventType =
  | 'started'
  | 'page-loaded'
  | 'dialed'
  | 'ringing'
  | 'answered'
  | 'ivr-prompt'
  | 'dtmf'
  | 'queued'
  | 'agent-joined'
  | 'hold-start'
  | 'hold-end'
  | 'step'
  | 'webhook'
  | 'status-callback'
  | 'hangup'
  | 'ended'
  | 'error'
  | (string & {});

export interface InteractionEvent {
  type: EventType;
  atMs: number;
  /** Free-form details (step index, webhook path, SIP code …). */
  detail?: Record<string, unknown>;
}

export interface InteractionError {
  /** Stable error code, e.g. `E_WAIT_TIMEOUT`, `E_CENTRE_UNREACHABLE`. */
  code: string;
  message: string;
  /** Index path of the scenario step that failed, e.g. "3" or "5.cases.0.steps.1". */
  step?: string;
  hint?: string;
}

// --- h/retries: transcription status (a failed transcription leaves a provisional transcript) ---
/**
 * How the recording's transcription went. `failed-retryable`: the engine failed in a way worth
 * another try (429, 5xx, network); the turns are the provisional Gather ones, the recording is kept,
 * findings are flagged needsReview, and `transcribe <runDir>` tries again. `failed`: it will not
 * succeed by retrying (bad key, bad audio). Absent when the transcript is final or there was no
 * recording to transcribe.
 */
export interface TranscriptionStatus {
  status: 'failed-retryable' | 'failed' | 'done';
  engine?: string;
  /** Attempts made by the last try. */
  attempts?: number;
  error?: InteractionError;
  /** Epoch ms of the last try. */
  at?: number;
}
// --- end h/retries ---

export interface Interaction {
  schemaVersion: 1;
  contactId: string;
  scenarioId: string;
  runId?: string;
  channel: ChannelKind;
  /** Epoch ms of the contact's time origin (caller side). */
  startedAt: number;
  /** Ms since startedAt when the contact ended. */
  durationMs: number;
  events: InteractionEvent[];
  turns: Turn[];
  outcome: Outcome;
  error?: InteractionError;
  /**
   * For outcome `failed`: whose failure it was. `harness` (a selector never found, the browser
   * crashed, our own timeout or bug) is the tool's problem and is excluded from every sheet;
   * `centre` (the centre's page or line failed) counts against the centre's answer rate.
   * Absent on older or imported Interactions: derived from `error.code` when scoring.
   */
  failedBy?: 'centre' | 'harness';
  recording?: string;
  transcriptSource: TranscriptSource;
  /**
   * Correlation with the centre: the reference the harness passed to the centre (chat URL `ref`
   * parameter / call SID) so that ground-truth logs and centre records can be matched.
   */
  centreRef?: string;
  /** Where the caller-side clock came from: the browser page or the Node process. */
  clock?: 'page' | 'node';
  /** Voice: how transcription went when it did not simply succeed (h/retries). */
  transcription?: TranscriptionStatus;
}
