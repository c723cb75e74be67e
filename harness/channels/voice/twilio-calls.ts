/**
 * Every Twilio REST call the voice channel makes, through the retry policy. Reads and hang-ups are
 * safe to repeat. calls.create is not: after an ambiguous failure (5xx, timeout, reset, a body that
 * is not JSON) the call may exist, so before creating again we (1) wait briefly for a webhook to
 * this contact's own URL, which names the call's SID, then (2) list the calls from our number to
 * the centre's since the first attempt (findPlacedCalls), without those other contacts own, once
 * no other create to that number is waiting for its answer. One candidate: adopt it. None: create
 * again. Several: stop — a duplicate call is worse than a failed contact.
 */
import type { InteractionError } from '../../interaction/types.js';
import type { RetryOutcome, RetryPolicy } from '../../retry/policy.js';
import { findPlacedCalls } from './call-lookup.js';
import type { CallRegistry } from './call-registry.js';
import type { TwilioClient } from './twilio-client.js';
import { describeTwilioError } from './twilio-errors.js';

export interface CreatedCall {
  sid: string;
  /** Found after an ambiguous failure rather than answered by a create. */
  adopted: boolean;
}

/** The lookup found more than one call that could be this contact's: do not guess, do not dial. */
export class AmbiguousCreateError extends Error {
  readonly code = 'E_TWILIO_CREATE_AMBIGUOUS';
  constructor(readonly candidates: string[]) {
    super(`calls.create failed without an answer and ${candidates.length} calls to this number may be ours (${candidates.join(', ')}); not dialling again`);
  }
}

export interface SafeCreateOptions {
  client: TwilioClient;
  contactId: string;
  to: string;
  from: string;
  registry: CallRegistry;
  /** Retries of the create itself. */
  policy: RetryPolicy;
  /** Retries of the lookup's listings (idempotent). @default policy */
  lookupPolicy?: RetryPolicy;
  /** Sends one create (through the channel's CPS slot). */
  send: () => Promise<{ sid: string }>;
  /** How long to wait for a webhook naming the call before listing, ms. @default 2000 */
  webhookGraceMs?: number;
  /** Longest wait for other creates to the same number to be answered, ms. @default 30000 */
  inFlightWaitMs?: number;
  /**
   * Look the call up before retrying an ambiguous failure. Only the fault bench's control run turns
   * this off, to show the duplicates a blind retry makes. @default true
   */
  lookUpBeforeRetry?: boolean;
  signal?: AbortSignal;
  onRetry?: (info: { attempt: number; delayMs: number; failure: { kind: string; status?: number } }) => void;
  /** Told when a lost call was adopted instead of dialled again. */
  onAdopt?: (sid: string, via: 'webhook' | 'lookup') => void;
}

export async function createCallSafely(o: SafeCreateOptions): Promise<RetryOutcome<CreatedCall>> {
  const clock = o.policy.clock;
  const lookupPolicy = o.lookupPolicy ?? o.policy;
  const adopt = (sid: string, via: 'webhook' | 'lookup') => {
    o.registry.claim(sid, o.contactId);
    o.onAdopt?.(sid, via);
    return { value: { sid, adopted: true } };
  };
  return o.policy.run<CreatedCall>(
    async () => {
      const answered = o.registry.sending(o.to, o.from);
      try {
        const call = await o.send();
        o.registry.claim(call.sid, o.contactId);
        return { sid: call.sid, adopted: false };
      } finally {
        answered();
      }
    },
    {
      signal: o.signal,
      onRetry: (i) => o.onRetry?.(i),
      beforeRetry: o.lookUpBeforeRetry === false ? undefined : async (info) => {
        const fromWebhook = await o.registry.waitForSid(o.contactId, o.webhookGraceMs ?? 2000, (ms) => clock.sleep(ms, o.signal));
        if (fromWebhook) return adopt(fromWebhook, 'webhook');
        // Another contact's create that Twilio has done but not yet answered would look unclaimed.
        const deadline = clock.now() + (o.inFlightWaitMs ?? 30_000);
        while (o.registry.createsInFlight(o.to, o.from) > 0 && clock.now() < deadline) await clock.sleep(25, o.signal);
        const listed = await lookupPolicy.run(() => findPlacedCalls(o.client, { to: o.to, from: o.from, since: info.firstStartedAt, exclude: o.registry.othersThan(o.contactId) }), { signal: o.signal });
        if (!listed.ok) throw listed.error;
        // A webhook may have named it while we listed.
        const late = o.registry.sidOf(o.contactId);
        if (late) return adopt(late, 'webhook');
        const candidates = listed.value.map((c) => c.sid);
        if (candidates.length === 1) return adopt(candidates[0]!, 'lookup');
        if (candidates.length > 1) throw new AmbiguousCreateError(candidates);
        return undefined;
      },
    },
  );
}

/** An idempotent Twilio request (fetch, update to completed, list, download) with retries. */
export function withTwilioRetries<T>(policy: RetryPolicy, request: () => Promise<T>, signal?: AbortSignal): Promise<RetryOutcome<T>> {
  return policy.run(request, { signal });
}

/** A failed outcome as contact error data: what Twilio said, and how many attempts it took. */
export function describeTwilioFailure(outcome: Extract<RetryOutcome<unknown>, { ok: false }>): InteractionError {
  if (outcome.error instanceof AmbiguousCreateError) {
    return {
      code: outcome.error.code,
      message: outcome.error.message,
      hint: 'check these calls in the Twilio console; the contact is failed rather than risk calling the centre twice',
    };
  }
  const base = describeTwilioError(outcome.error);
  if (outcome.attempts <= 1) return base;
  const why = outcome.gaveUp === 'time' ? 'the retry time budget ran out' : outcome.gaveUp === 'attempts' ? 'no attempts left' : outcome.gaveUp;
  return { ...base, message: `${base.message} (after ${outcome.attempts} attempts; ${why})` };
}
