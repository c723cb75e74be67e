/**
 * Retries of Twilio requests through the real SDK (msw): every failure class of calls.create and
 * calls(sid).fetch is retried and then succeeds; a create whose answer was lost after Twilio
 * created the call is adopted, never dialled twice; Retry-After is honoured (fake clock).
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CallRegistry } from '../../../../harness/channels/voice/call-registry.js';
import { createTwilioClient, type TwilioClient } from '../../../../harness/channels/voice/twilio-client.js';
import { createCallSafely, describeTwilioFailure, withTwilioRetries } from '../../../../harness/channels/voice/twilio-calls.js';
import { RetryPolicy } from '../../../../harness/retry/policy.js';
import { twilioFaultHandlers, type TwilioFault, type TwilioFaultLog } from '../../../../mocks/msw/twilio-faults.js';
import { fakeClock } from '../../retry/fake-clock.js';
import { voiceConfig } from './fixtures.js';

const base = 'https://api.twilio.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const TO = '+8695566000';
const FROM = '+15005550006';

function client(): TwilioClient {
  return createTwilioClient(voiceConfig({ twilio: { accountSid: 'AC' + 'a'.repeat(32), authToken: 't'.repeat(32), baseUrl: base } }).voice, { timeoutMs: 300 });
}

function safeCreate(c: TwilioClient, clock = fakeClock(Date.now()), registry = new CallRegistry(), contactId = 'c1') {
  return createCallSafely({
    client: c,
    contactId,
    to: TO,
    from: FROM,
    registry,
    policy: new RetryPolicy({ clock, random: () => 0.5 }),
    webhookGraceMs: 0,
    send: () => c.calls.create({ to: TO, from: FROM, url: 'https://hooks.test/voice/c1/twiml' }),
  });
}

const RETRYABLE: TwilioFault[] = ['rate-limited', 'server-error', 'unavailable', 'timeout', 'reset', 'malformed'];

describe('calls.create retries', () => {
  for (const fault of RETRYABLE) {
    it(`${fault} once, then Twilio answers: one call, two attempts`, async () => {
      const log: TwilioFaultLog = { requests: 0, created: [] };
      server.use(...twilioFaultHandlers(base, fault, { times: 1 }, log));
      const out = await safeCreate(client());
      expect(out).toMatchObject({ ok: true, attempts: 2, value: { adopted: false } });
      expect(log.created).toHaveLength(1);
      expect(out.ok && out.value.sid).toBe(log.created[0]!.sid);
    });
  }

  for (const fault of ['auth', 'invalid-number', 'geo-permission'] as TwilioFault[]) {
    it(`${fault} is not retried`, async () => {
      const log: TwilioFaultLog = { requests: 0, created: [] };
      server.use(...twilioFaultHandlers(base, fault, {}, log));
      const out = await safeCreate(client());
      expect(out).toMatchObject({ ok: false, attempts: 1, gaveUp: 'not-retryable' });
      expect(log.requests).toBe(1);
    });
  }

  for (const fault of ['timeout', 'reset', 'malformed', 'server-error'] as TwilioFault[]) {
    it(`${fault} after Twilio created the call: the call is adopted, exactly one call exists`, async () => {
      const log: TwilioFaultLog = { requests: 0, created: [] };
      server.use(...twilioFaultHandlers(base, fault, { times: 1, createdAnyway: true }, log));
      const out = await safeCreate(client());
      expect(out).toMatchObject({ ok: true, value: { adopted: true, sid: log.created[0]!.sid } });
      expect(log.requests).toBe(1);
      expect(log.created).toHaveLength(1);
    });
  }

  it('never adopts a call another contact owns', async () => {
    const log: TwilioFaultLog = { requests: 0, created: [] };
    server.use(...twilioFaultHandlers(base, 'timeout', { times: 1 }, log));
    const registry = new CallRegistry();
    // Another contact's call to the same number, created during our attempt.
    log.created.push({ sid: 'CA' + 'f'.repeat(32), to: TO, from: FROM, createdAt: Date.now() });
    registry.claim('CA' + 'f'.repeat(32), 'other');
    const out = await safeCreate(client(), fakeClock(Date.now()), registry);
    expect(out).toMatchObject({ ok: true, value: { adopted: false } });
    expect(log.created).toHaveLength(2);
  });

  it('several unclaimed candidates: gives up rather than guess or dial again', async () => {
    const log: TwilioFaultLog = { requests: 0, created: [] };
    server.use(...twilioFaultHandlers(base, 'reset', { createdAnyway: true, times: 1 }, log));
    log.created.push({ sid: 'CA' + 'e'.repeat(32), to: TO, from: FROM, createdAt: Date.now() });
    const out = await safeCreate(client());
    expect(out).toMatchObject({ ok: false, gaveUp: 'stopped' });
    expect(!out.ok && describeTwilioFailure(out).code).toBe('E_TWILIO_CREATE_AMBIGUOUS');
    expect(log.created).toHaveLength(2);
  });

  it('honours Retry-After (fake clock: no real wait)', async () => {
    const clock = fakeClock(Date.now());
    server.use(...twilioFaultHandlers(base, 'rate-limited', { times: 2, retryAfterSec: 7 }));
    const out = await safeCreate(client(), clock);
    expect(out).toMatchObject({ ok: true, attempts: 3 });
    expect(clock.sleeps).toEqual([7000, 7000]);
  });

  it('bounded: a fault that lasts ends after maxAttempts with the last cause', async () => {
    const log: TwilioFaultLog = { requests: 0, created: [] };
    server.use(...twilioFaultHandlers(base, 'unavailable', {}, log));
    const c = client();
    const out = await createCallSafely({
      client: c, contactId: 'c1', to: TO, from: FROM, registry: new CallRegistry(), webhookGraceMs: 0,
      policy: new RetryPolicy({ clock: fakeClock(Date.now()), maxAttempts: 4, random: () => 0 }),
      send: () => c.calls.create({ to: TO, from: FROM, url: 'https://hooks.test/t' }),
    });
    expect(out).toMatchObject({ ok: false, attempts: 4, gaveUp: 'attempts', failure: { status: 503 } });
    expect(log.requests).toBe(4);
    expect(!out.ok && describeTwilioFailure(out)).toMatchObject({ code: 'E_TWILIO_UNAVAILABLE', message: expect.stringMatching(/HTTP 503.*after 4 attempts/) });
  });
});

describe('calls(sid).fetch retries', () => {
  for (const fault of RETRYABLE) {
    it(`${fault} once, then the call`, async () => {
      server.use(...twilioFaultHandlers(base, fault, { route: 'fetch', times: 1 }));
      const c = client();
      const out = await withTwilioRetries(new RetryPolicy({ clock: fakeClock(Date.now()) }), () => c.calls('CA' + '1'.repeat(32)).fetch());
      expect(out).toMatchObject({ ok: true, attempts: 2, value: { sid: 'CA' + '1'.repeat(32) } });
    });
  }
  it('401 is not retried', async () => {
    server.use(...twilioFaultHandlers(base, 'auth', { route: 'fetch' }));
    const c = client();
    const out = await withTwilioRetries(new RetryPolicy({ clock: fakeClock(Date.now()) }), () => c.calls('CA' + '1'.repeat(32)).fetch());
    expect(out).toMatchObject({ ok: false, attempts: 1, failure: { kind: 'auth', status: 401 } });
  });
});
