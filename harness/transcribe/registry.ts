/**
 * Speech-to-text engines by name. Add an engine by writing a Transcriber and listing it here.
 */
import type { HarnessConfig } from '../config/types.js';
import { createDeepgramTranscriber } from './deepgram.js';
import type { Transcriber } from './transcriber.js';

export const TRANSCRIBERS = {
  deepgram: (config: HarnessConfig) => createDeepgramTranscriber(config.deepgram),
} as const satisfies Record<string, (config: HarnessConfig) => Transcriber>;

export type TranscriberName = keyof typeof TRANSCRIBERS;

/**
 * The engine the configuration asks for, or undefined when none is configured (calls then keep
 * the provisional Gather transcript).
 */
export function transcriberFor(config: HarnessConfig): Transcriber | undefined {
  return config.deepgram.apiKey ? TRANSCRIBERS.deepgram(config) : undefined;
}
