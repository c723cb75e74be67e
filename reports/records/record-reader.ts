/**
 * Reads a run's report records (record-types.ts) when they still describe the run as it is:
 * sheets.json, findings.json and contacts/ unchanged since they were written (size and time of each,
 * contacts/' listing), views.jsonl whole. Anything else — no records (a run scored before they
 * existed), a re-score cut short, a purge, a file edited by hand — gives null, and the report reads
 * the run's own files as before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Interaction } from '../../harness/interaction/types.js';
import type { Finding } from '../../scorers/scorer.js';
import { maskDeep, type TextMasker } from '../privacy/mask-data.js';
import { ContactFileError } from '../stored-contact.js';
import type { ContactSources, ContactTimings } from '../run-sources.js';
import type { StoredContactSheets } from '../sheets-stream.js';
import { decodeRow } from './row-codec.js';
import { BlockReader, forEachLine } from './line-file.js';
import { RECORDS_DIR, RECORDS_INDEX, RECORDS_ROWS, RECORDS_SCHEMA_VERSION, RECORDS_VIEWS, type FileStamp, type RecordsIndex } from './record-types.js';
import { fileStamp } from './record-writer.js';

const sameStamp = (a: FileStamp | null, b: FileStamp | null) => (a === null || b === null ? a === b : a.size === b.size && a.mtimeMs === b.mtimeMs);

function contactFileNames(runDir: string): string[] | null {
  try {
    return readdirSync(path.join(runDir, 'contacts')).filter((n) => n.endsWith('.json') && !n.includes('.partial-')).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Why a run's records cannot be used, or null when they can (for tests and the bench to say which path a report took). */
export function staleReason(runDir: string, index: RecordsIndex): string | null {
  if (index.schemaVersion !== RECORDS_SCHEMA_VERSION) return `schema version ${String(index.schemaVersion)}`;
  const dir = path.join(runDir, RECORDS_DIR);
  if (!sameStamp(index.inputs.sheets, fileStamp(path.join(runDir, 'sheets.json')))) return 'sheets.json changed';
  if (!sameStamp(index.inputs.findings, fileStamp(path.join(runDir, 'findings.json')))) return 'findings.json changed';
  if (!sameStamp(index.inputs.rows, fileStamp(path.join(dir, RECORDS_ROWS)))) return `${RECORDS_ROWS} changed`;
  if (!sameStamp(index.inputs.views, fileStamp(path.join(dir, RECORDS_VIEWS)))) return `${RECORDS_VIEWS} changed`;
  if (!sameStamp(index.inputs.contactsDir, fileStamp(path.join(runDir, 'contacts')))) return 'contacts/ changed';
  const names = contactFileNames(runDir) ?? [];
  if (names.length !== index.contactFiles.length || names.some((n, k) => n !== index.contactFiles[k]![0])) return 'contacts/ lists other files';
  // a file rewritten in place leaves the folder's time as it was
  for (const [name, size, mtimeMs] of index.contactFiles) {
    if (!sameStamp({ size, mtimeMs }, fileStamp(path.join(runDir, 'contacts', name)))) return `contacts/${name} changed`;
  }
  return null;
}

export interface ReportRecords {
  names: RecordsIndex['names'];
  /** sheets.json's contacts, slimmed, repeated strings shared. */
  rows: StoredContactSheets[];
  timings: Map<string, ContactTimings>;
  sources: RecordSources;
}

/** The run's records, or null when it has none that match its files (see staleReason). */
export function openReportRecords(runDir: string): ReportRecords | null {
  const dir = path.join(runDir, RECORDS_DIR);
  let index: RecordsIndex;
  const rows: StoredContactSheets[] = [];
  try {
    index = JSON.parse(readFileSync(path.join(dir, RECORDS_INDEX), 'utf8')) as RecordsIndex;
    if (staleReason(runDir, index) !== null) return null;
    // the repeated labels and notes are the table's strings, shared by every row
    forEachLine(path.join(dir, RECORDS_ROWS), (line) => rows.push(decodeRow(line, index.strings)));
  } catch {
    // absent or torn: the run's own files are read instead
    return null;
  }
  const views = new Map<string, readonly [number, number, number, number]>();
  for (const [id, is, ie, fs, fe] of index.views) views.set(id, [is, ie, fs, fe]);
  return {
    names: index.names,
    rows,
    timings: new Map(index.timings),
    sources: new RecordSources(runDir, path.join(dir, RECORDS_VIEWS), views, index.storedIds),
  };
}

/** Each contact's transcript side from views.jsonl, one line at a time (ContactSources, as RunSources reads contacts/ and findings.json). */
export class RecordSources implements ContactSources {
  /** Worker threads read contacts/ files and findings.json ranges: these contacts are read in the calling thread. */
  readonly workerReadable = false;
  readonly findingsFile: string;
  private readonly reader: BlockReader;

  constructor(
    readonly runDir: string,
    private readonly viewsFile: string,
    private readonly views: ReadonlyMap<string, readonly [number, number, number, number]>,
    readonly storedIds: readonly string[],
  ) {
    this.findingsFile = path.join(runDir, 'findings.json');
    this.reader = new BlockReader(viewsFile);
  }

  private line<T>(contactId: string, start: number | undefined, end: number | undefined): T | null {
    if (start === undefined || end === undefined || start < 0) return null;
    try {
      return JSON.parse(this.reader.read(start, end)) as T;
    } catch (err) {
      throw new ContactFileError(`${this.viewsFile}: the record of ${contactId} is not valid JSON (${(err as Error).message})`, `delete ${path.dirname(this.viewsFile)} to report from the run's own files, or score the run again`);
    }
  }

  /** What the HTML report reads of the contact's Interaction (SlimInteraction), unmasked. */
  storedInteraction(contactId: string): Interaction | null {
    const at = this.views.get(contactId);
    return this.line<Interaction>(contactId, at?.[0], at?.[1]);
  }

  /** What the HTML report shows of the contact's findings (SlimFinding), unmasked. */
  storedFindings(contactId: string): Finding[] {
    const at = this.views.get(contactId);
    return this.line<Finding[]>(contactId, at?.[2], at?.[3]) ?? [];
  }

  interaction(contactId: string, mask: TextMasker): Interaction | null {
    const i = this.storedInteraction(contactId);
    return i && maskDeep(i, mask);
  }

  findings(contactId: string, mask: TextMasker): Finding[] {
    return maskDeep(this.storedFindings(contactId), mask);
  }

  location(): { file: string | null; findings: readonly [number, number] | null; inMemory: boolean } {
    return { file: null, findings: null, inMemory: false };
  }
}
