/**
 * Twilio failures as contact-level error data: the error code Twilio gave, what it means for this
 * contact, and what to do. Never thrown: the contact is marked failed and the run goes on.
 */
import type { InteractionError } from '../../interaction/types.js';

interface TwilioLikeError {
  status?: number;
  code?: number;
  message?: string;
  moreInfo?: string;
}

const KNOWN: Record<number, { code: string; hint: string }> = {
  20003: { code: 'E_TWILIO_AUTH', hint: 'check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (Twilio console → Account info)' },
  20404: { code: 'E_TWILIO_NOT_FOUND', hint: 'the account or call does not exist on this Twilio account' },
  20429: { code: 'E_TWILIO_RATE_LIMITED', hint: 'lower voice.callsPerSecond / maxConcurrentCalls, or ask Twilio for a higher CPS' },
  21201: { code: 'E_INVALID_NUMBER', hint: "the scenario has no number to dial: set target.phone" },
  21205: { code: 'E_TWILIO_REQUEST', hint: 'the webhook URL is missing; check voice.publicWebhookUrl' },
  21210: { code: 'E_INVALID_CALLER_ID', hint: 'the caller ID (voice.from / target.from) must be a Twilio number or a verified caller ID' },
  21211: { code: 'E_INVALID_NUMBER', hint: 'target.phone must be a valid E.164 number, e.g. +8610xxxxxxxx (country code, no leading 0)' },
  21212: { code: 'E_INVALID_CALLER_ID', hint: 'voice.from / target.from must be E.164 and a Twilio number or verified caller ID' },
  21213: { code: 'E_INVALID_CALLER_ID', hint: 'set voice.from (or target.from) to your Twilio number' },
  21214: { code: 'E_INVALID_NUMBER', hint: 'the number cannot be reached: check target.phone' },
  21215: { code: 'E_GEO_PERMISSION', hint: "enable the destination country in Twilio console → Voice → Settings → Geo permissions" },
  21216: { code: 'E_GEO_PERMISSION', hint: 'this number is blocked for your account (premium or high-risk); check Geo permissions' },
  13227: { code: 'E_GEO_PERMISSION', hint: "enable the destination country in Twilio console → Voice → Settings → Geo permissions" },
};

export function describeTwilioError(err: unknown): InteractionError {
  const e = (err ?? {}) as TwilioLikeError;
  if (typeof e.code === 'number' || typeof e.status === 'number') {
    const known = e.code !== undefined ? KNOWN[e.code] : undefined;
    const status = e.status ?? 0;
    const base = `Twilio refused the call${e.code ? ` (error ${e.code}` : ' ('}${status ? `${e.code ? ', ' : ''}HTTP ${status}` : ''}): ${e.message ?? 'no message'}`;
    if (known) return { code: known.code, message: base, hint: known.hint };
    if (status >= 500) return { code: 'E_TWILIO_UNAVAILABLE', message: base, hint: 'Twilio had a server error; retry the contact later' };
    if (status === 429) return { code: 'E_TWILIO_RATE_LIMITED', message: base, hint: KNOWN[20429]!.hint };
    if (status === 401) return { code: 'E_TWILIO_AUTH', message: base, hint: KNOWN[20003]!.hint };
    return { code: `E_TWILIO_${e.code ?? status}`, message: base, hint: e.moreInfo ? `see ${e.moreInfo}` : 'see the Twilio error catalogue' };
  }
  const message = (err as Error)?.message ?? String(err);
  if (err instanceof SyntaxError) {
    return { code: 'E_TWILIO_RESPONSE', message: `Twilio answered with a body that is not JSON: ${message}`, hint: 'check voice.twilio.baseUrl points at the Twilio API (or the emulator)' };
  }
  return { code: 'E_TWILIO_UNREACHABLE', message: `could not reach Twilio: ${message}`, hint: 'check the network (or voice.twilio.baseUrl when using the emulator) and retry' };
}
