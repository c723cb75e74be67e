/**
 * One contact's transcript side of the HTML report (TranscriptJson) from the run folder: the same
 * reads, masking and view in the main thread and in a worker (transcript-worker.ts), so both
 * give the same bytes.
 */
import type { Outcome } from '../../harness/interaction/types.js';
import type { TextMasker } from '../privacy/mask-data.js';
import { readStoredFindings, readStoredInteraction } from '../stored-contact.js';
import { transcriptJson, transcriptView, type TranscriptJson } from './transcript-view.js';
import type { ViewRanges, ViewsFile } from '../records/views-file.js';

/** A contact whose transcript a worker reads: where its inputs are (RunSources.location). */
export interface TranscriptTask {
  contactId: string;
  channel: string;
  outcome: Outcome;
  /** contacts/<id>.json; null when the run has none for it. */
  file: string | null;
  /** Byte range of its element in findings.json; null when it has none. */
  findings: readonly [number, number] | null;
  /** Its lines in the report records' views.jsonl: read from there instead of `file` and `findings`. */
  record?: ViewRanges;
}

/** What every reader of a run shares: where findings.json is and how to mask. */
export interface TranscriptContext {
  runDir: string;
  findingsFile: string;
  mask: TextMasker;
  /** The report records' views.jsonl, for tasks with a `record`. */
  views?: ViewsFile;
}

/** Read as stored and masked as shown: only the texts the page carries go through the masker (transcriptView). */
export function readTranscript(task: TranscriptTask, ctx: TranscriptContext): TranscriptJson {
  if (task.record && ctx.views) {
    const interaction = ctx.views.interaction(task.contactId, task.record);
    const findings = ctx.views.findings(task.contactId, task.record);
    return transcriptJson(transcriptView({ channel: task.channel, outcome: task.outcome, findings, interaction }, ctx.runDir, ctx.mask));
  }
  const findings = task.findings ? readStoredFindings(ctx.findingsFile, task.findings, task.contactId, ctx.runDir) : [];
  const interaction = task.file ? readStoredInteraction(task.file) : null;
  return transcriptJson(transcriptView({ channel: task.channel, outcome: task.outcome, findings, interaction }, ctx.runDir, ctx.mask));
}
