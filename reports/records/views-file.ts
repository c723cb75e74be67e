/**
 * A contact's lines of views.jsonl (record-types.ts), read by byte range: by the main thread
 * (RecordSources) and by the HTML report's worker threads (html/transcript-task.ts), which load
 * this and little else.
 */
import path from 'node:path';
import type { Interaction } from '../../harness/interaction/types.js';
import type { Finding } from '../../scorers/scorer.js';
import { ContactFileError } from '../stored-contact.js';
import { BlockReader } from './line-file.js';

/** Byte ranges in views.jsonl of a contact's SlimInteraction line and SlimFinding[] line (-1: none). */
export type ViewRanges = readonly [interactionStart: number, interactionEnd: number, findingsStart: number, findingsEnd: number];

export class ViewsFile {
  private readonly reader: BlockReader;

  constructor(readonly file: string) {
    this.reader = new BlockReader(file);
  }

  private line<T>(contactId: string, start: number, end: number): T | null {
    if (start < 0) return null;
    try {
      return JSON.parse(this.reader.read(start, end)) as T;
    } catch (err) {
      throw new ContactFileError(`${this.file}: the record of ${contactId} is not valid JSON (${(err as Error).message})`, `delete ${path.dirname(this.file)} to report from the run's own files, or score the run again`);
    }
  }

  /** What the HTML report reads of the contact's Interaction (SlimInteraction), as stored. */
  interaction(contactId: string, at: ViewRanges): Interaction | null {
    return this.line<Interaction>(contactId, at[0], at[1]);
  }

  /** What the HTML report shows of the contact's findings (SlimFinding[]), as stored. */
  findings(contactId: string, at: ViewRanges): Finding[] {
    return this.line<Finding[]>(contactId, at[2], at[3]) ?? [];
  }
}
