/**
 * findPlacedCalls against the Twilio emulator through the real SDK: the calls from our number to
 * the centre's since an attempt began, minus those known to be other contacts'.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlacedCalls } from '../../../../harness/channels/voice/call-lookup.js';
import { createTwilioClient, type TwilioClient } from '../../../../harness/channels/voice/twilio-client.js';
import { createVoiceCentre } from '../../../../mocks/centre-voice/centre.js';
import { startTwilioEmulator, type TwilioEmulator } from '../../../../mocks/twilio/server.js';
import { voiceConfig } from './fixtures.js';

const CENTRE = '+8610000000487';
const OTHER = '+8610000000488';
const FROM = '+15005550006';

describe('findPlacedCalls', () => {
  let emu: TwilioEmulator;
  let client: TwilioClient;
  beforeAll(async () => {
    // Numbers that never answer: the calls ring on, no webhook is needed.
    emu = await startTwilioEmulator({ centre: createVoiceCentre({ noAnswerNumbers: [CENTRE, OTHER] }) });
    client = createTwilioClient(voiceConfig({ twilio: { accountSid: emu.accountSid, authToken: emu.authToken, baseUrl: emu.url } }).voice);
  });
  afterAll(async () => emu.close());

  it('finds the calls to the same number from the same caller ID since the attempt, oldest first', async () => {
    const since = Date.now();
    const create = (to: string) => client.calls.create({ to, from: FROM, url: 'http://127.0.0.1:9/twiml', timeout: 60 });
    const a = await create(CENTRE);
    await create(OTHER);
    const c = await create(CENTRE);
    const found = await findPlacedCalls(client, { to: CENTRE, from: FROM, since });
    // Twilio's date_created has whole seconds: calls of the same second come in SID order, so the
    // order is checked on what the API tells, not on the emulator's millisecond truth
    expect(found.map((f) => f.sid).sort()).toEqual([a.sid, c.sid].sort());
    expect(found[0]!.createdAt <= found[1]!.createdAt).toBe(true);
    expect(found[0]).toMatchObject({ to: CENTRE, from: FROM });
    expect(Number.isFinite(found[0]!.createdAt)).toBe(true);

    const others = await findPlacedCalls(client, { to: CENTRE, from: FROM, since, exclude: new Set([a.sid]) });
    expect(others.map((f) => f.sid)).toEqual([c.sid]);
  });

  it('finds nothing created before the attempt began', async () => {
    await client.calls.create({ to: CENTRE, from: FROM, url: 'http://127.0.0.1:9/twiml', timeout: 60 });
    const later = Date.now() + 5_000;
    expect(await findPlacedCalls(client, { to: CENTRE, from: FROM, since: later, clockSkewMs: 0 })).toEqual([]);
    expect(await findPlacedCalls(client, { to: '+8610000000499', from: FROM, since: 0 })).toEqual([]);
  });
});
