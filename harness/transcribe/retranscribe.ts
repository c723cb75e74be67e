/**
 * Transcribe again the calls whose transcription failed in a way worth retrying
 * (`transcription.status: failed-retryable`), and only those: a contact with a final transcript,
 * or whose engine failure will not go away by retrying (bad key, bad audio), is left alone. Each
 * contact's Interaction file is rewritten atomically (temporary file, then rename), so a crash
 * leaves either the old file or the new one.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { milestoneEvents } from '../channels/voice/interaction.js';
import type { Interaction, TranscriptionStatus } from '../interaction/types.js';
import { isStoredContactFile, readJson, writeJsonAtomic } from '../store/run-store.js';
import type { Transcriber } from './transcriber.js';

export interface RetranscribeResult {
  /** Contacts that were waiting for a retry. */
  candidates: number;
  /** Now transcribed by the engine. */
  transcribed: string[];
  /** Still failed: contactId → status and error code. */
  stillFailed: { contactId: string; status: TranscriptionStatus['status']; code?: string }[];
  /** No recording file to send (moved or deleted). */
  missingRecording: string[];
}

/** Events derived from the turns (see milestoneEvents): recomputed when the turns change. */
const DERIVED = new Set(['ivr-prompt', 'queued', 'agent-joined']);

export function needsRetranscription(i: Pick<Interaction, 'channel' | 'transcription'>): boolean {
  return i.channel === 'voice' && i.transcription?.status === 'failed-retryable';
}

/** The recording as stored, or under <runDir>/recordings when the run was moved. */
function recordingFile(runDir: string, i: Interaction): string | undefined {
  const candidates = [i.recording, i.recording && path.join(runDir, 'recordings', path.basename(i.recording)), path.join(runDir, 'recordings', `${i.contactId}.wav`)];
  return candidates.find((f): f is string => !!f && existsSync(f));
}

export async function retranscribeRun(runDir: string, transcriber: Transcriber, opts: { signal?: AbortSignal; onContact?: (contactId: string, ok: boolean) => void } = {}): Promise<RetranscribeResult> {
  const dir = path.join(runDir, 'contacts');
  const names = (await readdir(dir).catch(() => [] as string[])).filter(isStoredContactFile).sort();
  const result: RetranscribeResult = { candidates: 0, transcribed: [], stillFailed: [], missingRecording: [] };
  for (const name of names) {
    if (opts.signal?.aborted) break;
    const file = path.join(dir, name);
    const interaction = await readJson<Interaction>(file);
    if (!needsRetranscription(interaction)) continue;
    result.candidates++;
    const recording = recordingFile(runDir, interaction);
    if (!recording) {
      result.missingRecording.push(interaction.contactId);
      continue;
    }
    // The recording starts when the call was answered (Twilio records from the answer).
    const offsetMs = interaction.events.find((e) => e.type === 'answered')?.atMs ?? 0;
    const got = await transcriber.transcribe({ path: recording, channels: 2 }, { offsetMs, signal: opts.signal });
    const at = Date.now();
    if (got.error) {
      const status = got.retryable ? 'failed-retryable' : 'failed';
      interaction.transcription = { status, engine: transcriber.name, attempts: got.attempts ?? 1, error: got.error, at };
      result.stillFailed.push({ contactId: interaction.contactId, status, code: got.error.code });
      opts.onContact?.(interaction.contactId, false);
    } else {
      interaction.turns = got.turns;
      interaction.transcriptSource = got.source;
      interaction.events = [...interaction.events.filter((e) => !DERIVED.has(e.type)), ...milestoneEvents(got.turns)].sort((a, b) => a.atMs - b.atMs);
      interaction.transcription = { status: 'done', engine: transcriber.name, attempts: got.attempts ?? 1, at };
      result.transcribed.push(interaction.contactId);
      opts.onContact?.(interaction.contactId, true);
    }
    await writeJsonAtomic(file, interaction);
  }
  return result;
}
