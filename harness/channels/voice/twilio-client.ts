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

export interface TwilioClientOptions {
  /** Per-request timeout, ms. @default 30000 */
  timeoutMs?: number;
}

export function createTwilioClient(voice: VoiceConfig, options: TwilioClientOptions = {}): TwilioClient {
  const { accountSid, authToken } = twilioCredentials(voice);
  // autoRetry stays off: a 429 must surface as error 20429 so the contact records it (our own
  // p-queue keeps us under the CPS limit; silently retrying would hide a misconfiguration).
  const client = twilio(accountSid, authToken, { timeout: options.timeoutMs ?? 30_000, autoRetry: false });
  if (voice.twilio.baseUrl) client.api.baseUrl = voice.twilio.baseUrl.replace(/\/+$/u, '');
  return client;
}
