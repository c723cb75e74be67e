/**
 * What a queue worker writes into a run: only contacts/<id>.json (atomic) and recordings, plus a
 * "started" marker per job and the attempt journal. Never run.json — the producer (`load`/`run --queue`) is the only
 * writer of the manifest (lowdb rewrites the whole file; two machines writing it would lose
 * entries). It offers the part of RunStore that `placeContact` uses.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Interaction } from '../../interaction/types.js';
import { writeJsonAtomic, type RunStore } from '../../store/run-store.js';
import { AttemptWriter } from '../../store/attempt-journal.js';
import type { AttemptEnd, ContactEntry, RunManifest } from '../../store/types.js';

/**
 * A marker saying which worker started a job (queue/<contactId>.<jobCreatedAt>.started.json): the
 * same job handed out again finds it; a new job for the same contact (a deliberate retry) does not.
 */
export interface StartedMarker {
  contactId: string;
  jobId: string;
  /** Epoch ms the job was created (BullMQ job.timestamp): tells one job from a later retry. */
  jobCreatedAt: number;
  worker: string;
  /** Epoch ms the worker began placing it. */
  at: number;
}

/** The members of RunStore that placeContact calls: the worker store provides exactly these. */
export type PlacementStore = Pick<RunStore, 'manifest' | 'contactsDir' | 'recordingsDir' | 'markRunning' | 'beginAttempt' | 'endAttempt' | 'saveInteraction' | 'savePartial'>;

export class WorkerRunStore implements PlacementStore {
  /** Only the run id is known to a worker; placeContact reads nothing else from the manifest. */
  readonly manifest: RunManifest;
  private readonly expected = new Map<string, Pick<ContactEntry, 'contactId' | 'channel' | 'attempts'>>();

  private constructor(
    readonly dir: string,
    runId: string,
  ) {
    this.manifest = { runId } as RunManifest;
  }

  /** `dir` is the shared run directory, or a local spool directory when the run's is not mounted here. */
  static async open(dir: string, runId: string): Promise<WorkerRunStore> {
    const store = new WorkerRunStore(path.resolve(dir), runId);
    await mkdir(store.contactsDir, { recursive: true });
    await mkdir(store.recordingsDir, { recursive: true });
    await mkdir(store.markersDir, { recursive: true });
    return store;
  }

  get contactsDir(): string {
    return path.join(this.dir, 'contacts');
  }

  get recordingsDir(): string {
    return path.join(this.dir, 'recordings');
  }

  /** Outside contacts/, so the markers are never taken for Interactions. */
  get markersDir(): string {
    return path.join(this.dir, 'queue');
  }

  get attemptsDir(): string {
    return path.join(this.dir, 'attempts');
  }

  /** The manifest's status is the producer's to keep: a worker only places. */
  markRunning(): void {}

  /** The contact a job is about to place: its channel and this attempt's number. */
  expect(entry: Pick<ContactEntry, 'contactId' | 'channel' | 'attempts'>): void {
    this.expected.set(entry.contactId, entry);
  }

  /**
   * The attempt journal (attempts/<id>.<n>.json, the crash-proofing's record), written by the
   * worker that places the contact: a producer resuming the run sees what a worker had in flight.
   */
  async beginAttempt(contactId: string): Promise<AttemptWriter> {
    const entry = this.expected.get(contactId);
    if (!entry) throw new Error(`contact ${contactId} was not announced to the worker store`);
    return AttemptWriter.begin(this.attemptsDir, contactId, entry.channel, entry.attempts);
  }

  async endAttempt(writer: AttemptWriter, end: AttemptEnd, note?: string): Promise<void> {
    await writer.end(end, note);
    this.expected.delete(writer.journal.contactId);
  }

  async saveInteraction(interaction: Interaction): Promise<void> {
    await writeJsonAtomic(path.join(this.contactsDir, `${interaction.contactId}.json`), interaction);
  }

  async savePartial(interaction: Interaction, attempt: number): Promise<void> {
    await writeJsonAtomic(path.join(this.contactsDir, `${interaction.contactId}.partial-${attempt}.json`), interaction);
  }

  /**
   * Record that this job started placing the contact. Exclusive create (`wx`): if the marker is
   * already there, the job was taken before (a stalled job handed out again) and the existing
   * marker is returned — the caller must not place the contact blindly a second time.
   */
  async claim(marker: StartedMarker): Promise<{ claimed: true } | { claimed: false; previous: StartedMarker }> {
    const file = path.join(this.markersDir, `${marker.contactId}.${marker.jobCreatedAt}.started.json`);
    try {
      await writeFile(file, JSON.stringify(marker) + '\n', { flag: 'wx' });
      return { claimed: true };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const previous = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as StartedMarker;
      return { claimed: false, previous };
    }
  }

  asRunStore(): RunStore {
    // placeContact is typed against RunStore (a class with private members); this store offers
    // every member it uses (PlacementStore above is checked by the compiler).
    return this as unknown as RunStore;
  }
}
