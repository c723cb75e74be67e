import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVoiceCentre } from '../../../mocks/centre-voice/centre.js';
import { readRecordingWav } from '../../../mocks/twilio/recording.js';
import { startTwilioEmulator, type TwilioEmulator } from '../../../mocks/twilio/server.js';

interface Received {
  path: string;
  params: Record<string, string>;
  validSignature: boolean;
}

/** A stand-in for the harness: serves fixed TwiML and records (and verifies) every webhook. */
async function startReceiver(authToken: () => string, twiml: string) {
  const received: Received[] = [];
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.post('/{*rest}', (req, res) => {
    const url = `http://127.0.0.1:${port}${req.originalUrl}`;
    const params = req.body as Record<string, string>;
    received.push({ path: req.path, params, validSignature: twilio.validateRequest(authToken(), req.header('x-twilio-signature') ?? '', url, params) });
    if (req.path.startsWith('/twiml') || req.path.startsWith('/gather')) res.type('text/xml').send(twiml);
    else res.status(204).end();
  });
  const server: Server = await new Promise((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Twilio emulator through the real twilio SDK', () => {
  let emu: TwilioEmulator;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let client: ReturnType<typeof twilio>;

  beforeAll(async () => {
    emu = await startTwilioEmulator({
      centre: createVoiceCentre({ ringMs: 100, queueWaitMs: 100, busyNumbers: ['+8610000000486'], noAnswerNumbers: ['+8610000000487'] }),
      timing: { msPerChar: 5, endpointingMs: 50 },
      geoBlockedPrefixes: ['+882'],
    });
    receiver = await startReceiver(() => emu.authToken, '<?xml version="1.0"?><Response><Say language="cmn-CN">你好</Say><Play digits="1"/><Hangup/></Response>');
    client = twilio(emu.accountSid, emu.authToken);
    client.api.baseUrl = emu.url;
  });
  afterAll(async () => {
    await emu.close();
    await receiver.close();
  });

  function create(to: string, extra: Record<string, unknown> = {}) {
    return client.calls.create({
      to,
      from: '+15005550006',
      url: `${receiver.url}/twiml/${to}`,
      statusCallback: `${receiver.url}/status/${to}`,
      statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
      record: true,
      recordingChannels: 'dual',
      recordingStatusCallback: `${receiver.url}/recording/${to}`,
      ...extra,
    });
  }

  it('creates a call with a realistic SID and plays it out with signed status callbacks', async () => {
    const call = await create('+8695566001');
    expect(call.sid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(call.status).toBe('queued');
    expect(call.direction).toBe('outbound-api');
    await until(() => receiver.received.some((r) => r.path === '/recording/+8695566001'));
    const mine = receiver.received.filter((r) => r.path.endsWith('+8695566001'));
    expect(mine.every((r) => r.validSignature)).toBe(true);
    // As on Twilio, callbacks are not serialised; SequenceNumber gives their order.
    const statusCalls = mine.filter((r) => r.path.startsWith('/status')).sort((a, b) => Number(a.params.SequenceNumber) - Number(b.params.SequenceNumber));
    expect(statusCalls.map((r) => r.params.CallStatus)).toEqual(['initiated', 'ringing', 'in-progress', 'completed']);
    expect(statusCalls.map((r) => Number(r.params.SequenceNumber))).toEqual([0, 1, 2, 3]);
    expect(statusCalls.at(-1)!.params).toMatchObject({ CallbackSource: 'call-progress-events', SipResponseCode: '200', CallDuration: expect.stringMatching(/^\d+$/) });
    const twimlFetch = mine.find((r) => r.path.startsWith('/twiml'))!;
    expect(twimlFetch.params).toMatchObject({ CallSid: call.sid, AccountSid: emu.accountSid, Direction: 'outbound-api', CallStatus: 'in-progress' });

    const fetched = await client.calls(call.sid).fetch();
    expect(fetched.status).toBe('completed');

    const rec = mine.find((r) => r.path.startsWith('/recording'))!.params;
    expect(rec.RecordingSid).toMatch(/^RE[0-9a-f]{32}$/);
    expect(rec.RecordingChannels).toBe('2');
    const media = await fetch(`${rec.RecordingUrl}.wav`, { headers: { authorization: `Basic ${Buffer.from(`${emu.accountSid}:${emu.authToken}`).toString('base64')}` } });
    expect(media.headers.get('content-type')).toContain('audio/x-wav');
    const wav = readRecordingWav(Buffer.from(await media.arrayBuffer()));
    expect(wav.channels).toBe(2);
    const said = wav.timeline!.utterances.find((u) => u.channel === 0)!;
    expect(said.text).toBe('你好');

    // The ground truth has the customer's Say, the IVR prompt and the key press.
    const truth = emu.groundTruth(call.sid)!;
    expect(truth.utterances.map((u) => u.speaker)).toContain('ivr');
    expect(truth.events.map((e) => e.type)).toEqual(expect.arrayContaining(['initiated', 'ringing', 'answered', 'dtmf', 'hangup', 'ended']));

    const recordings = await client.calls(call.sid).recordings.list();
    expect(recordings.map((r) => r.sid)).toEqual([rec.RecordingSid]);
  });

  it('answers bad requests with Twilio error codes the SDK raises as RestException', async () => {
    await expect(create('12345')).rejects.toMatchObject({ status: 400, code: 21211, message: expect.stringContaining("Invalid 'To' Phone Number") });
    await expect(create('+8825550001')).rejects.toMatchObject({ status: 400, code: 21215 });
    await expect(client.calls.create({ to: '+8695566001', from: 'bad', url: `${receiver.url}/twiml/x` })).rejects.toMatchObject({ code: 21212 });
    await expect(client.calls('CA' + '0'.repeat(32)).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
    const wrong = twilio(emu.accountSid, 'not-the-token');
    wrong.api.baseUrl = emu.url;
    await expect(wrong.calls.create({ to: '+8695566001', from: '+15005550006', url: `${receiver.url}/twiml/x` })).rejects.toMatchObject({ status: 401, code: 20003 });
  });

  it('reports busy and no-answer as the final status', async () => {
    const busy = await create('+8610000000486');
    const noAnswer = await create('+8610000000487', { timeout: 5 });
    await until(() => receiver.received.filter((r) => r.path.startsWith('/status/+861000000048') && ['busy', 'no-answer'].includes(r.params.CallStatus!)).length === 2);
    expect((await client.calls(busy.sid).fetch()).status).toBe('busy');
    expect((await client.calls(noAnswer.sid).fetch()).status).toBe('no-answer');
    // No answer, no recording.
    expect([...emu.recordings.values()].some((r) => r.callSid === busy.sid || r.callSid === noAnswer.sid)).toBe(false);
  });

  it('hangs up a call on update(status=completed)', async () => {
    const hold = await startReceiver(() => emu.authToken, '<Response><Pause length="60"/></Response>');
    try {
      const call = await client.calls.create({ to: '+8695566002', from: '+15005550006', url: `${hold.url}/twiml`, statusCallback: `${hold.url}/status` });
      await until(() => emu.calls.get(call.sid)!.status === 'in-progress');
      const updated = await client.calls(call.sid).update({ status: 'completed' });
      expect(updated.sid).toBe(call.sid);
      await until(() => hold.received.some((r) => r.path === '/status' && r.params.CallStatus === 'completed'));
      expect(emu.groundTruth(call.sid)!.events.some((e) => e.type === 'hangup' && e.detail?.by === 'api')).toBe(true);
    } finally {
      await hold.close();
    }
  });
});

describe('Twilio emulator rate limit', () => {
  it('rejects creates above the configured CPS with 429 / 20429 and counts CPS violations', async () => {
    const emu = await startTwilioEmulator({ rejectAboveCps: 1, centre: createVoiceCentre({ failedNumbers: ['+8695566003'] }) });
    const client = twilio(emu.accountSid, emu.authToken);
    client.api.baseUrl = emu.url;
    try {
      await client.calls.create({ to: '+8695566003', from: '+15005550006', url: 'http://127.0.0.1:9/none' });
      await expect(client.calls.create({ to: '+8695566003', from: '+15005550006', url: 'http://127.0.0.1:9/none' })).rejects.toMatchObject({ status: 429, code: 20429 });
      expect(emu.cpsViolations(1)).toBe(0);
      emu.stats.createTimes.push(emu.stats.createTimes[0]! + 10);
      expect(emu.cpsViolations(1)).toBe(1);
    } finally {
      await emu.close();
    }
  });
});
