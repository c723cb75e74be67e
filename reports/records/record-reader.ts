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
import type { ContactLocation, ContactSources, ContactTimings } from '../run-sources.js';
import type { StoredContactSheets } from '../sheets-stream.js';
import { decodeRow } from './row-codec.js';
import { forEachLine } from './line-file.js';
import { ViewsFile, type ViewRanges } from './views-file.js';
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
  const views = new Map<string, ViewRanges>();
  for (const [id, is, ie, fs, fe] of index.views) views.set(id, [is, ie, fs, fe]);
  return {
    names: index.names,
    rows,
    timings: new Map(index.timings),
    sources: new RecordSources(runDir, path.join(dir, RECORDS_VIEWS), views, index.storedIds),
  };
}

/** Each contact's transcript side from views.jsonl, one contact at a time (ContactSources, as RunSources reads contacts/ and findings.json). */
export class RecordSources implements ContactSources {
  /** Worker threads read views.jsonl by the ranges location() gives. */
  readonly workerReadable = true;
  readonly findingsFile: string;
  private readonly views: ViewsFile;

  constructor(
    readonly runDir: string,
    readonly viewsFile: string,
    private readonly ranges: ReadonlyMap<string, ViewRanges>,
    readonly storedIds: readonly string[],
  ) {
    this.findingsFile = path.join(runDir, 'findings.json');
    this.views = new ViewsFile(viewsFile);
  }

  storedInteraction(contactId: string): Interaction | null {
    const at = this.ranges.get(contactId);
    return at ? this.views.interaction(contactId, at) : null;
  }

  storedFindings(contactId: string): Finding[] {
    const at = this.ranges.get(contactId);
    return at ? this.views.findings(contactId, at) : [];
  }

  interaction(contactId: string, mask: TextMasker): Interaction | null {
    const i = this.storedInteraction(contactId);
    return i && maskDeep(i, mask);
  }

  findings(contactId: string, mask: TextMasker): Finding[] {
    return maskDeep(this.storedFindings(contactId), mask);
  }

  location(contactId: string): ContactLocation {
    const record = this.ranges.get(contactId);
    return { file: null, findings: null, inMemory: false, ...(record ? { record } : {}) };
  }
}
