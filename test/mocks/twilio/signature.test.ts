import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { signTwilioRequest } from '../../../mocks/twilio/signature.js';

describe('signTwilioRequest', () => {
  const token = '12345678901234567890123456789012';
  const url = 'http://127.0.0.1:4321/voice/c-1/gather?attempt=2';
  const params = { CallSid: 'CA' + 'a'.repeat(32), SpeechResult: '您好，工号1023为您服务。', Confidence: '0.92', AccountSid: 'AC' + 'b'.repeat(32) };

  it('computes exactly the signature the twilio SDK expects', () => {
    const ours = signTwilioRequest(token, url, params);
    expect(ours).toBe(twilio.getExpectedTwilioSignature(token, url, params));
    expect(twilio.validateRequest(token, ours, url, params)).toBe(true);
  });

  it('changes when a parameter, the URL or the token changes', () => {
    const ours = signTwilioRequest(token, url, params);
    expect(twilio.validateRequest(token, ours, url, { ...params, SpeechResult: '您好，公号1023为您服务。' })).toBe(false);
    expect(twilio.validateRequest(token, ours, url.replace('c-1', 'c-2'), params)).toBe(false);
    expect(twilio.validateRequest('0'.repeat(32), ours, url, params)).toBe(false);
  });

  it('sorts parameters by name (order of insertion does not matter)', () => {
    const reversed = Object.fromEntries(Object.entries(params).reverse());
    expect(signTwilioRequest(token, url, reversed)).toBe(signTwilioRequest(token, url, params));
  });
});
