/**
 * What a run looks like on disk (runs/<runId>/):
 *   run.json                  RunManifest (status per contact; written through lowdb)
 *   scenarios/<id>.json       the validated scenario as run (so `score` is reproducible offline)
 *   contacts/<contactId>.json one Interaction per contact, written when the contact finishes
 *   recordings/               voice recordings
 *   attempts/<contactId>.<n>.json  the journal of each attempt at placing a contact (attempt-journal.ts)
 *   plan.json                 the manifest as planned, from which run.json is rebuilt if it is lost
 *   findings.json, sheets.json, summary.json   scoring output (`run` and `score` write them)
 */
import type { ChannelKind, InteractionError, Outcome } from '../interaction/types.js';
import type { ContactLoadInfo, LoadRunInfo } from '../load/types.js';

export type ContactStatus = 'pending' | 'running' | 'done' | 'failed';

export interface ContactEntry {
  contactId: string;
  scenarioId: string;
  channel: ChannelKind;
  /** 1-based repetition of the scenario on this channel. */
  index: number;
  status: ContactStatus;
  attempts: number;
  outcome?: Outcome;
  error?: InteractionError;
  /** Path of the Interaction JSON, relative to the run directory. */
  file?: string;
  finishedAt?: string;
  /** Present in load runs: the contact's stage and scheduled arrival. */
  load?: ContactLoadInfo;
  /**
   * Every attempt at placing this contact, oldest first, rebuilt from attempts/ when a run is
   * reopened: when it started and ended and how it ended (finished, interrupted, recovered …).
   */
  attemptHistory?: AttemptRecord[];
}

/**
 * How an attempt ended. `finished`: the channel returned and the Interaction was stored;
 * `interrupted`: Ctrl-C, kept as a partial and placed again; `recovered`: found in flight after a
 * crash and rebuilt without placing it again (voice: from Twilio's record of the call);
 * `abandoned`: found in flight after a crash, not placed again, stored as E_INTERRUPTED_IN_FLIGHT;
 * `never-placed`: found in flight but Twilio has no call for it, so it was placed (once) now;
 * `replaced`: found in flight and placed again on request (`resume --replace-interrupted`).
 */
export type AttemptEnd = 'finished' | 'interrupted' | 'recovered' | 'abandoned' | 'never-placed' | 'replaced';

export interface AttemptRecord {
  /** 1-based, matches attempts/<contactId>.<attempt>.json. */
  attempt: number;
  startedAt: string;
  endedAt?: string;
  /** Absent while the attempt is in flight (or was when the run died). */
  end?: AttemptEnd;
  /** In words: how the attempt was recognised and recovered. */
  note?: string;
  /** Voice: the Twilio Call SID, once known. */
  callSid?: string;
}

export interface ScenarioEntry {
  id: string;
  title: string;
  file: string;
  sha256: string;
  channels: ChannelKind[];
  repeat: number;
}

export interface RunManifest {
  schemaVersion: 1;
  runId: string;
  createdAt: string;
  updatedAt: string;
  status: 'running' | 'completed' | 'interrupted' | 'failed';
  tool: { name: string; version: string; node: string };
  /** sha256 of the effective, credential-free config. */
  configHash: string;
  config: { centre: string; concurrency: number; rubric: string; seed: number; offline: boolean };
  scenarios: ScenarioEntry[];
  contacts: Record<string, ContactEntry>;
  /** Present in load runs (`load`): the profile as it was run. */
  load?: LoadRunInfo;
  /** How contacts were placed when not in this process (`--queue`); absent: locally. */
  dispatch?: LoadRunInfo['dispatch'];
  /** `i/n` when this run is one shard of a larger plan (`--shard`); `merge` joins the shards. */
  shard?: { index: number; count: number };
  /** Set by `merge`: the shard runs this run was merged from. */
  mergedFrom?: Array<{ runId: string; dir: string; shard?: { index: number; count: number } }>;
}
