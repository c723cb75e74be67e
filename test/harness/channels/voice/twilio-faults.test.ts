/**
 * Twilio failures injected into the real twilio SDK with msw, lasting longer than the retries:
 * each becomes a failed contact with a clear message and hint, never an exception, and the channel
 * goes on placing calls. (Retries that succeed: twilio-retries.test.ts.)
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createVoiceChannel } from '../../../../harness/channels/voice/channel.js';
import { describeTwilioError } from '../../../../harness/channels/voice/twilio-errors.js';
import { twilioFaultHandlers, type TwilioFault } from '../../../../mocks/msw/twilio-faults.js';
import { contact, voiceConfig } from './fixtures.js';

const base = 'https://api.twilio.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('Twilio faults (msw) through the voice channel', () => {
  const cases: [TwilioFault, string, RegExp, RegExp][] = [
    ['invalid-number', 'E_INVALID_NUMBER', /21211/, /E\.164/],
    ['geo-permission', 'E_GEO_PERMISSION', /21215/, /Geo permissions/],
    ['rate-limited', 'E_TWILIO_RATE_LIMITED', /20429/, /callsPerSecond/],
    ['auth', 'E_TWILIO_AUTH', /20003/, /TWILIO_AUTH_TOKEN/],
    ['server-error', 'E_TWILIO_UNAVAILABLE', /HTTP 500.*after 2 attempts/, /retry/],
    ['unavailable', 'E_TWILIO_UNAVAILABLE', /HTTP 503/, /retry/],
    ['malformed', 'E_TWILIO_RESPONSE', /not JSON.*after 2 attempts/, /baseUrl/],
    ['timeout', 'E_TWILIO_UNREACHABLE', /could not reach Twilio.*after 2 attempts/, /network/],
    ['reset', 'E_TWILIO_UNREACHABLE', /could not reach Twilio.*after 2 attempts/, /network/],
  ];

  for (const [fault, code, message, hint] of cases) {
    it(`${fault} → outcome failed, ${code}`, async () => {
      server.use(...twilioFaultHandlers(base, fault));
      const config = voiceConfig({ twilio: { accountSid: 'AC' + 'a'.repeat(32), authToken: 't'.repeat(32), baseUrl: base } });
      // Two quick attempts; a Retry-After (2 s) longer than the 1 s budget ends the retries at once.
      const channel = await createVoiceChannel(config, { transcriber: null, twilioTimeoutMs: 500, retry: { maxAttempts: 2, baseDelayMs: 1, maxTotalMs: 1000 }, webhookGraceMs: 0 });
      try {
        const i = await channel.place(contact(`fault-${fault}`));
        expect(i.outcome).toBe('failed');
        expect(i.error).toMatchObject({ code, message: expect.stringMatching(message), hint: expect.stringMatching(hint) });
        expect(i.events[0]).toMatchObject({ type: 'dialed', atMs: 0 });
        expect(i.centreRef).toBeUndefined();
      } finally {
        await channel.close();
      }
    });
  }
});

describe('describeTwilioError', () => {
  it('names unknown Twilio codes and points at the error page', () => {
    expect(describeTwilioError({ status: 400, code: 13224, message: 'Invalid phone number', moreInfo: 'https://www.twilio.com/docs/errors/13224' })).toEqual({
      code: 'E_TWILIO_13224',
      message: 'Twilio refused the call (error 13224, HTTP 400): Invalid phone number',
      hint: 'see https://www.twilio.com/docs/errors/13224',
    });
  });
});
