/**
 * Writes the report records (record-types.ts) at scoring time, from what scoring has in hand: each
 * contacts/ file as it read it, and the sheets and findings it is about to store. Whatever goes
 * wrong here never fails the scoring: the records are left out and the reports read the run's own
 * files, as for a run scored before the records existed.
 */
import { createWriteStream, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import path from 'node:path';
import type { Interaction } from '../../harness/interaction/types.js';
import type { Finding } from '../../scorers/scorer.js';
import { NameLearner } from '../privacy/mask-data.js';
import { timingsOf, type ContactTimings } from '../run-sources.js';
import { RowEncoder } from './row-codec.js';
import { slimContactSheets, StringPool, type StoredContactSheets } from '../sheets-stream.js';
import { RECORDS_DIR, RECORDS_INDEX, RECORDS_ROWS, RECORDS_SCHEMA_VERSION, RECORDS_VIEWS, slimFindings, slimInteraction, type FileStamp, type RecordsIndex, type SlimInteraction } from './record-types.js';

/** A file's stamp, or null when it is absent. */
export function fileStamp(file: string): FileStamp | null {
  try {
    const st = statSync(file);
    return { size: st.size, mtimeMs: st.mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Removes a run's records (before its inputs change, or when they cannot be written). */
export async function removeReportRecords(runDir: string): Promise<void> {
  await rm(path.join(runDir, RECORDS_DIR), { recursive: true, force: true });
}

/** A file of one text a line, written in blocks of about 1 MB. */
async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  let batch = '';
  for (const line of lines) {
    batch += `${line}\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await finished(out);
}

export class ReportRecordsBuilder {
  private readonly contactFiles: RecordsIndex['contactFiles'] = [];
  private readonly stored = new Map<string, { slim: SlimInteraction; timings: ContactTimings }>();
  // no persona names and default options: the report drops the names it knows already when it adopts these
  private readonly contactNames = new NameLearner({}, []);
  private broken = false;

  /**
   * A contacts/ file as scoring read it: its path (a finished contact's, in sorted order), its text
   * and that text parsed. Read as the report would read it (by its own contactId, the last file of an id winning).
   */
  addContactFile(file: string, text: string, parsed: unknown): void {
    if (this.broken) return;
    try {
      const stamp = fileStamp(file);
      if (!stamp) throw new Error(`${file} is gone`);
      this.contactFiles.push([path.basename(file), stamp.size, stamp.mtimeMs]);
      const i = parsed as Interaction;
      if (typeof i?.contactId !== 'string') return;
      this.stored.set(i.contactId, { slim: slimInteraction(i), timings: timingsOf(i) });
      this.contactNames.learnJson(text, () => parsed);
    } catch {
      // a file the reports cannot read either: they will say so from the file itself
      this.broken = true;
    }
  }

  /**
   * Writes the records for the sheets and findings just stored in `runDir` (call after they are
   * written: their stamps are taken now). Returns whether the records were written.
   */
  async write(runDir: string, sheets: { contacts?: readonly unknown[] }, findings: { contacts?: readonly { contactId?: unknown; findings?: Finding[] }[] }): Promise<boolean> {
    const dir = path.join(runDir, RECORDS_DIR);
    // the index goes first: views.jsonl is never read without an index that matches it
    await removeReportRecords(runDir);
    if (this.broken) return false;
    try {
      const rows: StoredContactSheets[] = [];
      const sheetNames = new NameLearner({}, []);
      const pool = new StringPool();
      // the elements as scoring holds them, not read back from the files: what is kept goes through
      // JSON on its way to the records (rows.jsonl, views.jsonl), which gives the values a report reads
      // from the files (undefined left out, NaN as null), and names are learnt from the same strings
      for (const element of sheets.contacts ?? []) {
        sheetNames.learn(element);
        rows.push(slimContactSheets(element as StoredContactSheets, pool));
      }
      const findingNames = new NameLearner({}, []);
      const findingsOf = new Map<string, string>();
      for (const element of findings.contacts ?? []) {
        findingNames.learn(element);
        if (typeof element.contactId === 'string') findingsOf.set(element.contactId, JSON.stringify(slimFindings(element.findings ?? [])));
      }
      await mkdir(dir, { recursive: true });
      const encoder = new RowEncoder();
      await writeLines(path.join(dir, RECORDS_ROWS), (function* () {
        for (const r of rows) yield encoder.encode(r);
      })());
      const views = await this.writeViews(path.join(dir, RECORDS_VIEWS), rows, findingsOf);
      const index: RecordsIndex = {
        schemaVersion: RECORDS_SCHEMA_VERSION,
        inputs: {
          sheets: fileStamp(path.join(runDir, 'sheets.json')),
          findings: fileStamp(path.join(runDir, 'findings.json')),
          rows: fileStamp(path.join(dir, RECORDS_ROWS))!,
          views: fileStamp(path.join(dir, RECORDS_VIEWS))!,
          contactsDir: fileStamp(path.join(runDir, 'contacts')),
        },
        contactFiles: this.contactFiles,
        names: { sheets: sheetNames.learntNames(), contacts: this.contactNames.learntNames(), findings: findingNames.learntNames() },
        strings: encoder.strings,
        timings: [...this.stored].map(([id, s]) => [id, s.timings]),
        storedIds: [...this.stored.keys()].sort(),
        views,
      };
      const tmp = path.join(dir, `${RECORDS_INDEX}.${process.pid}.tmp`);
      await writeFile(tmp, JSON.stringify(index));
      await rename(tmp, path.join(dir, RECORDS_INDEX));
      return true;
    } catch {
      // the records are a cache: without them the reports read the run's own files
      await removeReportRecords(runDir).catch(() => {});
      return false;
    }
  }

  /** views.jsonl: the scored contacts in sheets.json's order, then those only stored; each contact's ranges. */
  private async writeViews(file: string, rows: readonly StoredContactSheets[], findingsOf: ReadonlyMap<string, string>): Promise<RecordsIndex['views']> {
    const out = createWriteStream(file);
    const ranges: RecordsIndex['views'] = [];
    let at = 0;
    let batch = '';
    const line = (text: string | undefined): [number, number] => {
      if (text === undefined) return [-1, -1];
      const start = at;
      at += Buffer.byteLength(text) + 1;
      batch += `${text}\n`;
      return [start, at - 1];
    };
    const flush = async () => {
      if (batch && !out.write(batch)) await once(out, 'drain');
      batch = '';
    };
    const scored = new Set<string>();
    for (const row of rows) {
      scored.add(row.contactId);
      const stored = this.stored.get(row.contactId);
      ranges.push([row.contactId, ...line(stored && JSON.stringify(stored.slim)), ...line(findingsOf.get(row.contactId))]);
      if (batch.length > 1 << 20) await flush();
    }
    for (const id of [...this.stored.keys()].sort()) {
      if (scored.has(id)) continue;
      ranges.push([id, ...line(JSON.stringify(this.stored.get(id)!.slim)), -1, -1]);
      if (batch.length > 1 << 20) await flush();
    }
    await flush();
    out.end();
    await finished(out);
    return ranges;
  }
}
