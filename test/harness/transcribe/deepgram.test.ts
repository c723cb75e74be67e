import { getEventListeners } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDeepgramTranscriber, utterancesToTurns } from '../../../harness/transcribe/deepgram.js';
import { deepgramFaultHandlers, type DeepgramFault } from '../../../mocks/msw/deepgram-faults.js';
import { fakeClock } from '../retry/fake-clock.js';
import { startDeepgramEmulator, type DeepgramEmulator } from '../../../mocks/deepgram/server.js';
import { encodeRecordingWav } from '../../../mocks/twilio/recording.js';

const dir = mkdtempSync(join(tmpdir(), 'dg-test-'));
const recording = join(dir, 'call.wav');
writeFileSync(
  recording,
  encodeRecordingWav({
    durationSec: 8,
    utterances: [
      { channel: 1, text: '您好，欢迎致电。普通话服务请按1。', start: 0.2, end: 2.0 },
      { channel: 1, text: '您好，工号1023，请问有什么可以帮您？', start: 3.0, end: 4.6 },
      { channel: 0, text: '我想办理补卡。', start: 4.4, end: 5.5 },
      { channel: 1, text: '好的，请问您的身份证后四位是多少？', start: 6.0, end: 7.5 },
    ],
  }),
);

describe('utterancesToTurns', () => {
  it('maps channels to speakers, splits the centre into IVR and agent, and offsets times', () => {
    const turns = utterancesToTurns(
      [
        { channel: 0, start: 4.4, end: 5.5, transcript: '我想 办理 补 卡 。', confidence: 0.9 },
        { channel: 1, start: 0.2, end: 2.0, transcript: '普通话 服务 请 按 1 。' },
        { channel: 1, start: 3.0, end: 4.6, transcript: '您好 ， 工号 1023' },
        { channel: 1, start: 6, end: 6, transcript: '  ' },
      ],
      ['customer', 'centre'],
      1000,
    );
    expect(turns).toEqual([
      { speaker: 'ivr', text: '普通话服务请按1。', startMs: 1200, endMs: 3000, audioChannel: 1 },
      { speaker: 'agent', text: '您好，工号1023', startMs: 4000, endMs: 5600, audioChannel: 1 },
      { speaker: 'customer', text: '我想办理补卡。', startMs: 5400, endMs: 6500, audioChannel: 0, confidence: 0.9 },
    ]);
  });
});

describe('Deepgram transcriber', () => {
  let emu: DeepgramEmulator;
  beforeAll(async () => {
    emu = await startDeepgramEmulator();
  });
  afterAll(() => emu.close());

  it('transcribes a dual-channel recording with nova-3 / zh-CN into timed turns (overlap preserved)', async () => {
    const t = createDeepgramTranscriber({ apiKey: emu.apiKey, baseUrl: emu.url, model: 'nova-3', language: 'zh-CN' });
    const result = await t.transcribe({ path: recording, channels: 2 }, { offsetMs: 500 });
    expect(result.error).toBeUndefined();
    expect(result.source).toBe('deepgram');
    expect(result.turns.map((x) => [x.speaker, x.startMs, x.endMs])).toEqual([
      ['ivr', 700, 2500],
      ['agent', 3500, 5100],
      ['customer', 4900, 6000],
      ['agent', 6500, 8000],
    ]);
    // The customer started before the agent finished: the overlap (抢话) survives transcription.
    expect(result.turns[2]!.startMs).toBeLessThan(result.turns[1]!.endMs);
    expect(emu.requests.at(-1)!.query).toMatchObject({ model: 'nova-3', language: 'zh-CN', multichannel: 'true', utterances: 'true', punctuate: 'true', smart_format: 'true' });
  });

  it('leaves no listeners on the run signal however many recordings it transcribes, and follows its abort', async () => {
    const t = createDeepgramTranscriber({ apiKey: emu.apiKey, baseUrl: emu.url, model: 'nova-3', language: 'zh-CN' });
    const run = new AbortController();
    for (let i = 0; i < 12; i++) expect((await t.transcribe({ path: recording, channels: 2 }, { signal: run.signal })).error).toBeUndefined();
    expect(getEventListeners(run.signal, 'abort')).toHaveLength(0);
    run.abort();
    const aborted = await t.transcribe({ path: recording, channels: 2 }, { signal: run.signal });
    expect(aborted.turns).toEqual([]);
    expect(aborted.error).toBeDefined();
  });

  it('returns a bad key as error data, not an exception', async () => {
    const t = createDeepgramTranscriber({ apiKey: 'wrong', baseUrl: emu.url, model: 'nova-3', language: 'zh-CN' });
    const result = await t.transcribe({ path: recording, channels: 2 });
    expect(result.turns).toEqual([]);
    expect(result.error).toMatchObject({ code: 'E_DEEPGRAM_401', message: expect.stringContaining('INVALID_AUTH'), hint: expect.stringContaining('DEEPGRAM_API_KEY') });
  });
});

describe('Deepgram faults injected into the real SDK (msw)', () => {
  const base = 'https://api.deepgram.test';
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  const config = { apiKey: 'k', baseUrl: base, model: 'nova-3', language: 'zh-CN' };

  const lasting: [DeepgramFault, string, RegExp, boolean][] = [
    ['unauthorized', 'E_DEEPGRAM_401', /DEEPGRAM_API_KEY/, false],
    ['bad-request', 'E_DEEPGRAM_400', /recording file/, false],
    ['payment-required', 'E_DEEPGRAM_402', /credit/, false],
    ['rate-limited', 'E_DEEPGRAM_429', /rate limit/, true],
    ['internal-error', 'E_DEEPGRAM_500', /server error/, true],
    ['server-error', 'E_DEEPGRAM_503', /server error/, true],
  ];
  for (const [fault, code, hint, retryable] of lasting) {
    it(`${fault} that lasts → ${code}, ${retryable ? 'retried to the bound, retryable' : 'not retried'}`, async () => {
      const calls = { count: 0 };
      server.use(...deepgramFaultHandlers(base, fault, calls, { retryAfterSec: 0 }));
      const clock = fakeClock(Date.now());
      const t = createDeepgramTranscriber(config, { retry: { maxAttempts: 3, clock } });
      const result = await t.transcribe({ path: recording, channels: 2 });
      expect(result.error).toMatchObject({ code, hint: expect.stringMatching(hint) });
      expect(result.turns).toEqual([]);
      expect(result).toMatchObject({ retryable, attempts: retryable ? 3 : 1 });
      expect(calls.count).toBe(retryable ? 3 : 1);
    });
  }

  for (const fault of ['rate-limited', 'internal-error', 'server-error', 'timeout', 'reset', 'malformed'] as DeepgramFault[]) {
    it(`${fault} once, then the transcript`, async () => {
      const calls = { count: 0 };
      server.use(...deepgramFaultHandlers(base, fault, calls, { times: 1 }));
      const clock = fakeClock(Date.now());
      const t = createDeepgramTranscriber(config, { timeoutSec: 0.3, retry: { clock } });
      const result = await t.transcribe({ path: recording, channels: 2 });
      expect(result.error).toBeUndefined();
      expect(result).toMatchObject({ attempts: 2, source: 'deepgram' });
      expect(result.turns.map((x) => x.speaker)).toEqual(['agent', 'customer']);
      expect(calls.count).toBe(2);
      // Retry-After (1 s) honoured on a fake clock: no real wait.
      if (fault === 'rate-limited' || fault === 'server-error') expect(clock.sleeps).toEqual([1000]);
    });
  }

  it('a hung request times out into E_TRANSCRIBE_TIMEOUT, retryable', async () => {
    server.use(...deepgramFaultHandlers(base, 'timeout'));
    const t = createDeepgramTranscriber(config, { timeoutSec: 0.3, retry: { maxAttempts: 2, clock: fakeClock(Date.now()) } });
    const result = await t.transcribe({ path: recording, channels: 2 });
    expect(result.error).toMatchObject({ code: 'E_TRANSCRIBE_TIMEOUT', message: expect.stringMatching(/after 2 attempts/) });
    expect(result.retryable).toBe(true);
  });
});
