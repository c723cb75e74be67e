/**
 * Who may talk to the webhook server: only Twilio, about calls we placed, once per request.
 *
 * - **Signature**: X-Twilio-Signature must match the exact URL Twilio was given plus every POST
 *   parameter (the SDK's own `validateRequest`, keyed with the auth token). Unsigned, forged or
 *   tampered requests are refused.
 * - **Replay**: a valid signature seen again is refused. Twilio signs URL + parameters; status
 *   callbacks carry a SequenceNumber and each Gather posts to its own `?turn=` URL, so no two
 *   genuine requests share a signature.
 * - **Belonging**: the CallSid must be the call placed for that contact (bound when Twilio's create
 *   answer arrives, or by the first signed request if a callback wins the race), and AccountSid,
 *   when given, ours. A signed request about a call we never placed is refused too.
 * Every refusal is logged (reason, path, contact, call; never the token, signature or body) and
 * counted.
 */
import twilio from 'twilio';

export type RejectionReason = 'not-a-form-post' | 'too-large' | 'bad-body' | 'unsigned' | 'bad-signature' | 'replayed' | 'no-call-sid' | 'foreign-account' | 'foreign-call' | 'unknown-call';

export interface SecurityLog {
  warn(obj: Record<string, unknown>, msg: string): void;
}

export type Verdict = { ok: true } | { ok: false; status: 400 | 403 | 413; reason: RejectionReason };

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/u;

/** Whether a listen address is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

/** The warning for a server listening beyond this machine, or undefined for loopback. */
export function listenWarning(host: string, what = 'the webhook server'): string | undefined {
  return isLoopbackHost(host) ? undefined : `${what} listens on ${host}, reachable from other machines (every request is still checked); use a tunnel on this machine instead when you can`;
}

/** Signatures remembered for replay detection; the oldest are forgotten first. */
const MAX_REMEMBERED = 200_000;

export class WebhookGuard {
  /** Refusals so far, by reason. */
  readonly rejected: Partial<Record<RejectionReason, number>> = {};
  private readonly seen = new Set<string>();
  /** contactId → the CallSid of its call. */
  private readonly callOf = new Map<string, string>();
  /** Every CallSid we placed in this process (late callbacks of finished contacts are ours). */
  private readonly placed = new Set<string>();

  constructor(
    private readonly authToken: string,
    private readonly log: SecurityLog,
    private readonly accountSid?: string,
  ) {}

  /** The call placed for a contact (from calls.create's answer). */
  bindCall(contactId: string, callSid: string): void {
    this.callOf.set(contactId, callSid);
    this.placed.add(callSid);
  }

  forgetContact(contactId: string): void {
    this.callOf.delete(contactId);
  }

  reject(status: 400 | 403 | 413, reason: RejectionReason, where: { path: string; ip?: string; contactId?: string; callSid?: string }): Verdict {
    this.rejected[reason] = (this.rejected[reason] ?? 0) + 1;
    this.log.warn({ event: 'webhook-rejected', status, reason, ...where }, `webhook rejected: ${reason}`);
    return { ok: false, status, reason };
  }

  /**
   * Signature and replay. `url` is the URL Twilio signed (public URL + path and query);
   * `params` the form body as posted.
   */
  checkSignature(signature: string | undefined, url: string, params: Record<string, string>, where: { path: string; ip?: string }): Verdict {
    if (!signature) return this.reject(403, 'unsigned', where);
    if (!twilio.validateRequest(this.authToken, signature, url, params)) return this.reject(403, 'bad-signature', where);
    if (this.seen.has(signature)) return this.reject(403, 'replayed', { ...where, callSid: params.CallSid });
    this.seen.add(signature);
    if (this.seen.size > MAX_REMEMBERED) this.seen.delete(this.seen.values().next().value!);
    return { ok: true };
  }

  /**
   * Whether a signed request belongs to the contact's call. `registered`: the contact is live.
   * A live contact not yet bound takes the first signed CallSid (a callback can beat the create answer).
   */
  checkCall(contactId: string, registered: boolean, params: Record<string, string>, where: { path: string; ip?: string }): Verdict {
    const callSid = params.CallSid;
    const at = { ...where, contactId, ...(callSid ? { callSid } : {}) };
    if (!callSid) return this.reject(403, 'no-call-sid', at);
    if (this.accountSid && params.AccountSid && params.AccountSid !== this.accountSid) return this.reject(403, 'foreign-account', at);
    if (!registered) return this.placed.has(callSid) ? { ok: true } : this.reject(403, 'unknown-call', at);
    const bound = this.callOf.get(contactId);
    if (bound === undefined) {
      if (this.placed.has(callSid)) return this.reject(403, 'foreign-call', at); // another contact's call
      this.bindCall(contactId, callSid);
      return { ok: true };
    }
    return bound === callSid ? { ok: true } : this.reject(403, 'foreign-call', at);
  }
}
