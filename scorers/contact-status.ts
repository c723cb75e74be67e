/**
 * Which contacts are judged as service at all. A contact that never reached an agent (no answer,
 * busy, abandoned in the queue, or no agent turn at all) is N/A on every quality check and counts
 * only in the answer rate (呼叫接通率). A failure on the tool's own side (a selector never found,
 * the browser crashed, our own timeout or bug) is excluded from every sheet, the answer rate too,
 * and reported apart as the tool's problem.
 */
import type { Interaction } from '../harness/interaction/types.js';

export type ContactStatus = 'served' | 'not-connected' | 'harness-failure';

/**
 * Error codes that are the harness's own failure (web chat: harness/channels/webchat/errors.ts and
 * contact.ts; voice: channels/voice, twilio-errors.ts, transcribe/; runner.ts). Everything else
 * (E_CENTRE_UNREACHABLE, E_CLOSED_BY_CENTRE, E_QUEUE_TIMEOUT, E_WAIT_TIMEOUT, E_CALL_FAILED …) is
 * the centre's behaviour and is scored.
 */
export const HARNESS_ERROR_CODES: ReadonlySet<string> = new Set([
  // the browser and the page the harness drives
  'E_BROWSER_MISSING',
  'E_BROWSER_LAUNCH',
  'E_BROWSER_CLOSED',
  'E_PAGE_CRASHED',
  'E_SELECTOR_TIMEOUT',
  'E_SELECTOR_INVALID',
  'E_SELECTORS_UNKNOWN',
  'E_CHAT_URL',
  'E_UNSUPPORTED',
  // widget steps the scenario names wrongly, a DOM no script can enter (webchat/errors.ts WIDGET_HARNESS_CODES)
  'E_WIDGET_OPEN',
  'E_WIDGET_FRAME',
  'E_WIDGET_PRECHAT',
  'E_CLOSED_SHADOW_ROOT',
  // our bugs and our interruptions (Ctrl-C, the run's own time limit)
  'E_WEBCHAT_INTERNAL',
  'E_INTERNAL',
  'E_ABORTED',
  'E_CONFIG',
  // a contact in flight when the run was killed (runner/recover-contact.ts), or whose call Twilio could not be asked about
  'E_INTERRUPTED_IN_FLIGHT',
  'E_RECOVERY_UNAVAILABLE',
  // the voice side's own plumbing: the telephony account, our webhook, our number
  'E_NO_PHONE',
  'E_CALL_LOST',
  'E_TWILIO_AUTH',
  'E_TWILIO_RATE_LIMITED',
  'E_TWILIO_UNREACHABLE',
  'E_TWILIO_UNAVAILABLE',
  'E_TWILIO_RESPONSE',
  'E_TWILIO_REQUEST',
  'E_INVALID_CALLER_ID',
  'E_GEO_PERMISSION',
]);

/**
 * Whose failure a failed contact was: the recorded `failedBy`, else derived from the error code.
 * A completed contact with an error (a recording that did not arrive: scored on the provisional
 * transcript) is nobody's failure.
 */
export function failedBy(i: Interaction): 'centre' | 'harness' | null {
  if (i.failedBy) return i.failedBy;
  const code = i.error?.code;
  if (!code || i.outcome === 'completed') return null;
  return HARNESS_ERROR_CODES.has(code) ? 'harness' : 'centre';
}

export function contactStatus(i: Interaction): ContactStatus {
  if (failedBy(i) === 'harness') return 'harness-failure';
  if (i.outcome === 'no-answer' || i.outcome === 'busy') return 'not-connected';
  for (let k = 0; k < i.turns.length; k++) if (i.turns[k]!.speaker === 'agent') return 'served';
  return 'not-connected';
}

/** The reason every quality check is N/A on a contact that never reached an agent. */
export function notConnectedReason(i: Interaction): string {
  switch (i.outcome) {
    case 'no-answer':
      return '呼叫无人接听，未接通坐席：只计入呼叫接通率，不评价服务质量';
    case 'busy':
      return '呼叫占线，未接通坐席：只计入呼叫接通率，不评价服务质量';
    case 'abandoned':
      return '排队中放弃，未接通坐席：只计入呼叫接通率，不评价服务质量';
    default:
      return '全程没有人工坐席发言，未接通坐席：只计入呼叫接通率，不评价服务质量';
  }
}
