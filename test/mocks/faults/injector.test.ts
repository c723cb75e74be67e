/**
 * Fault injection in the emulators: deterministic for a seed, counted by kind, and — the case a
 * safe retry exists for — a create whose answer is lost after the call was created is adopted by
 * the voice channel: exactly one call reaches the centre.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVoiceChannel } from '../../../harness/channels/voice/channel.js';
import { sharedBrainAgents } from '../../../mocks/centre-voice/brain.js';
import { createVoiceCentre } from '../../../mocks/centre-voice/centre.js';
import type { FaultKind } from '../../../mocks/faults/injector.js';
import { startTwilioEmulator, type TwilioEmulator } from '../../../mocks/twilio/server.js';
import { contact, voiceConfig } from '../../harness/channels/voice/fixtures.js';

async function kindsSeen(emu: TwilioEmulator, n: number): Promise<string[]> {
  const auth = `Basic ${Buffer.from(`${emu.accountSid}:${emu.authToken}`).toString('base64')}`;
  const seen: string[] = [];
  for (let k = 0; k < n; k++) {
    const res = await fetch(`${emu.url}/2010-04-01/Accounts/${emu.accountSid}/Calls.json`, { headers: { authorization: auth } });
    await res.text();
    seen.push(res.headers.get('x-fault-injected') ?? 'ok');
  }
  return seen;
}

describe('emulator fault injection', () => {
  it('injects the same faults for the same seed, at about the rate, and counts them', async () => {
    const kinds: FaultKind[] = ['429', '500', '503', 'malformed'];
    const a = await startTwilioEmulator({ faults: { rate: 0.3, kinds, seed: 7 } });
    const b = await startTwilioEmulator({ faults: { rate: 0.3, kinds, seed: 7 } });
    const c = await startTwilioEmulator({ faults: { rate: 0.3, kinds, seed: 8 } });
    try {
      const [sa, sb, sc] = [await kindsSeen(a, 60), await kindsSeen(b, 60), await kindsSeen(c, 60)];
      expect(sa).toEqual(sb);
      expect(sa).not.toEqual(sc);
      const hits = sa.filter((k) => k !== 'ok').length;
      expect(hits).toBeGreaterThan(5);
      expect(hits).toBeLessThan(35);
      expect(a.faults.requests).toBe(60);
      expect(Object.values(a.faults.injected).reduce((x, y) => x + y, 0)).toBe(hits);
      for (const k of kinds) expect(a.faults.injected[k]).toBe(sa.filter((x) => x === k).length);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });
});

describe('a create that times out after the emulator created the call', () => {
  let emu: TwilioEmulator;
  /** Set by each test: its first calls.create is created, its answer never comes. */
  let loseNextCreate = false;
  beforeAll(async () => {
    emu = await startTwilioEmulator({
      centre: createVoiceCentre({ ringMs: 100, queueWaitMs: 100, timeScale: 0.05, agents: sharedBrainAgents({ profile: 'exemplary' }) }),
      timing: { msPerChar: 10, endpointingMs: 50 },
      faults: {
        rate: 1,
        kinds: ['timeout'],
        holdMs: 5_000,
        applies: (req) => {
          if (!(loseNextCreate && req.method === 'POST' && req.path.endsWith('/Calls.json'))) return false;
          loseNextCreate = false;
          return true;
        },
      },
    });
  });
  afterAll(async () => emu.close());

  for (const grace of [2000, 0]) {
    it(`is adopted, never dialled again: exactly one call (webhook grace ${grace} ms)`, async () => {
      const before = emu.callLog().length;
      loseNextCreate = true;
      const channel = await createVoiceChannel(voiceConfig({ twilio: { accountSid: emu.accountSid, authToken: emu.authToken, baseUrl: emu.url } }), {
        transcriber: null,
        twilioTimeoutMs: 1000,
        webhookGraceMs: grace,
        retry: { baseDelayMs: 10 },
      });
      try {
        const i = await channel.place(contact(`lost-answer-${grace}`));
        const calls = emu.callLog().slice(before);
        expect(calls).toHaveLength(1);
        expect(i.outcome).toBe('completed');
        expect(i.centreRef).toBe(calls[0]!.sid);
        expect(i.events.find((e) => e.type === 'call-created')?.detail).toMatchObject({ adopted: true, callSid: calls[0]!.sid });
        expect(i.events.some((e) => e.type === 'retry' && e.detail?.kind === 'timeout')).toBe(true);
      } finally {
        await channel.close();
      }
    });
  }
});
