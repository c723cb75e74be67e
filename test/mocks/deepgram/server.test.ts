import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeepgramClient, DeepgramError } from '@deepgram/sdk';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeepgramEmulator, type DeepgramEmulator } from '../../../mocks/deepgram/server.js';
import { encodeRecordingWav } from '../../../mocks/twilio/recording.js';

const timeline = {
  durationSec: 6,
  utterances: [
    { channel: 1, text: '您好，工号1023，很高兴为您服务。', start: 0.5, end: 2.5 },
    { channel: 0, text: '我想问一下补卡收费吗？', start: 3.0, end: 4.5 },
    { channel: 1, text: '补卡是免费的。', start: 4.8, end: 5.8 },
  ],
};
const wav = encodeRecordingWav(timeline);
const options = { model: 'nova-3', language: 'zh-CN', multichannel: true, utterances: true, punctuate: true, smart_format: true };

function client(emu: DeepgramEmulator, apiKey = emu.apiKey) {
  return new DeepgramClient({ apiKey, baseUrl: emu.url, maxRetries: 0 });
}

describe('Deepgram emulator through the real @deepgram/sdk', () => {
  let emu: DeepgramEmulator;
  let files: Server;
  let filesUrl = '';

  beforeAll(async () => {
    emu = await startDeepgramEmulator();
    const app = express();
    app.get('/call.wav', (_req, res) => res.type('audio/x-wav').send(wav));
    files = await new Promise((r) => {
      const s = app.listen(0, '127.0.0.1', () => r(s));
    });
    filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await emu.close();
    await new Promise((r) => files.close(r));
  });

  it('transcribes an uploaded dual-channel recording into channels, words and utterances with true times', async () => {
    const res = (await client(emu).listen.v1.media.transcribeFile(wav, options)) as any;
    expect(res.metadata).toMatchObject({ channels: 2, duration: 6, models: [expect.any(String)] });
    expect(res.metadata.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(res.results.channels).toHaveLength(2);
    const agent = res.results.channels[1].alternatives[0];
    expect(agent.transcript.replace(/\s+/g, '')).toBe('您好，工号1023，很高兴为您服务。补卡是免费的。');
    expect(agent.words[0]).toMatchObject({ word: '您好', start: 0.5, punctuated_word: '您好，' });
    expect(agent.words.at(-1).end).toBeCloseTo(5.8, 3);
    const utts = res.results.utterances;
    expect(utts.map((u: any) => [u.channel, u.start, u.end])).toEqual([
      [1, 0.5, 2.5],
      [0, 3, 4.5],
      [1, 4.8, 5.8],
    ]);
    expect(utts[1].transcript.replace(/\s+/g, '')).toBe('我想问一下补卡收费吗？');
    expect(emu.requests.at(-1)!.query).toMatchObject({ model: 'nova-3', language: 'zh-CN', multichannel: 'true', utterances: 'true', punctuate: 'true', smart_format: 'true' });
  });

  it('fetches a {url} body from this machine', async () => {
    const res = (await client(emu).listen.v1.media.transcribeUrl({ url: `${filesUrl}/call.wav`, ...options })) as any;
    expect(res.results.utterances).toHaveLength(3);
  });

  it('merges channels when multichannel is off and omits utterances unless asked', async () => {
    const res = (await client(emu).listen.v1.media.transcribeFile(wav, { model: 'nova-3', language: 'zh-CN' })) as any;
    expect(res.results.channels).toHaveLength(1);
    expect(res.results.utterances).toBeUndefined();
    expect(res.results.channels[0].alternatives[0].words).toHaveLength(
      (res.results.channels[0].alternatives[0].transcript as string).split(' ').length,
    );
  });

  it('answers with Deepgram error bodies: 401 for a bad key, 400 for bad parameters or audio', async () => {
    const bad = client(emu, 'wrong');
    await expect(bad.listen.v1.media.transcribeFile(wav, options)).rejects.toSatisfy((e: unknown) => e instanceof DeepgramError && e.statusCode === 401 && (e.body as any).err_code === 'INVALID_AUTH');
    await expect(client(emu).listen.v1.media.transcribeFile(wav, { ...options, model: 'nova-9' })).rejects.toMatchObject({ statusCode: 400 });
    await expect(client(emu).listen.v1.media.transcribeFile(Buffer.from('not audio'), options)).rejects.toMatchObject({ statusCode: 400, body: { err_msg: expect.stringContaining('corrupt or unsupported') } });
    await expect(client(emu).listen.v1.media.transcribeUrl({ url: 'https://example.com/a.wav', ...options })).rejects.toMatchObject({ statusCode: 400, body: { err_code: 'REMOTE_CONTENT_ERROR' } });
  });
});

describe('Deepgram emulator ASR noise', () => {
  it('substitutes homophones, drops punctuation and degrades words, deterministically per seed', async () => {
    const noisy = await startDeepgramEmulator({ noise: { homophoneRate: 1, dropPunctuation: true, seed: 7 } });
    const wer = await startDeepgramEmulator({ noise: { wordErrorRate: 0.5, seed: 7 } });
    try {
      const a = (await client(noisy).listen.v1.media.transcribeFile(wav, options)) as any;
      const text = a.results.utterances.map((u: any) => u.transcript.replace(/\s+/g, '')).join('|');
      expect(text).toContain('公号');
      expect(text).toContain('手费');
      expect(text).not.toMatch(/[，。？]/);
      const b1 = (await client(wer).listen.v1.media.transcribeFile(wav, options)) as any;
      const b2 = (await client(wer).listen.v1.media.transcribeFile(wav, options)) as any;
      const t1 = b1.results.utterances.map((u: any) => u.transcript).join('|');
      expect(t1).toBe(b2.results.utterances.map((u: any) => u.transcript).join('|'));
      expect(t1.replace(/\s+/g, '')).not.toBe('您好，工号1023，很高兴为您服务。|我想问一下补卡收费吗？|补卡是免费的。');
      expect(b1.results.utterances[0].confidence).toBeLessThan(0.97);
    } finally {
      await noisy.close();
      await wer.close();
    }
  });
});
