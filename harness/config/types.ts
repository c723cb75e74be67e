import type { DiallingConfig } from '../safety/types.js';

/**
 * Resolved harness configuration: built from defaults, then the config file
 * (mystery-shopper.config.yaml), then the environment (credentials), then CLI flags.
 */
import type { PiiKind } from '../../reports/privacy/types.js';

export interface BrowserConfig {
  /** @default "/usr/bin/chromium" (Debian's Chromium; no browser downloads) */
  executablePath: string;
  /** @default true */
  headless: boolean;
  /** Extra Chromium flags appended to the required ones. @default [] */
  extraArgs: string[];
}

export interface VoiceConfig {
  /** Calls created per second, never exceeded. @default 1 (Twilio's default CPS) */
  callsPerSecond: number;
  /** Calls in progress at once, never exceeded. @default 10 */
  maxConcurrentCalls: number;
  /** Seconds the phone may ring before we give up (Twilio `timeout`). @default 30 */
  ringTimeoutSec: number;
  /** Ask Twilio for answering-machine detection. @default false */
  machineDetection: boolean;
  /** Caller ID in E.164. @default "+15005550006" (Twilio's test number) */
  from: string;
  twilio: {
    accountSid?: string;
    authToken?: string;
    /** Override of the Twilio REST base URL (the emulator, offline). */
    baseUrl?: string;
  };
  /** Public URL at which Twilio reaches our webhook server (e.g. a tunnel). */
  publicWebhookUrl?: string;
  /** Port of the local webhook server. @default 0 (any free port) */
  webhookPort: number;
  /**
   * Interface the webhook server listens on. Anything but loopback is warned about: a tunnel on
   * this machine is the way to let Twilio in. @default "127.0.0.1"
   */
  listenHost?: string;
}

export interface DeepgramConfig {
  apiKey?: string;
  /** Override of the Deepgram API base URL (the emulator, offline). */
  baseUrl?: string;
  /** @default "nova-3" */
  model: string;
  /** @default "zh-CN" */
  language: string;
}

/**
 * Personal data (GB/T 35273) in reports: phone numbers, 身份证号, bank cards, e-mail, addresses and
 * names in transcripts are masked in every report and the review page; the run folder keeps the raw
 * Interactions, which scoring needs.
 */
export interface PrivacyConfig {
  /** Mask personal data in reports. @default true */
  mask: boolean;
  /** Kinds to mask. @default every kind: phone, id-card, bank-card, email, address, name */
  kinds?: PiiKind[];
  /** Values never masked (e.g. the centre's own switchboard number). @default [] */
  keep?: string[];
}

export interface HarnessConfig {
  /** Base URL of the contact centre's chat site; `{{centre}}` in scenario chat URLs. */
  centre: string;
  /** Directory that holds runs. @default "runs" */
  out: string;
  /** Contacts in progress at once (all channels). @default 4 */
  concurrency: number;
  /** Seed for anything random on our side (persona typing jitter, run ids in tests). @default 1 */
  seed: number;
  browser: BrowserConfig;
  /** Safe dialling of real numbers: allowlist, calling window, caps, cost. @default defaultDialling() */
  dialling?: DiallingConfig;
  voice: VoiceConfig;
  deepgram: DeepgramConfig;
  /** Score each contact as it finishes (needs the rubric). @default true */
  scoreOnFinish: boolean;
  /** Rubric used when a scenario names none. @default "sjt-11739" */
  rubric: string;
  /** Personal data in reports. @default { mask: true } (optional so hand-built configs in tests stay valid) */
  privacy?: PrivacyConfig;
}
