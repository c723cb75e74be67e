/**
 * `transcribe <runDir>`: retries the transcription of the calls left with a provisional transcript
 * by a retryable engine failure (retranscribe.ts), then re-scores the run and rewrites its reports
 * as `score` does. Never dials. Exit 0 when every such call is now transcribed (or there were
 * none), 2 when some still failed (run it again later), 1 for a missing key or run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { loadConfig } from '../../config/load.js';
import { transcriberFor } from '../../transcribe/registry.js';
import { retranscribeRun } from '../../transcribe/retranscribe.js';
import type { Transcriber } from '../../transcribe/transcriber.js';
import { EXIT } from '../output.js';
import { scoreCommand } from './score.js';

export interface TranscribeCommandOptions {
  config?: string;
  deepgramUrl?: string;
  /** @default true */
  reports?: boolean;
  format?: string;
}

export async function transcribeCommand(runDir: string, opts: TranscribeCommandOptions, out: NodeJS.WritableStream = process.stdout, engine?: Transcriber): Promise<number> {
  if (!existsSync(path.join(runDir, 'run.json'))) {
    throw new ConfigError(`${runDir} is not a mystery-shopper run (no run.json)`, 'pass the directory printed by `run`, e.g. runs/20261123-164501-3f9a');
  }
  let transcriber = engine;
  if (!transcriber) {
    const config = await loadConfig({ config: opts.config });
    if (opts.deepgramUrl) config.deepgram.baseUrl = opts.deepgramUrl;
    transcriber = transcriberFor(config);
    if (!transcriber) throw new ConfigError('no speech-to-text engine is configured: DEEPGRAM_API_KEY is not set', 'set DEEPGRAM_API_KEY (Deepgram console → API keys) and run transcribe again');
  }
  const r = await retranscribeRun(runDir, transcriber);
  out.write(`transcribe: ${r.candidates} call(s) waiting for a transcript, ${r.transcribed.length} transcribed, ${r.stillFailed.length} still failed, ${r.missingRecording.length} without a recording file\n`);
  for (const f of r.stillFailed) out.write(`  ${f.contactId}: ${f.code ?? 'error'} (${f.status === 'failed-retryable' ? 'try again later' : 'will not succeed by retrying'})\n`);
  for (const c of r.missingRecording) out.write(`  ${c}: recording file not found under ${path.join(runDir, 'recordings')}\n`);
  if (!r.candidates) return EXIT.ok;
  const scored = await scoreCommand(runDir, { reports: opts.reports, format: opts.format }, out);
  const unfinished = r.stillFailed.length + r.missingRecording.length;
  return unfinished ? EXIT.contactsFailed : scored;
}
