/**
 * The shapes an emulated call is made of: its parameters (from calls.create), its timing knobs,
 * the ground truth it records and the recording it leaves.
 */
import type { CentreSpeaker } from '../centre-voice/types.js';
import type { RecordedUtterance } from './recording.js';

export interface CallTiming {
  /** Speaking rate of the customer's TTS and of the centre, ms per character. @default 220 */
  msPerChar: number;
  /** Silence after speech before a Gather returns its result (speechTimeout=auto). @default 600 */
  endpointingMs: number;
  /** Duration of one DTMF digit including the gap, ms. @default 200 */
  digitMs: number;
  /** Multiplier on `<Pause length>` (tests shorten pauses). @default 1 */
  pauseScale: number;
}

export const DEFAULT_TIMING: CallTiming = { msPerChar: 220, endpointingMs: 600, digitMs: 200, pauseScale: 1 };

export type CallStatus = 'queued' | 'ringing' | 'in-progress' | 'completed' | 'busy' | 'no-answer' | 'failed' | 'canceled';

export interface CallParams {
  to: string;
  from: string;
  url: string;
  method: string;
  statusCallback?: string;
  statusCallbackMethod: string;
  /** initiated / ringing / answered / completed; Twilio sends only "completed" when none are named. */
  statusCallbackEvents: Set<string>;
  record: boolean;
  recordingChannels: 'mono' | 'dual';
  recordingStatusCallback?: string;
  timeoutSec: number;
  machineDetection?: string;
}

export interface GroundTruthUtterance {
  speaker: 'customer' | CentreSpeaker;
  channel: number;
  text: string;
  startAt: number;
  endAt: number;
}

export interface CallGroundTruth {
  callSid: string;
  to: string;
  from: string;
  status: CallStatus;
  createdAt: number;
  answeredAt?: number;
  endedAt?: number;
  events: { type: string; at: number; detail?: Record<string, unknown> }[];
  utterances: GroundTruthUtterance[];
}

export interface RecordingInfo {
  sid: string;
  callSid: string;
  startAt: number;
  durationSec: number;
  channels: number;
  utterances: RecordedUtterance[];
}
