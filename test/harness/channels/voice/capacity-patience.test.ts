/**
 * Calls through the Twilio emulator to a small simulated centre (2 lines, 1 voice agent, handle
 * time 15 s): one call is served; one caller queues and loses patience (abandoned); of two calls
 * placed together one finds both lines taken (Twilio `busy`) and the other queues and gives up too.
 * The centre's own truth must match the Interactions' outcomes, and its ASA the measured one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../../harness/channels/channel.js';
import { createVoiceChannel } from '../../../../harness/channels/voice/channel.js';
import type { Interaction } from '../../../../harness/interaction/types.js';
import { sharedBrainAgents } from '../../../../mocks/centre-voice/brain.js';
import { createVoiceCentre, type VoiceCentreHandle } from '../../../../mocks/centre-voice/centre.js';
import { startDeepgramEmulator, type DeepgramEmulator } from '../../../../mocks/deepgram/server.js';
import { startTwilioEmulator, type TwilioEmulator } from '../../../../mocks/twilio/server.js';
import { contact, scenario, voiceConfig } from './fixtures.js';

const STEPS = scenario([
  { wait: { pattern: '请按1', speaker: 'ivr', timeoutMs: 15_000 } },
  { press: '1' },
  { wait: { pattern: '工号', timeoutMs: 60_000 } },
  // The agent closes the call when its handle time is up.
  { wait: { pattern: '再见', timeoutMs: 60_000, optional: true } },
  { end: true },
]);

let twilioEmu: TwilioEmulator;
let deepgramEmu: DeepgramEmulator;
let centre: VoiceCentreHandle;
let channel: Channel;
let served: Interaction;
let impatient: Interaction;
let together: Interaction[];

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  centre = createVoiceCentre({
    ringMs: 200,
    timeScale: 0.05,
    wrapUpMs: 0,
    agents: sharedBrainAgents({ profile: 'exemplary' }),
    capacity: { lines: 2, agents: 1 },
    handleTime: { meanMs: 300_000 }, // 15 s real: the first call is in service while the others come and go
  });
  twilioEmu = await startTwilioEmulator({ centre, timing: { msPerChar: 12, endpointingMs: 100 } });
  deepgramEmu = await startDeepgramEmulator();
  const config = voiceConfig({
    twilio: { accountSid: twilioEmu.accountSid, authToken: twilioEmu.authToken, baseUrl: twilioEmu.url },
    deepgram: { apiKey: deepgramEmu.apiKey, baseUrl: deepgramEmu.url },
  });
  config.voice.ringTimeoutSec = 10;
  channel = await createVoiceChannel(config);
  const first = channel.place(contact('served', STEPS));
  await until(() => centre.ledger.counts('voice').answered === 1, 'the first call to reach the agent');
  // Patience counts from the answer: ~1 s of IVR menu, then the queue.
  impatient = await channel.place({ ...contact('impatient', STEPS), patienceMs: 3_000 });
  together = await Promise.all(['second-a', 'second-b'].map((id) => channel.place({ ...contact(id, STEPS), patienceMs: 3_000 })));
  served = await first;
}, 180_000);

afterAll(async () => {
  await channel?.close();
  await twilioEmu?.close();
  await deepgramEmu?.close();
  await centre?.flush();
});

describe('voice: lines, ACD queue and customer patience through the Twilio emulator', () => {
  it('the served call completes when the agent’s handle time is up', () => {
    expect(served.error).toBeUndefined();
    expect(served.outcome).toBe('completed');
    expect(served.events.some((e) => e.type === 'agent-joined')).toBe(true);
  });

  it('the impatient caller hangs up in the queue: abandoned, with the wait', () => {
    expect(impatient.outcome).toBe('abandoned');
    expect(impatient.error).toBeUndefined();
    expect(impatient.events.find((e) => e.type === 'abandoned')?.detail?.waitedMs).toBeGreaterThanOrEqual(3_000);
    expect(impatient.turns.some((t) => t.speaker === 'agent')).toBe(false);
    expect(impatient.turns.some((t) => t.speaker === 'ivr' && t.text.includes('前面还有'))).toBe(true);
  });

  it('with both lines taken the next call is busy; the one that got a line queues and gives up', () => {
    expect(together.map((i) => i.outcome).sort()).toEqual(['abandoned', 'busy']);
    for (const i of together) expect(i.error).toBeUndefined();
  });

  it('the centre’s truth matches the Interactions call by call, and its ASA the measured one', () => {
    expect(centre.ledger.counts('voice')).toMatchObject({ offered: 4, answered: 1, abandoned: 2, busy: 1, overflow: 0, live: 0, maxConcurrentInService: 1 });
    const contacts = centre.ledger.contacts('voice');
    const expected: Record<string, string> = { completed: 'answered', abandoned: 'abandoned', busy: 'busy' };
    for (const i of [served, impatient, ...together]) expect(contacts.find((c) => c.ref === i.centreRef)?.fate).toBe(expected[i.outcome]);
    // ASA: the centre's queue wait vs the caller's queued → agent-joined (from the recording's turns).
    const at = (type: string) => served.events.find((e) => e.type === type)!.atMs;
    const measured = at('agent-joined') - at('queued');
    const truth = centre.ledger.counts('voice').asaMs!;
    expect(Math.abs(measured - truth)).toBeLessThan(1_000);
  });
});
