/**
 * One contact's transcript side of the HTML report (TranscriptJson) from the run folder: the same
 * reads, masking and view in the main thread and in a worker (transcript-worker.ts), so both
 * give the same bytes.
 */
import type { Outcome } from '../../harness/interaction/types.js';
import type { TextMasker } from '../privacy/mask-data.js';
import { readStoredFindings, readStoredInteraction } from '../run-sources.js';
import { transcriptView } from './model.js';
import { transcriptJson, type TranscriptJson } from './packed-contact.js';

/** A contact whose transcript a worker reads: where its inputs are (RunSources.location). */
export interface TranscriptTask {
  contactId: string;
  channel: string;
  outcome: Outcome;
  /** contacts/<id>.json; null when the run has none for it. */
  file: string | null;
  /** Byte range of its element in findings.json; null when it has none. */
  findings: readonly [number, number] | null;
}

/** What every reader of a run shares: where findings.json is and how to mask. */
export interface TranscriptContext {
  runDir: string;
  findingsFile: string;
  mask: TextMasker;
}

export function readTranscript(task: TranscriptTask, ctx: TranscriptContext): TranscriptJson {
  const findings = task.findings ? readStoredFindings(ctx.findingsFile, task.findings, task.contactId, ctx.runDir, ctx.mask) : [];
  const interaction = task.file ? readStoredInteraction(task.file, ctx.mask) : null;
  return transcriptJson(transcriptView({ channel: task.channel, outcome: task.outcome, findings, interaction }, ctx.runDir));
}
