/**
 * Dual-channel call recordings as real WAV files (RIFF, PCM 16-bit, 8 kHz, 2 channels): each
 * utterance is a soft tone burst on its speaker's channel, so the audio has the right shape and
 * length. The words themselves travel in an extra RIFF chunk (`mstl`, "mystery-shopper timeline"),
 * which players ignore and the Deepgram emulator reads: that way a recording downloaded to disk and
 * uploaded later still transcribes to what was really said, with true timestamps, across processes.
 */

export const SAMPLE_RATE = 8000;
const CHANNELS = 2;
const BYTES_PER_SAMPLE = 2;
const TIMELINE_CHUNK = 'mstl';

/** One stretch of speech on one channel of the recording; times in seconds from recording start. */
export interface RecordedUtterance {
  channel: number;
  text: string;
  start: number;
  end: number;
}

export interface RecordingTimeline {
  durationSec: number;
  utterances: RecordedUtterance[];
}

/** Tone per channel (Hz): different pitches make the channels easy to tell apart by ear. */
const TONES = [440, 660];
/**
 * One second of each tone, computed once: whole-Hz tones repeat every SAMPLE_RATE samples, so
 * encoding a recording is a table copy (1,000 concurrent calls must not stall the event loop).
 */
const TONE_TABLES = TONES.map((hz) => Int16Array.from({ length: SAMPLE_RATE }, (_, f) => Math.round(Math.sin((2 * Math.PI * hz * f) / SAMPLE_RATE) * 6000)));

export function encodeRecordingWav(timeline: RecordingTimeline): Buffer {
  const frames = Math.max(1, Math.round(timeline.durationSec * SAMPLE_RATE));
  const dataBytes = frames * CHANNELS * BYTES_PER_SAMPLE;
  const meta = Buffer.from(JSON.stringify(timeline), 'utf-8');
  const metaPadded = meta.length + (meta.length % 2);
  const total = 12 + 24 + 8 + dataBytes + 8 + metaPadded;
  const buf = Buffer.alloc(total);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(total - 8, 4);
  buf.write('WAVE', 8, 'ascii');
  buf.write('fmt ', 12, 'ascii');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(CHANNELS, 22);
  buf.writeUInt32LE(SAMPLE_RATE, 24);
  buf.writeUInt32LE(SAMPLE_RATE * CHANNELS * BYTES_PER_SAMPLE, 28);
  buf.writeUInt16LE(CHANNELS * BYTES_PER_SAMPLE, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(dataBytes, 40);
  const dataStart = 44;
  // Little-endian hosts only (x86, arm64), like WAV itself: write samples through a typed view.
  const samples = new Int16Array(buf.buffer, buf.byteOffset + dataStart, frames * CHANNELS);
  for (const u of timeline.utterances) {
    const ch = Math.min(Math.max(u.channel, 0), CHANNELS - 1);
    const table = TONE_TABLES[ch]!;
    const from = Math.max(0, Math.floor(u.start * SAMPLE_RATE));
    const to = Math.min(frames, Math.ceil(u.end * SAMPLE_RATE));
    for (let f = from; f < to; f++) samples[f * CHANNELS + ch] = table[f % SAMPLE_RATE]!;
  }
  const metaAt = dataStart + dataBytes;
  buf.write(TIMELINE_CHUNK, metaAt, 'ascii');
  buf.writeUInt32LE(meta.length, metaAt + 4);
  meta.copy(buf, metaAt + 8);
  return buf;
}

export interface WavInfo {
  channels: number;
  sampleRate: number;
  durationSec: number;
  /** Present when the file was written by the emulator. */
  timeline?: RecordingTimeline;
}

export class WavFormatError extends Error {}

/** Read the format, length and (when present) the emulator's timeline chunk of a WAV file. */
export function readRecordingWav(buf: Buffer): WavInfo {
  if (buf.length < 12 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') {
    throw new WavFormatError('not a RIFF/WAVE file');
  }
  let channels = 0;
  let sampleRate = 0;
  let blockAlign = 0;
  let dataBytes = 0;
  let timeline: RecordingTimeline | undefined;
  for (let at = 12; at + 8 <= buf.length; ) {
    const id = buf.toString('ascii', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ') {
      channels = buf.readUInt16LE(body + 2);
      sampleRate = buf.readUInt32LE(body + 4);
      blockAlign = buf.readUInt16LE(body + 12);
    } else if (id === 'data') {
      dataBytes = size;
    } else if (id === TIMELINE_CHUNK) {
      timeline = JSON.parse(buf.toString('utf-8', body, body + size)) as RecordingTimeline;
    }
    at = body + size + (size % 2);
  }
  if (!channels || !sampleRate || !blockAlign) throw new WavFormatError('the WAV file has no valid fmt chunk');
  return { channels, sampleRate, durationSec: dataBytes / blockAlign / sampleRate, timeline };
}
