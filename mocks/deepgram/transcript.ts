/**
 * Builds Deepgram's pre-recorded /v1/listen response from a recording timeline: per-channel
 * alternatives with words (word, start, end, confidence, punctuated_word) and, when asked, utterances
 * across channels. Words come from ICU word segmentation (Intl.Segmenter, zh), timed by spreading the
 * utterance's true span over its characters; transcripts join words with spaces, as Deepgram does.
 */
import { randomUUID } from 'node:crypto';
import type { RecordedUtterance, RecordingTimeline } from '../twilio/recording.js';
import { applyHomophones, applyWordErrors, hashString, mulberry32, stripPunctuation, type AsrNoise } from './noise.js';

export interface ListenOptions {
  model: string;
  language: string;
  multichannel: boolean;
  utterances: boolean;
  punctuate: boolean;
  smartFormat: boolean;
}

export interface DgWord {
  word: string;
  start: number;
  end: number;
  confidence: number;
  punctuated_word?: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const round = (n: number) => Math.round(n * 1000) / 1000;

/** Split an utterance into timed words; punctuation attaches to the word before it. */
export function wordsOf(u: RecordedUtterance, confidence: number): DgWord[] {
  const segments = [...segmenter.segment(u.text)].filter((s) => s.segment.trim());
  const chars = segments.reduce((n, s) => n + (s.isWordLike ? [...s.segment].length : 0), 0) || 1;
  const perChar = (u.end - u.start) / chars;
  const words: DgWord[] = [];
  let at = u.start;
  for (const s of segments) {
    if (!s.isWordLike) {
      const last = words.at(-1);
      if (last) last.punctuated_word = (last.punctuated_word ?? last.word) + s.segment;
      continue;
    }
    const len = [...s.segment].length * perChar;
    words.push({ word: s.segment, start: round(at), end: round(at + len), confidence, punctuated_word: s.segment });
    at += len;
  }
  return words;
}

/** `sha256`: hex digest of the audio as received (Deepgram reports it in the metadata). */
export function buildListenResponse(sha256: string, timeline: RecordingTimeline, channelCount: number, opts: ListenOptions, noise: AsrNoise = {}) {
  const random = mulberry32((noise.seed ?? 1) ^ hashString(sha256));
  const modelId = randomUUID();
  const sorted = [...timeline.utterances].sort((a, b) => a.start - b.start);
  const channels = opts.multichannel ? Math.max(channelCount, 1) : 1;

  const spoken = sorted.map((u) => {
    const text = applyHomophones(u.text, noise.homophoneRate ?? 0, random);
    const { words, errors } = applyWordErrors(wordsOf({ ...u, text }, 0.97), noise.wordErrorRate ?? 0, random);
    const confidence = round(Math.max(0.3, 0.97 - errors / Math.max(1, words.length + errors)));
    const punctuate = (opts.punctuate || opts.smartFormat) && !noise.dropPunctuation;
    const shaped = words.map((w) => ({
      ...w,
      confidence,
      punctuated_word: punctuate ? w.punctuated_word : stripPunctuation(w.punctuated_word ?? w.word) || w.word,
    }));
    return { channel: opts.multichannel ? u.channel : 0, start: u.start, end: u.end, words: shaped, confidence };
  });

  const transcriptOf = (words: DgWord[]) => words.map((w) => w.punctuated_word ?? w.word).join(' ');
  const results: Record<string, unknown> = {
    channels: Array.from({ length: channels }, (_, ch) => {
      const mine = spoken.filter((s) => s.channel === ch);
      const words = mine.flatMap((s) => s.words);
      const confidence = mine.length ? round(mine.reduce((n, s) => n + s.confidence, 0) / mine.length) : 0;
      return { alternatives: [{ transcript: transcriptOf(words), confidence, words }] };
    }),
  };
  if (opts.utterances) {
    results.utterances = spoken
      .filter((s) => s.words.length)
      .map((s) => ({
        start: round(s.start),
        end: round(s.end),
        confidence: s.confidence,
        channel: s.channel,
        transcript: transcriptOf(s.words),
        words: s.words,
        id: randomUUID(),
      }));
  }
  return {
    metadata: {
      transaction_key: 'deprecated',
      request_id: randomUUID(),
      sha256,
      created: new Date().toISOString(),
      duration: round(timeline.durationSec),
      channels,
      models: [modelId],
      model_info: { [modelId]: { name: `general-${opts.model}`, version: '2025-04-21.0', arch: opts.model } },
    },
    results,
  };
}
