/**
 * Shared shapes of the widget zoo: the pages it serves, the ground truth the pages report, and the
 * reply plans the scripted centre produces. Written independently of harness/channels/webchat on
 * purpose: the zoo tests that channel, it must not mirror it.
 */

export const ZOO_PAGE_IDS = [
  'plain',
  'iframe',
  'vendor-launcher',
  'nested-iframes',
  'contenteditable',
  'prechat-form',
  'bot-handoff',
  'virtualised',
  'streamed',
  'split-spans',
  'closed-shadow',
  'popup-window',
] as const;
export type ZooPageId = (typeof ZOO_PAGE_IDS)[number];

export function isZooPageId(value: string): value is ZooPageId {
  return (ZOO_PAGE_IDS as readonly string[]).includes(value);
}

/** Structural features a page exercises (for listings, the README and the self-test). */
export type ZooFeature =
  | 'textarea'
  | 'send-button'
  | 'enter-to-send'
  | 'contenteditable'
  | 'cross-origin-iframe'
  | 'nested-iframes'
  | 'launcher'
  | 'popup-window'
  | 'cookie-banner'
  | 'open-shadow-root'
  | 'closed-shadow-root'
  | 'prechat-form'
  | 'bot-first'
  | 'handoff'
  | 'typing-indicator'
  | 'virtualised-list'
  | 'streamed-text'
  | 'split-text-spans'
  | 'sse';

export interface ZooPage {
  id: ZooPageId;
  title: string;
  /** Path on the host origin, e.g. `/zoo/plain`. */
  path: string;
  features: ZooFeature[];
  /** The vendor widget(s) whose DOM structure the page imitates. */
  imitates: string;
}

export type TruthSpeaker = 'bot' | 'agent' | 'system' | 'customer';

/** One message as the page inserted it into its DOM. */
export interface TruthRecord {
  page: ZooPageId;
  /** The `ref` the harness put on the host page URL (its contact id). */
  ref: string;
  speaker: TruthSpeaker;
  /** The full, final text (for a streamed bubble: the text once streaming ended). */
  text: string;
  /** Epoch ms with sub-ms precision: `performance.timeOrigin + performance.now()` in the inserting document. */
  at: number;
}

export type CentreSpeaker = Exclude<TruthSpeaker, 'customer'>;

/** A centre-side message the scripted centre will send, timed from the customer's line (or the chat start). */
export interface PlannedMessage {
  speaker: CentreSpeaker;
  text: string;
  /** When the bubble is inserted, ms after the line that triggered it. */
  atMs: number;
  /** The typing indicator shows for this long just before the bubble (0 = none). */
  typingMs: number;
  /** Present when the bubble's text streams in: inserted with the first chunk, one more every `intervalMs`. */
  stream?: { chunks: string[]; intervalMs: number };
}

export interface ReplyPlan {
  messages: PlannedMessage[];
  /** The centre closes the chat after the last message. */
  ends: boolean;
}
