/**
 * Voice recovery against the Twilio emulator through the real twilio SDK: a call in flight when
 * the run died is found (by SID, else by number and start time, skipping calls other attempts
 * own), waited for while live, rebuilt from Twilio's record — and never dialled again.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactContext, InFlightAttempt } from '../../../../harness/channels/channel.js';
import { recoverCall, type RecoverDeps } from '../../../../harness/channels/voice/recover.js';
import type { LoadedScenario } from '../../../../harness/scenario/schema.js';
import { createVoiceCentre } from '../../../../mocks/centre-voice/centre.js';
import { startTwilioEmulator, type TwilioEmulator } from '../../../../mocks/twilio/server.js';

const CENTRE = '+8695566000';
const NO_ANSWER = '+8610000000487';
const OURS = '+15005550006';

let emu: TwilioEmulator;
let client: ReturnType<typeof twilio>;
let twimlServer: Server;
let twimlUrl: string;
let recordingsDir: string;

beforeAll(async () => {
  emu = await startTwilioEmulator({ centre: createVoiceCentre({ ringMs: 100, queueWaitMs: 100, noAnswerNumbers: [NO_ANSWER] }), timing: { msPerChar: 5, endpointingMs: 50 } });
  client = twilio(emu.accountSid, emu.authToken);
  client.api.baseUrl = emu.url;
  // Our side of the call: says one line and hangs up (the harness's webhook, as before the kill).
  const app = express();
  app.post('/{*rest}', (_req, res) => res.type('text/xml').send('<?xml version="1.0"?><Response><Say language="cmn-CN">你好，再见。</Say><Hangup/></Response>'));
  twimlServer = await new Promise((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  twimlUrl = `http://127.0.0.1:${(twimlServer.address() as AddressInfo).port}/twiml`;
  recordingsDir = await mkdtemp(path.join(os.tmpdir(), 'ms-recover-voice-'));
});
afterAll(async () => {
  await emu?.close();
  await new Promise<void>((r) => twimlServer?.close(() => r()));
});

function deps(): RecoverDeps {
  return { client, from: OURS, mediaAuthorization: `Basic ${Buffer.from(`${emu.accountSid}:${emu.authToken}`).toString('base64')}`, pollMs: 100, recordingWaitMs: 5000 };
}

function context(contactId: string, phone = CENTRE): ContactContext {
  const scenario = { id: 'hotline', title: 'hotline', channel: 'voice', target: { phone }, persona: { name: '王女士' }, steps: [{ end: true }] } as unknown as LoadedScenario;
  return { runId: 'r', contactId, scenario, vars: {}, signal: new AbortController().signal, recordingsDir };
}

async function dial(to = CENTRE, from = OURS): Promise<string> {
  const call = await client.calls.create({ to, from, url: twimlUrl, record: true, recordingChannels: 'dual', timeout: 5 });
  return call.sid;
}

async function ended(sid: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const c = await client.calls(sid).fetch();
    if (['completed', 'busy', 'no-answer', 'failed', 'canceled'].includes(c.status)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`call ${sid} did not end`);
}

/** Twilio's times are whole seconds, so a search reaches 1 s before the attempt: keep earlier tests' calls out of it. */
const pastTheSecond = () => new Promise((r) => setTimeout(r, 1100));

function attempt(startedAt: number, progress: InFlightAttempt['progress'], claimed: string[] = []): InFlightAttempt {
  return { attempt: 1, startedAt, progress, claimedCallSids: new Set(claimed) };
}

describe('voice recovery from Twilio', () => {
  it('by the journalled SID: an ended call is rebuilt (status, recording) without dialling', async () => {
    const startedAt = Date.now();
    const sid = await dial();
    await ended(sid);
    const created = emu.calls.size;
    const r = await recoverCall(deps(), context('c-sid'), attempt(startedAt, { callSid: sid, callStatus: 'completed' }));
    expect(emu.calls.size).toBe(created);
    expect(r.kind).toBe('recovered');
    if (r.kind !== 'recovered') return;
    expect(r.interaction).toMatchObject({ contactId: 'c-sid', channel: 'voice', outcome: 'completed', centreRef: sid, startedAt });
    expect(r.interaction.events.find((e) => e.type === 'recovered')?.detail).toMatchObject({ from: 'twilio', callSid: sid, found: 'sid' });
    expect((await stat(r.interaction.recording!)).size).toBeGreaterThan(44); // a WAV with audio
    expect(r.note).toContain('by its journalled SID');
  });

  it('without a SID: the earliest call To our number From ours since the attempt started that no other attempt owns; a call that ended after the kill is the harness’s failure', async () => {
    await pastTheSecond();
    const startedAt = Date.now();
    const owned = await dial();
    const ours = await dial();
    const otherCaller = await dial(CENTRE, '+15005550009');
    await Promise.all([owned, ours, otherCaller].map(ended));
    const a = attempt(startedAt, {}, [owned]);
    const r = await recoverCall(deps(), context('c-list'), a);
    expect(r.kind).toBe('recovered');
    if (r.kind !== 'recovered') return;
    expect(r.interaction.centreRef).toBe(ours);
    expect(a.claimedCallSids.has(ours)).toBe(true); // a concurrent recovery will not take it too
    // No callStatus journalled: the call ended while nobody listened.
    expect(r.interaction).toMatchObject({ outcome: 'failed', failedBy: 'harness', error: { code: 'E_INTERRUPTED_IN_FLIGHT' } });
    expect(r.note).toContain('by number and start time');
    // Every call since then is owned now: the next contact's call was never placed.
    const none = await recoverCall(deps(), context('c-none'), attempt(startedAt, {}, [owned, ours]));
    expect(none.kind).toBe('not-placed');
  });

  it('no call created since the attempt started: never placed', async () => {
    await ended(await dial());
    const r = await recoverCall(deps(), context('c-later'), attempt(Date.now() + 5000, {}));
    expect(r).toMatchObject({ kind: 'not-placed' });
  });

  it('a call still ringing is waited for, then recovered with its final status', async () => {
    await pastTheSecond();
    const startedAt = Date.now();
    const sid = await dial(NO_ANSWER);
    const r = await recoverCall(deps(), context('c-ringing', NO_ANSWER), attempt(startedAt, { callSid: sid }));
    expect(r.kind).toBe('recovered');
    if (r.kind !== 'recovered') return;
    expect(r.interaction).toMatchObject({ outcome: 'no-answer', centreRef: sid });
    expect(r.interaction.error).toBeUndefined();
  });
});
