/**
 * Renders the interpreter's actions as TwiML with the SDK's own VoiceResponse builder: the customer
 * speaks Mandarin through <Say>, keys menus with <Play digits>, listens with a speech <Gather> in
 * cmn-Hans-CN whose result comes back to the gather webhook (also when empty, so the script can
 * time out), and hangs up with <Hangup>.
 */
import twilio from 'twilio';
import type { VoiceAction } from './voice-script.js';

/** Amazon Polly's Mandarin voice, available on Twilio <Say>. */
export const SAY_VOICE = { language: 'cmn-CN', voice: 'Polly.Zhiyu' } as const;
export const GATHER_LANGUAGE = 'cmn-Hans-CN';
/** Longest single Gather; longer waits are several Gathers in a row. @default 30 s */
const MAX_GATHER_SEC = 30;

/** <Pause> takes whole seconds. */
export function pauseSeconds(ms: number): number {
  return Math.max(1, Math.round(ms / 1000));
}

export function renderTwiml(actions: VoiceAction[], gatherUrl: string): string {
  const response = new twilio.twiml.VoiceResponse();
  for (const a of actions) {
    switch (a.kind) {
      case 'say':
        response.say(SAY_VOICE, a.text);
        break;
      case 'pause':
        response.pause({ length: pauseSeconds(a.ms) });
        break;
      case 'press':
        response.play({ digits: a.digits });
        break;
      case 'listen':
        response.gather({
          input: ['speech'],
          language: GATHER_LANGUAGE,
          action: gatherUrl,
          method: 'POST',
          timeout: Math.min(MAX_GATHER_SEC, Math.max(1, Math.ceil(a.timeoutMs / 1000))),
          speechTimeout: 'auto',
          actionOnEmptyResult: true,
        });
        break;
      case 'hangup':
        response.hangup();
        break;
    }
  }
  return response.toString();
}

/** How long the customer's side of a document takes before its Gather listens (estimates for the provisional transcript). */
export function estimatedMs(action: VoiceAction, msPerChar: number): number {
  switch (action.kind) {
    case 'say':
      return Math.max(1, action.text.replace(/\s+/gu, '').length) * msPerChar;
    case 'pause':
      return pauseSeconds(action.ms) * 1000;
    case 'press':
      return [...action.digits].reduce((n, d) => n + (d === 'w' || d === 'W' ? 500 : 200), 0);
    default:
      return 0;
  }
}
