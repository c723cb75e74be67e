/**
 * A call that waits the centre's longest queue wait hears "坐席全忙…" and the centre hangs up: the
 * harness reports it not connected (`no-answer`, no script failure), and the centre counts it as
 * overflow. One agent, handle time 12 s, longest wait 2 s, through the Twilio emulator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../../harness/channels/channel.js';
import { createVoiceChannel } from '../../../../harness/channels/voice/channel.js';
import type { Interaction } from '../../../../harness/interaction/types.js';
import { sharedBrainAgents } from '../../../../mocks/centre-voice/brain.js';
import { createVoiceCentre, type VoiceCentreHandle } from '../../../../mocks/centre-voice/centre.js';
import { startTwilioEmulator, type TwilioEmulator } from '../../../../mocks/twilio/server.js';
import { contact, scenario, voiceConfig } from './fixtures.js';

const STEPS = scenario([
  { wait: { pattern: '请按1', speaker: 'ivr', timeoutMs: 15_000 } },
  { press: '1' },
  { wait: { pattern: '工号', timeoutMs: 60_000 } },
  { wait: { pattern: '再见', timeoutMs: 60_000, optional: true } },
  { end: true },
]);

let twilioEmu: TwilioEmulator;
let centre: VoiceCentreHandle;
let channel: Channel;
let served: Interaction;
let overflowed: Interaction;

beforeAll(async () => {
  centre = createVoiceCentre({
    ringMs: 200,
    timeScale: 0.05,
    wrapUpMs: 0,
    agents: sharedBrainAgents({ profile: 'exemplary' }),
    capacity: { agents: 1, maxQueueWaitSec: 40 }, // 2 s real
    handleTime: { meanMs: 240_000 }, // 12 s real
  });
  twilioEmu = await startTwilioEmulator({ centre, timing: { msPerChar: 12, endpointingMs: 100 } });
  const config = voiceConfig({ twilio: { accountSid: twilioEmu.accountSid, authToken: twilioEmu.authToken, baseUrl: twilioEmu.url } });
  // The provisional (Gather) transcript is enough here: no Deepgram.
  channel = await createVoiceChannel(config, { transcriber: null, recordingWaitMs: 2_000 });
  const first = channel.place(contact('served', STEPS));
  const deadline = Date.now() + 60_000;
  while (centre.ledger.counts('voice').answered < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  overflowed = await channel.place(contact('overflowed', STEPS));
  served = await first;
}, 120_000);

afterAll(async () => {
  await channel?.close();
  await twilioEmu?.close();
  await centre?.flush();
});

describe('voice: the centre’s longest queue wait', () => {
  it('turns the waiting call away: no-answer for the harness, overflow for the centre', () => {
    expect(served.outcome).toBe('completed');
    expect(overflowed.outcome).toBe('no-answer');
    expect(overflowed.error).toBeUndefined();
    expect(centre.ledger.counts('voice')).toMatchObject({ offered: 2, answered: 1, overflow: 1, abandoned: 0, live: 0 });
    const truth = centre.ledger.contacts('voice').find((c) => c.ref === overflowed.centreRef)!;
    expect(truth).toMatchObject({ fate: 'overflow', queuedForMs: expect.any(Number) });
    expect(truth.queuedForMs).toBeGreaterThanOrEqual(2_000);
  });
});
