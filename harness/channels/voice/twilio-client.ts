/**
 * The real twilio-node client, pointed at api.twilio.com or, offline, at the emulator. Only the Api
 * domain's base URL changes (`client.api.baseUrl`, the SDK's own per-domain setting), so requests go
 * through the SDK's usual request path: auth header, form encoding, RestException on errors.
 */
import twilio from 'twilio';
import type { VoiceConfig } from '../../config/types.js';
import { ConfigError } from '../../errors.js';

export type TwilioClient = ReturnType<typeof twilio>;

export interface TwilioCredentials {
  accountSid: string;
  authToken: string;
}

/** The credentials, or a ConfigError that says which variable to set. */
export function twilioCredentials(voice: VoiceConfig): TwilioCredentials {
  const { accountSid, authToken } = voice.twilio;
  const missing = [!accountSid && 'TWILIO_ACCOUNT_SID', !authToken && 'TWILIO_AUTH_TOKEN'].filter(Boolean);
  if (missing.length) {
    throw new ConfigError(
      `Twilio credentials are missing: ${missing.join(', ')}`,
      'set them in the environment (or voice.twilio in the config file), or run offline with the emulator (`npm start`)',
    );
  }
  if (!/^AC[0-9a-fA-F]{32}$/u.test(accountSid!)) {
    throw new ConfigError(`TWILIO_ACCOUNT_SID "${accountSid}" is not an account SID`, 'account SIDs are "AC" followed by 32 hex digits (Twilio console → Account info)');
  }
  return { accountSid: accountSid!, authToken: authToken! };
}

/**
 * A Twilio error answer (HTTP ≥ 400) with the fields of the SDK's RestException (status, code,
 * message, moreInfo) plus the response headers, which RestException drops: Retry-After and the
 * rate-limit headers decide how long the retry policy waits.
 */
export class TwilioHttpError extends Error {
  readonly status: number;
  readonly code?: number;
  readonly moreInfo?: string;
  readonly headers: Record<string, unknown>;

  constructor(statusCode: number, body: unknown, headers: Record<string, unknown> | undefined) {
    let parsed: { code?: number; message?: string; more_info?: string } | undefined;
    try {
      parsed = typeof body === 'string' ? JSON.parse(body) : (body as typeof parsed);
    } catch {
      parsed = undefined;
    }
    super(parsed?.message ?? `[HTTP ${statusCode}] Failed to execute request`);
    this.name = 'TwilioHttpError';
    this.status = statusCode;
    if (typeof parsed?.code === 'number') this.code = parsed.code;
    if (parsed?.more_info) this.moreInfo = parsed.more_info;
    this.headers = { ...(headers ?? {}) };
  }
}


/** The SDK's request client, but error answers are raised with their headers (TwilioHttpError). */
class HeaderKeepingRequestClient extends twilio.RequestClient {
  override async request<T>(opts: Parameters<InstanceType<typeof twilio.RequestClient>['request']>[0] & { data?: T }) {
    const res = await super.request<T>(opts as never);
    if (res.statusCode >= 400) throw new TwilioHttpError(res.statusCode, res.body, res.headers as Record<string, unknown>);
    return res;
  }
}

export interface TwilioClientOptions {
  /** Per-request timeout, ms. @default 30000 */
  timeoutMs?: number;
}

export function createTwilioClient(voice: VoiceConfig, options: TwilioClientOptions = {}): TwilioClient {
  const { accountSid, authToken } = twilioCredentials(voice);
  // The SDK's autoRetry stays off: it retries only 429, ignores Retry-After and would retry inside
  // a CPS slot. harness/retry/policy.ts retries every REST call we make instead (429, 5xx, network),
  // and calls.create only after looking the call up (twilio-calls.ts): one policy, not two.
  const timeout = options.timeoutMs ?? 30_000;
  const httpClient = new HeaderKeepingRequestClient({ timeout, autoRetry: false });
  const client = twilio(accountSid, authToken, { timeout, autoRetry: false, httpClient });
  if (voice.twilio.baseUrl) client.api.baseUrl = voice.twilio.baseUrl.replace(/\/+$/u, '');
  return client;
}
