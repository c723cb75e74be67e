/**
 * The provisional transcript of a call when no speech-to-text engine is configured: the customer's
 * lines as served in <Say>, and the centre's lines as Twilio's <Gather> recognised them. Gather gives
 * no word timings, so times are estimates: a customer line starts when its TwiML was served (after
 * the verbs before it) and a centre line ends when its Gather result reached us; durations assume a
 * typical Mandarin speaking rate. Good enough for first-response and handle time; overlap and
 * dead-air checks need the real recording (Deepgram).
 */
import type { Turn } from '../interaction/types.js';
import { createCentreSpeakerClassifier } from './centre-speaker.js';

/** Typical Mandarin speaking rate: about 4.5 characters a second. */
export const NOMINAL_MS_PER_CHAR = 220;

export interface ServedLine {
  text: string;
  /** When the TwiML with this line was served, plus the estimated length of the verbs before it. */
  atMs: number;
}

export interface GatheredLine {
  text: string;
  /** When the Gather result arrived (the speaker had finished). */
  atMs: number;
  confidence?: number;
}

export function speechMs(text: string, msPerChar = NOMINAL_MS_PER_CHAR): number {
  return Math.max(1, text.replace(/\s+/gu, '').length) * msPerChar;
}

/** `floorMs`: nothing was said before it (the answer time): estimates never start earlier. */
export function provisionalTranscript(said: ServedLine[], heard: GatheredLine[], msPerChar = NOMINAL_MS_PER_CHAR, floorMs = 0): Turn[] {
  const customer: Turn[] = said.map((s) => ({ speaker: 'customer', text: s.text, startMs: Math.round(s.atMs), endMs: Math.round(s.atMs + speechMs(s.text, msPerChar)) }));
  const classify = createCentreSpeakerClassifier();
  const centre: Turn[] = [];
  for (const h of [...heard].sort((a, b) => a.atMs - b.atMs)) {
    const previousEnd = centre.at(-1)?.endMs ?? floorMs;
    const turn: Turn = {
      speaker: classify(h.text),
      text: h.text,
      startMs: Math.round(Math.max(previousEnd, h.atMs - speechMs(h.text, msPerChar))),
      endMs: Math.round(h.atMs),
    };
    if (h.confidence !== undefined) turn.confidence = h.confidence;
    centre.push(turn);
  }
  return [...customer, ...centre].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}
