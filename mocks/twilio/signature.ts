/**
 * X-Twilio-Signature as Twilio computes it for form-encoded webhooks: HMAC-SHA1 keyed with the
 * account's auth token over the full URL followed by every POST parameter as name+value, sorted by
 * name, base64-encoded. Written out here (not borrowed from the SDK) so that the tests can prove the
 * emulator signs exactly like Twilio by checking against the SDK's own validator.
 */
import { createHmac } from 'node:crypto';

export function signTwilioRequest(authToken: string, url: string, params: Record<string, string>): string {
  let data = url;
  for (const name of Object.keys(params).sort()) data += name + params[name];
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf-8')).digest('base64');
}
