/**
 * The run store. Each finished contact is one small JSON file, written atomically (temp + rename)
 * the moment the contact ends, so a crash loses nothing finished; run.json (the manifest, via
 * lowdb) is only an index and is rebuilt from those files when a run is reopened. Manifest writes
 * are coalesced: lowdb rewrites the whole file on each write, and 200 contacts finishing together
 * must not mean 200 rewrites.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { RunStoreError } from '../errors.js';
import type { ChannelKind, Interaction, InteractionError } from '../interaction/types.js';
import type { LoadedScenario } from '../scenario/schema.js';
import type { ContactEntry, RunManifest } from './types.js';

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

export async function writeJsonAtomic(file: string, data: unknown): Promise<void> {
  const tmp = `${file}.${process.pid}.${Math.random().toString(16).slice(2)}.tmp`;
  await writeFile(tmp, JSON.stringify(data, null, 2) + '\n');
  await rename(tmp, file);
}

export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

export class RunStore {
  private pendingWrite: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

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

  static async create(outDir: string, manifest: RunManifest, scenarios: readonly LoadedScenario[]): Promise<RunStore> {
    const dir = path.resolve(outDir, manifest.runId);
    await mkdir(path.join(dir, 'contacts'), { recursive: true });
    await mkdir(path.join(dir, 'recordings'), { recursive: true });
    await mkdir(path.join(dir, 'scenarios'), { recursive: true });
    for (const s of scenarios) await writeJsonAtomic(path.join(dir, 'scenarios', `${s.id}.json`), s);
    const db = new Low<RunManifest>(new JSONFile(path.join(dir, 'run.json')), manifest);
    await db.write();
    return new RunStore(dir, db);
  }

  /** Reopen a run (resume, score). Contacts whose file exists are done, whatever run.json says. */
  static async open(runDir: string): Promise<RunStore> {
    const dir = path.resolve(runDir);
    const file = path.join(dir, 'run.json');
    const db = new Low<RunManifest>(new JSONFile(file), null as unknown as RunManifest);
    try {
      await db.read();
    } catch (err) {
      throw new RunStoreError(`${file}: not readable as JSON (${(err as Error).message})`, 'restore run.json from a backup; contacts/ still holds every finished contact');
    }
    if (!db.data || db.data.schemaVersion !== 1) {
      throw new RunStoreError(`${dir} is not a mystery-shopper run (no valid run.json)`, 'pass the directory printed by `run`, e.g. runs/20261123-164501-3f9a');
    }
    const store = new RunStore(dir, db);
    await store.reconcile();
    return store;
  }

  private async reconcile(): Promise<void> {
    const names = new Set(await readdir(this.contactsDir).catch(() => [] as string[]));
    for (const entry of Object.values(this.manifest.contacts)) {
      const name = `${entry.contactId}.json`;
      if (names.has(name) && entry.status !== 'done' && entry.status !== 'failed') {
        const interaction = await readJson<Interaction>(path.join(this.contactsDir, name));
        Object.assign(entry, finishedEntry(interaction));
      } else if (entry.status === 'running') {
        entry.status = 'pending'; // placed when the run died and never finished: place it again
      }
    }
    await this.flush();
  }

  async loadScenarios(): Promise<LoadedScenario[]> {
    return Promise.all(this.manifest.scenarios.map((s) => readJson<LoadedScenario>(path.join(this.dir, 'scenarios', `${s.id}.json`))));
  }

  contacts(): ContactEntry[] {
    return Object.values(this.manifest.contacts);
  }

  /** Contacts still to place; `retryFailed` also re-places those that ended in failure. */
  toPlace(retryFailed = false): ContactEntry[] {
    return this.contacts().filter((c) => c.status === 'pending' || c.status === 'running' || (retryFailed && c.status === 'failed'));
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
