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
const FRAME_BYTES = CHANNELS * BYTES_PER_SAMPLE;
/**
 * One second of interleaved stereo frames for each combination of speaking channels (bit 0: channel
 * 0 speaks, bit 1: channel 1), computed once. Whole-Hz tones repeat every SAMPLE_RATE frames, so
 * writing a recording is a few memory copies per utterance edge instead of a loop over samples
 * (a thousand recordings are fetched at the end of a load run, while other calls are still live).
 */
const STEREO_TABLES = [0, 1, 2, 3].map((mask) => {
  const table = Buffer.alloc(SAMPLE_RATE * FRAME_BYTES);
  for (let f = 0; f < SAMPLE_RATE; f++) {
    for (let ch = 0; ch < CHANNELS; ch++) {
      if (mask & (1 << ch)) table.writeInt16LE(Math.round(Math.sin((2 * Math.PI * TONES[ch]! * f) / SAMPLE_RATE) * 6000), (f * CHANNELS + ch) * BYTES_PER_SAMPLE);
    }
  }
  return table;
});

/** Fills frames [from, to) of `target` (whose first frame is `base`) with the tones of `mask`. */
function fillFrames(target: Buffer, base: number, from: number, to: number, mask: number): void {
  if (!mask) return; // silence: the buffer is zeroed
  const table = STEREO_TABLES[mask]!;
  for (let f = from; f < to; ) {
    const inTable = f % SAMPLE_RATE;
    const n = Math.min(to - f, SAMPLE_RATE - inTable);
    table.copy(target, (f - base) * FRAME_BYTES, inTable * FRAME_BYTES, (inTable + n) * FRAME_BYTES);
    f += n;
  }
}

/** Frames per chunk of the streamed WAV (16,384 frames = 64 KB, about 2 s of call). */
const CHUNK_FRAMES = 16_384;

/**
 * The WAV as a sequence of small buffers — header, 64 KB slices of samples, the timeline chunk —
 * and its total length. The media endpoint streams them: a minute of call is 2 MB, and a thousand
 * recordings fetched at the end of a load run must not each be one big allocation and one long
 * synchronous loop (measured: that stalled the emulator's event loop for the calls still live).
 */
export function recordingWavParts(timeline: RecordingTimeline): { length: number; parts: Iterable<Buffer> } {
  const frames = Math.max(1, Math.round(timeline.durationSec * SAMPLE_RATE));
  const dataBytes = frames * CHANNELS * BYTES_PER_SAMPLE;
  const meta = Buffer.from(JSON.stringify(timeline), 'utf-8');
  const metaPadded = meta.length + (meta.length % 2);
  const length = 12 + 24 + 8 + dataBytes + 8 + metaPadded;
  function* parts(): Generator<Buffer> {
    const header = Buffer.alloc(44);
    header.write('RIFF', 0, 'ascii');
    header.writeUInt32LE(length - 8, 4);
    header.write('WAVE', 8, 'ascii');
    header.write('fmt ', 12, 'ascii');
    header.writeUInt32LE(16, 16);
    header.writeUInt16LE(1, 20); // PCM
    header.writeUInt16LE(CHANNELS, 22);
    header.writeUInt32LE(SAMPLE_RATE, 24);
    header.writeUInt32LE(SAMPLE_RATE * CHANNELS * BYTES_PER_SAMPLE, 28);
    header.writeUInt16LE(CHANNELS * BYTES_PER_SAMPLE, 32);
    header.writeUInt16LE(16, 34);
    header.write('data', 36, 'ascii');
    header.writeUInt32LE(dataBytes, 40);
    yield header;
    const spans = timeline.utterances.map((u) => ({
      bit: 1 << Math.min(Math.max(u.channel, 0), CHANNELS - 1),
      from: Math.max(0, Math.floor(u.start * SAMPLE_RATE)),
      to: Math.min(frames, Math.ceil(u.end * SAMPLE_RATE)),
    }));
    for (let first = 0; first < frames; first += CHUNK_FRAMES) {
      const last = Math.min(first + CHUNK_FRAMES, frames);
      const chunk = Buffer.alloc((last - first) * FRAME_BYTES);
      // Cut the chunk where any utterance starts or ends; each piece has one set of speakers.
      const cuts = [...new Set([first, last, ...spans.flatMap((s) => [s.from, s.to]).filter((f) => f > first && f < last)])].sort((a, b) => a - b);
      for (let k = 0; k + 1 < cuts.length; k++) {
        const [from, to] = [cuts[k]!, cuts[k + 1]!];
        const mask = spans.reduce((m, s) => (s.from <= from && s.to >= to ? m | s.bit : m), 0);
        fillFrames(chunk, first, from, to, mask);
      }
      yield chunk;
    }
    const tail = Buffer.alloc(8 + metaPadded);
    tail.write(TIMELINE_CHUNK, 0, 'ascii');
    tail.writeUInt32LE(meta.length, 4);
    meta.copy(tail, 8);
    yield tail;
  }
  return { length, parts: { [Symbol.iterator]: parts } };
}

export function encodeRecordingWav(timeline: RecordingTimeline): Buffer {
  return Buffer.concat([...recordingWavParts(timeline).parts]);
}

export interface WavInfo {
  channels: number;
  sampleRate: number;
  durationSec: number;
  /** Present when the file was written by the emulator. */
  timeline?: RecordingTimeline;
}

export class WavFormatError extends Error {}

/**
 * Reads a WAV as it streams in: the format, the data length and the timeline chunk are kept, the
 * samples are only counted (an upload of a minute of call never sits in memory whole).
 */
export class WavScanner {
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes still to skip (sample data) before the next chunk header. */
  private skip = 0;
  private started = false;
  private channels = 0;
  private sampleRate = 0;
  private blockAlign = 0;
  private dataBytes = 0;
  private timeline?: RecordingTimeline;

  push(chunk: Buffer): void {
    if (this.skip >= chunk.length && this.started) {
      this.skip -= chunk.length;
      return;
    }
    const from = this.started ? this.skip : 0;
    this.skip = 0;
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk.subarray(from)]) : chunk.subarray(from);
    this.consume();
  }

  private consume(): void {
    if (!this.started) {
      if (this.pending.length < 12) return;
      if (this.pending.toString('ascii', 0, 4) !== 'RIFF' || this.pending.toString('ascii', 8, 12) !== 'WAVE') throw new WavFormatError('not a RIFF/WAVE file');
      this.started = true;
      this.pending = this.pending.subarray(12);
    }
    while (this.pending.length >= 8) {
      const id = this.pending.toString('ascii', 0, 4);
      const size = this.pending.readUInt32LE(4);
      const padded = size + (size % 2);
      if (id === 'data') {
        this.dataBytes = size;
        const available = this.pending.length - 8;
        if (available < padded) {
          this.skip = padded - available;
          this.pending = Buffer.alloc(0);
          return;
        }
        this.pending = this.pending.subarray(8 + padded);
        continue;
      }
      if (this.pending.length < 8 + size) return; // wait for the rest of this (small) chunk
      const body = this.pending.subarray(8, 8 + size);
      if (id === 'fmt ') {
        this.channels = body.readUInt16LE(2);
        this.sampleRate = body.readUInt32LE(4);
        this.blockAlign = body.readUInt16LE(12);
      } else if (id === TIMELINE_CHUNK) {
        this.timeline = JSON.parse(body.toString('utf-8')) as RecordingTimeline;
      }
      if (this.pending.length >= 8 + padded) {
        this.pending = this.pending.subarray(8 + padded);
      } else {
        this.skip = 8 + padded - this.pending.length; // the pad byte is still to come
        this.pending = Buffer.alloc(0);
        return;
      }
    }
  }

  finish(): WavInfo {
    if (!this.started) throw new WavFormatError('not a RIFF/WAVE file');
    if (!this.channels || !this.sampleRate || !this.blockAlign) throw new WavFormatError('the WAV file has no valid fmt chunk');
    return { channels: this.channels, sampleRate: this.sampleRate, durationSec: this.dataBytes / this.blockAlign / this.sampleRate, timeline: this.timeline };
  }
}

/** Read the format, length and (when present) the emulator's timeline chunk of a WAV file. */
export function readRecordingWav(buf: Buffer): WavInfo {
  const scanner = new WavScanner();
  scanner.push(buf);
  return scanner.finish();
}
