/**
 * The run store. Each finished contact is one small JSON file, written atomically (temp + fsync +
 * rename) the moment the contact ends, so a crash loses nothing finished; every attempt at a
 * contact is journalled in attempts/ before it is placed (attempt-journal.ts), so a contact in
 * flight when the run died is recognised on resume. run.json (the manifest, via lowdb) is only an
 * index: it is reconciled with those files when a run is reopened, and rebuilt from plan.json when
 * it is lost or torn. Manifest writes are coalesced: lowdb rewrites the whole file on each write,
 * and 200 contacts finishing together must not mean 200 rewrites.
 */
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { RunStoreError } from '../errors.js';
import type { ChannelKind, Interaction, InteractionError } from '../interaction/types.js';
import type { LoadedScenario } from '../scenario/schema.js';
import { cleanTempFiles, readJson, writeJsonAtomic } from './atomic-write.js';
import { AttemptWriter, attemptRecord, readJournals, type AttemptJournal } from './attempt-journal.js';
import { crashPoint } from './crash-point.js';
import type { AttemptEnd, ContactEntry, RunManifest } from './types.js';

export { readJson, writeJsonAtomic } from './atomic-write.js';

/** The stored error of a chat found in flight after a crash and not placed again. */
export const E_INTERRUPTED_IN_FLIGHT = 'E_INTERRUPTED_IN_FLIGHT';

/** Stable, file-name-safe id: resume finds the same contact under the same id. */
export function contactIdFor(scenarioId: string, channel: ChannelKind, index: number): string {
  return `${scenarioId}.${channel}.${index}`;
}

/** Sortable and unique enough for one machine: 20261123-164501-3f9a. */
export function newRunId(now = new Date()): string {
  const iso = now.toISOString().replace(/[-:]/gu, '').replace('T', '-').slice(0, 15);
  return `${iso}-${Math.random().toString(16).slice(2, 6)}`;
}

/**
 * A finished contact's file in contacts/ (not a `.partial-N.json` kept from an interrupted
 * attempt, which is placed again and must not be counted or scored twice).
 */
export function isStoredContactFile(name: string): boolean {
  return name.endsWith('.json') && !name.includes('.partial-');
}

function isManifest(data: unknown): data is RunManifest {
  return typeof data === 'object' && data !== null && (data as RunManifest).schemaVersion === 1 && typeof (data as RunManifest).contacts === 'object';
}

export class RunStore {
  private pendingWrite: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  /** Contacts whose last attempt was in flight when the run died (found by `open`). */
  private readonly inFlight = new Map<string, AttemptJournal>();
  /** Every Call SID any attempt of this run journalled. */
  private readonly knownCallSids = new Set<string>();

  private constructor(
    readonly dir: string,
    private readonly db: Low<RunManifest>,
  ) {}

  get manifest(): RunManifest {
    return this.db.data;
  }

  get contactsDir(): string {
    return path.join(this.dir, 'contacts');
  }

  get recordingsDir(): string {
    return path.join(this.dir, 'recordings');
  }

  get attemptsDir(): string {
    return path.join(this.dir, 'attempts');
  }

  static async create(outDir: string, manifest: RunManifest, scenarios: readonly LoadedScenario[]): Promise<RunStore> {
    const dir = path.resolve(outDir, manifest.runId);
    await mkdir(path.join(dir, 'contacts'), { recursive: true });
    await mkdir(path.join(dir, 'recordings'), { recursive: true });
    await mkdir(path.join(dir, 'scenarios'), { recursive: true });
    await mkdir(path.join(dir, 'attempts'), { recursive: true });
    for (const s of scenarios) await writeJsonAtomic(path.join(dir, 'scenarios', `${s.id}.json`), s);
    // The plan never changes after this: run.json is rebuilt from it (plus contacts/ and attempts/).
    await writeJsonAtomic(path.join(dir, 'plan.json'), manifest);
    const db = new Low<RunManifest>(new JSONFile(path.join(dir, 'run.json')), manifest);
    await db.write();
    return new RunStore(dir, db);
  }

  /**
   * Reopen a run (resume, score). Contacts whose file exists are done, whatever run.json says;
   * attempts journalled as started with no finished file are in flight (see `inFlightAttempt`).
   * Temp files of writes a crash cut short are removed; a torn or missing run.json is rebuilt.
   */
  static async open(runDir: string): Promise<RunStore> {
    const dir = path.resolve(runDir);
    for (const sub of ['', 'contacts', 'attempts', 'scenarios', 'recordings']) await cleanTempFiles(path.join(dir, sub));
    const file = path.join(dir, 'run.json');
    const db = new Low<RunManifest>(new JSONFile(file), null as unknown as RunManifest);
    let readError: Error | null = null;
    try {
      await db.read();
    } catch (err) {
      readError = err as Error;
    }
    if (!isManifest(db.data)) {
      const plan = await readJson<RunManifest>(path.join(dir, 'plan.json')).catch(() => null);
      if (!isManifest(plan)) {
        if (readError) throw new RunStoreError(`${file}: not readable as JSON (${readError.message})`, 'restore run.json from a backup; contacts/ still holds every finished contact');
        throw new RunStoreError(`${dir} is not a mystery-shopper run (no valid run.json)`, 'pass the directory printed by `run`, e.g. runs/20261123-164501-3f9a');
      }
      // Rebuilt from the plan; statuses and attempts come back from contacts/ and attempts/.
      db.data = { ...plan, status: 'interrupted' };
    }
    const store = new RunStore(dir, db);
    await store.reconcile();
    return store;
  }

  private async reconcile(): Promise<void> {
    const names = new Set(await readdir(this.contactsDir).catch(() => [] as string[]));
    const journals = await readJournals(this.attemptsDir);
    for (const list of journals.values()) for (const j of list) if (j.progress.callSid) this.knownCallSids.add(j.progress.callSid);
    for (const entry of Object.values(this.manifest.contacts)) {
      const name = `${entry.contactId}.json`;
      const stored = names.has(name) ? await readJson<Interaction>(path.join(this.contactsDir, name)) : null;
      // The file is the truth (the index may lag it by a coalesced write, or be rebuilt from the plan).
      if (stored) Object.assign(entry, finishedEntry(stored));
      else if (entry.status !== 'pending') entry.status = 'pending'; // in flight when the run died: see below

      const attempts = journals.get(entry.contactId) ?? [];
      const last = attempts.at(-1);
      if (last) entry.attempts = Math.max(entry.attempts, last.attempt);
      if (last && !last.end) {
        // The stored file belongs to this attempt if it started no earlier (a channel starts its
        // clock after the journal is written); an older file is an earlier, abandoned attempt.
        if (stored && stored.startedAt >= last.startedAtMs) {
          await this.endAttempt(AttemptWriter.reopen(this.attemptsDir, last), 'finished', 'stored just before the run died');
        } else {
          this.inFlight.set(entry.contactId, last);
        }
      }
      if (attempts.length) entry.attemptHistory = attempts.map(attemptRecord);
    }
    await this.flush();
  }

  /** The journal of this contact's attempt that was in flight when the run died, if any. */
  inFlightAttempt(contactId: string): AttemptJournal | undefined {
    return this.inFlight.get(contactId);
  }

  /** Call SIDs journalled by any attempt of this run (a search by number must not claim them). */
  claimedCallSids(): Set<string> {
    return new Set(this.knownCallSids);
  }

  async loadScenarios(): Promise<LoadedScenario[]> {
    return Promise.all(this.manifest.scenarios.map((s) => readJson<LoadedScenario>(path.join(this.dir, 'scenarios', `${s.id}.json`))));
  }

  contacts(): ContactEntry[] {
    return Object.values(this.manifest.contacts);
  }

  /**
   * Contacts still to place (or, when found in flight, to recover); `retryFailed` also re-places
   * those that ended in failure, `replaceInterrupted` those stored as E_INTERRUPTED_IN_FLIGHT.
   */
  toPlace(retryFailed = false, replaceInterrupted = false): ContactEntry[] {
    return this.contacts().filter(
      (c) =>
        c.status === 'pending' ||
        c.status === 'running' ||
        this.inFlight.has(c.contactId) ||
        (c.status === 'failed' && (retryFailed || (replaceInterrupted && c.error?.code === E_INTERRUPTED_IN_FLIGHT))),
    );
  }

  /**
   * Add a contact to a running run: a load run adds each one as it falls due. Written with the
   * next coalesced manifest write (a scheduler offering hundreds a second must not mean hundreds
   * of rewrites of run.json); its Interaction file stays the truth either way.
   */
  addContact(entry: ContactEntry): void {
    if (this.manifest.contacts[entry.contactId]) throw new RunStoreError(`contact ${entry.contactId} is already part of run ${this.manifest.runId}`);
    this.manifest.contacts[entry.contactId] = entry;
    this.scheduleWrite();
  }

  /** Record or update the load run's description (RunManifest.load). */
  setLoadInfo(info: NonNullable<RunManifest['load']>): void {
    this.manifest.load = info;
    this.scheduleWrite();
  }

  markRunning(contactId: string): void {
    const entry = this.entry(contactId);
    entry.status = 'running';
    entry.attempts += 1;
    this.scheduleWrite();
  }

  /**
   * Marks the contact running and journals a new attempt; resolves once the journal is on disk,
   * so no contact is ever placed without a trace.
   */
  async beginAttempt(contactId: string): Promise<AttemptWriter> {
    this.markRunning(contactId);
    const entry = this.entry(contactId);
    const writer = await AttemptWriter.begin(this.attemptsDir, contactId, entry.channel, entry.attempts);
    (entry.attemptHistory ??= []).push(writer.record);
    crashPoint('attempt-started');
    return writer;
  }

  /** Reopens the attempt found in flight, to record how it was resolved. */
  reopenAttempt(journal: AttemptJournal): AttemptWriter {
    return AttemptWriter.reopen(this.attemptsDir, journal);
  }

  /** Records how an attempt ended, in its journal and in the manifest's history. */
  async endAttempt(writer: AttemptWriter, end: AttemptEnd, note?: string): Promise<void> {
    const record = await writer.end(end, note);
    const { contactId } = writer.journal;
    if (this.inFlight.get(contactId)?.attempt === record.attempt) this.inFlight.delete(contactId);
    const entry = this.entry(contactId);
    const history = (entry.attemptHistory ??= []);
    const at = history.findIndex((r) => r.attempt === record.attempt);
    if (at >= 0) history[at] = record;
    else history.push(record);
    this.scheduleWrite();
  }

  /** Persist a finished contact: its file first (the truth), then the index. */
  async saveInteraction(interaction: Interaction): Promise<void> {
    const file = path.join(this.contactsDir, `${interaction.contactId}.json`);
    await writeJsonAtomic(file, interaction);
    Object.assign(this.entry(interaction.contactId), finishedEntry(interaction));
    this.scheduleWrite();
  }

  /**
   * An interrupted contact is not finished: keep what it captured next to the contacts (never
   * lost) and leave it pending so `resume` places it again.
   */
  async savePartial(interaction: Interaction, attempt: number): Promise<void> {
    const file = path.join(this.contactsDir, `${interaction.contactId}.partial-${attempt}.json`);
    await writeJsonAtomic(file, interaction);
    this.entry(interaction.contactId).status = 'pending';
    this.scheduleWrite();
  }

  async loadInteractions(): Promise<Interaction[]> {
    const names = (await readdir(this.contactsDir)).filter(isStoredContactFile).sort();
    return Promise.all(names.map((n) => readJson<Interaction>(path.join(this.contactsDir, n))));
  }

  setStatus(status: RunManifest['status']): void {
    this.manifest.status = status;
    this.scheduleWrite();
  }

  /** Write run.json now (coalesced writes are flushed too). */
  async flush(): Promise<void> {
    if (this.pendingWrite) clearTimeout(this.pendingWrite);
    this.pendingWrite = null;
    this.manifest.updatedAt = new Date().toISOString();
    this.writing = this.writing.then(() => this.db.write());
    await this.writing;
  }

  private scheduleWrite(): void {
    if (this.pendingWrite) return;
    this.pendingWrite = setTimeout(() => void this.flush(), 250);
  }

  private entry(contactId: string): ContactEntry {
    const entry = this.manifest.contacts[contactId];
    if (!entry) throw new RunStoreError(`contact ${contactId} is not part of run ${this.manifest.runId}`);
    return entry;
  }
}

function finishedEntry(i: Interaction): Partial<ContactEntry> {
  const failed = i.outcome === 'failed';
  const error: InteractionError | undefined = i.error;
  return {
    status: failed ? 'failed' : 'done',
    outcome: i.outcome,
    error,
    file: `contacts/${i.contactId}.json`,
    finishedAt: new Date(i.startedAt + i.durationMs).toISOString(),
  };
}
