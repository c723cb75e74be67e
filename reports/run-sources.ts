/**
 * Where each contact's heavy inputs are — its Interaction (contacts/<id>.json, or the one the run
 * still holds in memory) and its findings (a byte range of findings.json) — so that a report can
 * read them one contact at a time, show them and drop them. The first look at the run folder
 * (scanRunSources) keeps only small per-contact facts (timings, which file) and feeds every text
 * to the NameLearner, so that names are known before anything is masked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Interaction } from '../harness/interaction/types.js';
import type { Finding } from '../scorers/scorer.js';
import type { ViewRanges } from './records/views-file.js';
import { firstResponseMs } from './console/summary-table.js';
import { startFindingsScan, type FindingsScan } from './findings-scan.js';
import { ContactFileError, readStoredFindings, readStoredInteraction } from './stored-contact.js';

export { ContactFileError };
import { maskDeep, type NameLearner, type TextMasker } from './privacy/mask-data.js';

/** Caller-side timings of a contact, for the contacts sheet and JUnit. */
export interface ContactTimings {
  failedBy?: Interaction['failedBy'];
  answerMs?: number;
  firstResponseMs?: number;
  durationMs?: number;
}

/** A contact's timings as the reports show them (also kept in the report records at scoring). */
export function timingsOf(i: Interaction): ContactTimings {
  const t: ContactTimings = {
    answerMs: i.events?.find((e) => e.type === 'answered' || e.type === 'agent-joined')?.atMs,
    firstResponseMs: firstResponseMs({ ...i, turns: i.turns ?? [] }),
    durationMs: i.durationMs,
  };
  if (i.failedBy) t.failedBy = i.failedBy;
  return t;
}

/** A finished contact's file (not a `.partial-N.json` kept from an interrupted attempt); mirrors the run store's rule. */
const isContactFile = (name: string) => name.endsWith('.json') && !name.includes('.partial-');

/** Where a contact's inputs are on disk, for a reader in another thread (transcript-task.ts). */
export interface ContactLocation {
  /** Its contacts/ file; null when absent. */
  file: string | null;
  /** Its findings' byte range in findings.json; null when absent. */
  findings: readonly [number, number] | null;
  /** Only this process holds its Interaction. */
  inMemory: boolean;
  /** Its lines in the report records' views.jsonl (records/views-file.ts), when read from them. */
  record?: ViewRanges;
}

/** Where a report reads each contact's Interaction and findings from, one contact at a time. */
export interface ContactSources {
  readonly runDir: string;
  readonly findingsFile: string;
  /** Every contact with a stored Interaction, sorted. */
  readonly storedIds: readonly string[];
  /** Whether location() tells a worker thread where to read (else the calling thread reads every contact). */
  readonly workerReadable: boolean;
  /** The report records' views.jsonl, when the contacts are read from it. */
  readonly viewsFile?: string;
  interaction(contactId: string, mask: TextMasker): Interaction | null;
  storedInteraction(contactId: string): Interaction | null;
  storedFindings(contactId: string): Finding[];
  findings(contactId: string, mask: TextMasker): Finding[];
  location(contactId: string): ContactLocation;
}

export class RunSources implements ContactSources {
  readonly workerReadable = true;

  constructor(
    readonly runDir: string,
    readonly findingsFile: string,
    private readonly findingRanges: ReadonlyMap<string, readonly [number, number]>,
    private readonly files: ReadonlyMap<string, string>,
    private readonly inMemory: ReadonlyMap<string, Interaction>,
    /** Every contact with a stored Interaction, sorted (the HTML lists those sheets.json lacks too). */
    readonly storedIds: readonly string[],
  ) {}

  /** The contact's Interaction, masked (a fresh object: the caller may keep or drop it). */
  interaction(contactId: string, mask: TextMasker): Interaction | null {
    const file = this.files.get(contactId);
    if (file) return readStoredInteraction(file, mask);
    const held = this.inMemory.get(contactId);
    return held ? maskDeep(held, mask) : null;
  }

  /** The contact's Interaction as stored, unmasked: for a reader that masks what it shows (the HTML report). Held ones are shared, not copied: do not change it. */
  storedInteraction(contactId: string): Interaction | null {
    const file = this.files.get(contactId);
    if (file) return readStoredInteraction(file);
    return this.inMemory.get(contactId) ?? null;
  }

  /** The contact's findings as stored, unmasked (see storedInteraction). */
  storedFindings(contactId: string): Finding[] {
    const range = this.findingRanges.get(contactId);
    return range ? readStoredFindings(this.findingsFile, range, contactId, this.runDir) : [];
  }

  /** The contact's findings from findings.json, masked. */
  findings(contactId: string, mask: TextMasker): Finding[] {
    const range = this.findingRanges.get(contactId);
    return range ? readStoredFindings(this.findingsFile, range, contactId, this.runDir, mask) : [];
  }

  /**
   * Where the contact's inputs are on disk, for a reader in another thread: its contacts/ file and
   * its findings' byte range (null when absent), or `inMemory` when only this process holds its Interaction.
   */
  location(contactId: string): ContactLocation {
    const file = this.files.get(contactId) ?? null;
    return { file, findings: this.findingRanges.get(contactId) ?? null, inMemory: !file && this.inMemory.has(contactId) };
  }
}

/**
 * First pass over a run's contacts/ and findings.json: timings per contact, byte ranges, and every
 * name said with a cue taught to `learner`. Files are read one by one and not kept. `findings`: a
 * scan of findings.json already under way (startFindingsScan). @default scanned here, after contacts/
 */
export async function scanRunSources(runDir: string, learner: NameLearner, interactions: readonly Interaction[] = [], findings?: FindingsScan): Promise<{ sources: RunSources; timings: Map<string, ContactTimings> }> {
  const timings = new Map<string, ContactTimings>();
  const inMemory = new Map(interactions.map((i) => [i.contactId, i]));
  const files = new Map<string, string>();
  const dir = path.join(runDir, 'contacts');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter(isContactFile).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    const held = inMemory.get(name.slice(0, -'.json'.length));
    if (held) {
      files.set(held.contactId, file);
      continue;
    }
    // synchronous reads: 10,000 small files cost a thread-pool round trip each otherwise
    const text = readFileSync(file, 'utf8');
    let i: Interaction;
    try {
      i = JSON.parse(text) as Interaction;
    } catch (err) {
      throw new ContactFileError(`${file} is not valid JSON: ${(err as Error).message}`);
    }
    if (typeof i?.contactId !== 'string') continue;
    files.set(i.contactId, file);
    timings.set(i.contactId, timingsOf(i));
    learner.learnJson(text, () => i);
  }
  for (const i of interactions) {
    timings.set(i.contactId, timingsOf(i));
    learner.learn(i);
  }
  const findingsFile = path.join(runDir, 'findings.json');
  // findings come last in what the learner is taught, whether scanned here or by a worker meanwhile
  const ranges = await (findings ?? startFindingsScan(findingsFile, learner, 0)).finish(learner);
  const storedIds = [...new Set([...files.keys(), ...inMemory.keys()])].sort();
  return { sources: new RunSources(runDir, findingsFile, ranges, files, inMemory, storedIds), timings };
}
