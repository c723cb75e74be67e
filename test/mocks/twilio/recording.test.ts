import { describe, expect, it } from 'vitest';
import { encodeRecordingWav, readRecordingWav, recordingWavParts, SAMPLE_RATE, WavFormatError, WavScanner } from '../../../mocks/twilio/recording.js';

describe('recording WAV', () => {
  const timeline = {
    durationSec: 2,
    utterances: [
      { channel: 1, text: '普通话服务请按1', start: 0.1, end: 0.6 },
      { channel: 0, text: '你好', start: 1.0, end: 1.4 },
    ],
  };

  it('is a real 8 kHz, 2-channel, 16-bit PCM WAV of the right length', () => {
    const wav = encodeRecordingWav(timeline);
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.toString('ascii', 8, 12)).toBe('WAVE');
    expect(wav.readUInt16LE(20)).toBe(1); // PCM
    expect(wav.readUInt16LE(22)).toBe(2);
    expect(wav.readUInt32LE(24)).toBe(SAMPLE_RATE);
    expect(wav.readUInt16LE(34)).toBe(16);
    const info = readRecordingWav(wav);
    expect(info).toMatchObject({ channels: 2, sampleRate: 8000, durationSec: 2 });
    expect(info.timeline).toEqual(timeline);
  });

  it('puts sound only on the speaking channel, only while speaking', () => {
    const wav = encodeRecordingWav(timeline);
    const sample = (sec: number, ch: number) => {
      // Peak over 10 ms around the instant, so a zero crossing cannot fool the test.
      let peak = 0;
      for (let f = Math.floor(sec * SAMPLE_RATE); f < Math.floor(sec * SAMPLE_RATE) + 80; f++) peak = Math.max(peak, Math.abs(wav.readInt16LE(44 + (f * 2 + ch) * 2)));
      return peak;
    };
    expect(sample(0.3, 1)).toBeGreaterThan(1000);
    expect(sample(0.3, 0)).toBe(0);
    expect(sample(1.2, 0)).toBeGreaterThan(1000);
    expect(sample(1.2, 1)).toBe(0);
    expect(sample(1.7, 0) + sample(1.7, 1)).toBe(0);
  });

  it('streams as small parts that add up to the announced length and the same file', () => {
    const long = { durationSec: 65, utterances: [{ channel: 1, text: '您好，工号1023', start: 1.5, end: 4 }, { channel: 0, text: '好的', start: 3.5, end: 64.9 }] };
    const { length, parts } = recordingWavParts(long);
    const list = [...parts];
    expect(list.length).toBeGreaterThan(10);
    expect(Math.max(...list.map((p) => p.length))).toBeLessThanOrEqual(64 * 1024);
    const whole = Buffer.concat(list);
    expect(whole.length).toBe(length);
    expect(whole.readUInt32LE(4)).toBe(length - 8);
    expect(readRecordingWav(whole)).toMatchObject({ channels: 2, durationSec: 65, timeline: long });
  });

  it('scans a WAV fed in arbitrary pieces (odd sizes, split headers, a pad byte on its own)', () => {
    const odd = { ...timeline, utterances: [{ ...timeline.utterances[0]!, text: '普通话服务请按1。' }] };
    expect(Buffer.byteLength(JSON.stringify(odd)) % 2).toBe(1); // so the timeline chunk has a pad byte
    const wav = encodeRecordingWav(odd);
    for (const size of [1, 3, 7, 4096, 333_333]) {
      const scanner = new WavScanner();
      for (let at = 0; at < wav.length; at += size) scanner.push(wav.subarray(at, at + size));
      expect(scanner.finish()).toEqual(readRecordingWav(wav));
    }
    expect(readRecordingWav(wav).timeline).toEqual(odd);
  });

  it('rejects what is not a WAV file', () => {
    expect(() => readRecordingWav(Buffer.from('ID3 not audio at all'))).toThrow(WavFormatError);
  });
});
