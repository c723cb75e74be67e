import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, ChannelFactory, ContactContext } from '../../../harness/channels/channel.js';
import { CHANNELS } from '../../../harness/channels/registry.js';
import { defaultConfig } from '../../../harness/config/load.js';
import type { HarnessConfig } from '../../../harness/config/types.js';
import type { Interaction } from '../../../harness/interaction/types.js';
import { DialLedger } from '../../../harness/safety/dial-ledger.js';
import { guardChannels, guardVoiceChannel } from '../../../harness/safety/dial-guard.js';
import { clearSecrets, registerSecrets } from '../../../harness/safety/secrets.js';
import { loadScenarioFile } from '../../../harness/scenario/loader.js';
import type { LoadedScenario } from '../../../harness/scenario/schema.js';

let dir: string;
let scenario: LoadedScenario;
let stranger: LoadedScenario;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ms-guard-'));
  for (const [id, phone] of [['hotline', '+864008208820'], ['stranger', '+861012345678']] as const) {
    await writeFile(path.join(dir, `${id}.yaml`), `id: ${id}\ntitle: t\nchannel: voice\ntarget: { phone: "${phone}" }\npersona: { name: 王先生 }\nsteps:\n  - say: 你好\n`);
  }
  scenario = await loadScenarioFile(path.join(dir, 'hotline.yaml'));
  stranger = await loadScenarioFile(path.join(dir, 'stranger.yaml'));
});
afterEach(() => clearSecrets());

/** A voice channel that records what it was asked to place; its result can carry an error. */
function recordingFactory(placed: string[], error?: Interaction['error']): ChannelFactory {
  return async (): Promise<Channel> => ({
    kind: 'voice',
    async place(ctx) {
      placed.push(ctx.contactId);
      return { schemaVersion: 1, contactId: ctx.contactId, scenarioId: ctx.scenario.id, runId: ctx.runId, channel: 'voice', startedAt: 0, durationMs: 1, events: [], turns: [], outcome: error ? 'failed' : 'completed', transcriptSource: 'gather', ...(error ? { error } : {}) };
    },
    close: async () => undefined,
  });
}

function ctx(contactId: string, s = scenario): ContactContext {
  return { runId: 'run-1', contactId, scenario: s, vars: {}, signal: new AbortController().signal, recordingsDir: dir };
}

function config(): HarnessConfig {
  const c = defaultConfig();
  c.out = dir;
  c.dialling!.allow = ['+86400*'];
  c.dialling!.caps = { perRun: 2, perDay: 10 };
  return c;
}

describe('dial guard (checks at the moment of each call, fake clock)', () => {
  it('places calls inside the window up to the run cap, then stores the rest as failed with the reason', async () => {
    const placed: string[] = [];
    let now = new Date('2026-12-03T02:00:00Z'); // Thu 10:00 Shanghai
    const ledger = new DialLedger(await mkdtemp(path.join(os.tmpdir(), 'ms-guard-ledger-')));
    const channel = await guardVoiceChannel(recordingFactory(placed), { clock: () => now, ledger })(config());
    expect((await channel.place(ctx('c1'))).outcome).toBe('completed');
    expect((await channel.place(ctx('c2'))).outcome).toBe('completed');
    const capped = await channel.place(ctx('c3'));
    expect(capped).toMatchObject({ outcome: 'failed', error: { code: 'E_DIAL_CAP' } });
    expect(placed).toEqual(['c1', 'c2']);
    // The run goes on past 18:00: the window closes between two calls.
    now = new Date('2026-12-03T10:00:00Z');
    const late = await channel.place(ctx('c4'));
    expect(late).toMatchObject({ outcome: 'failed', error: { code: 'E_DIAL_WINDOW' } });
    expect(late.error!.message).toContain('18:00');
    expect(placed).toEqual(['c1', 'c2']);
  });

  it('refuses a number not on the allowlist at dial time (a resumed run’s stored scenario)', async () => {
    const placed: string[] = [];
    const ledger = new DialLedger(await mkdtemp(path.join(os.tmpdir(), 'ms-guard-ledger-')));
    const channel = await guardVoiceChannel(recordingFactory(placed), { clock: () => new Date('2026-12-03T02:00:00Z'), ledger })(config());
    expect(await channel.place(ctx('c1', stranger))).toMatchObject({ outcome: 'failed', error: { code: 'E_DIAL_ALLOWLIST' } });
    expect(placed).toEqual([]);
    expect(await ledger.counts('run-1', '2026-12-03')).toEqual({ run: 0, day: 0 });
  });

  it('lets emulator calls through at any hour, uncounted', async () => {
    const placed: string[] = [];
    const c = config();
    c.voice.twilio.baseUrl = 'http://127.0.0.1:9';
    const channel = await guardVoiceChannel(recordingFactory(placed), { clock: () => new Date('2026-12-05T20:00:00Z') })(c);
    for (const id of ['a', 'b', 'c']) expect((await channel.place(ctx(id, stranger))).outcome).toBe('completed');
    expect(placed).toEqual(['a', 'b', 'c']);
  });

  it('scrubs credentials from every channel’s contact errors', async () => {
    registerSecrets({ twilioAccountSid: 'AC' + '7'.repeat(32), twilioAuthToken: 'tok-SECRET-12345', deepgramApiKey: 'dg-SECRET-67890' });
    const basic = Buffer.from(`AC${'7'.repeat(32)}:tok-SECRET-12345`).toString('base64');
    const error = { code: 'E_X', message: `GET https://AC${'7'.repeat(32)}:tok-SECRET-12345@api.example/x failed; Authorization: Basic ${basic}; key=dg-SECRET-67890`, hint: 'token tok-SECRET-12345' };
    const c = config();
    c.voice.twilio.baseUrl = 'http://127.0.0.1:9';
    const channels = guardChannels({ voice: recordingFactory([], error), webchat: async () => ({ ...(await recordingFactory([], error)(c)), kind: 'webchat' as const }) });
    for (const kind of ['voice', 'webchat'] as const) {
      const i = await (await channels[kind](c)).place(ctx('x'));
      const text = JSON.stringify(i);
      for (const secret of ['tok-SECRET-12345', 'dg-SECRET-67890', basic, '7'.repeat(32)]) expect(text, kind).not.toContain(secret);
      expect(i.error!.message).toContain('[redacted]');
    }
  });

  it('passes a channel’s recover on (resume asks Twilio about a call in flight instead of dialling again)', async () => {
    const recovered: string[] = [];
    const withRecover: ChannelFactory = async (c) => ({
      ...(await recordingFactory([])(c)),
      async recover(rctx) {
        recovered.push(rctx.contactId);
        return { kind: 'not-placed', note: 'no call found' };
      },
    });
    const c = config();
    const channels = guardChannels({ voice: withRecover, webchat: async (cc) => ({ ...(await withRecover(cc)), kind: 'webchat' as const }) });
    for (const kind of ['voice', 'webchat'] as const) {
      const channel = await channels[kind](c);
      expect(channel.recover, kind).toBeTypeOf('function');
      expect(await channel.recover!(ctx(`r-${kind}`), { attempt: 1, startedAt: 0, progress: {} } as never)).toEqual({ kind: 'not-placed', note: 'no call found' });
    }
    expect(recovered).toEqual(['r-voice', 'r-webchat']);
    // a channel without recover stays without it (resume then treats its attempts as never placed)
    expect((await guardChannels({ voice: recordingFactory([]) }).voice(c)).recover).toBeUndefined();
  });

  it('passes a channel’s prepare on (web chat opens its first wave of browser contexts ahead)', async () => {
    const prepared: number[] = [];
    const withPrepare: ChannelFactory = async (c) => ({
      ...(await recordingFactory([])(c)),
      async prepare(demand) {
        prepared.push(demand.length);
      },
    });
    const channels = guardChannels({ voice: withPrepare, webchat: async (cc) => ({ ...(await withPrepare(cc)), kind: 'webchat' as const }) });
    for (const kind of ['voice', 'webchat'] as const) await (await channels[kind](config())).prepare!([]);
    expect(prepared).toEqual([0, 0]);
    expect((await guardChannels({ webchat: recordingFactory([]) }).webchat(config())).prepare).toBeUndefined();
  });

  it('guards the registry every command places through (run, load, workers): real calls refused before any request', async () => {
    const c = config();
    c.dialling!.allow = [];
    c.voice.twilio = { accountSid: 'AC' + '1'.repeat(32), authToken: 'x'.repeat(32) }; // api.twilio.com: real mode
    const channel = await CHANNELS.voice(c);
    try {
      const i = await channel.place(ctx('real-1'));
      // Closed window or empty allowlist, depending on when the test runs: refused either way.
      expect(i.error?.code).toMatch(/^E_DIAL_(WINDOW|ALLOWLIST)$/u);
      expect(i.events).toEqual([{ type: 'error', atMs: 0, detail: { code: i.error!.code } }]);
    } finally {
      await channel.close();
    }
  });
});
